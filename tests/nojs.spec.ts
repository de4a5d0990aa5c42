import { test, expect } from './fixtures';
import { existsSync, readFileSync } from 'node:fs';
import { dataset } from './dataset';

// Readers behind script blockers: every route's prerendered HTML carries its values.
test.use({ javaScriptEnabled: false });

test('the explorer shows the static map, legend, zone summary and matrix without JavaScript', async ({
  page,
  problems,
}) => {
  const d = dataset();
  await page.goto('/');
  const map = page.getByTestId('static-map');
  await expect(map.locator('path[role="img"]')).toHaveCount(21);
  const gz = d.cities.find((c) => c.code === '440100')!;
  const hosted = d.cells.filter((c) => c.city === gz.code && c.stars !== 0).length;
  // The default view: clusters hosted per city, on the path's label and the map's text label.
  await expect(map.locator(`path[data-code="${gz.code}"]`)).toHaveAttribute(
    'aria-label',
    new RegExp(`^${gz.name.zh}：布局 ${hosted} 个集群`),
  );
  await expect(map.locator('text').filter({ hasText: gz.name.zh })).toHaveCount(1);
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(page.getByTestId('zone-summary')).toBeVisible();
  const matrix = page.getByTestId('matrix-static');
  await expect(matrix.locator('tbody tr')).toHaveCount(d.clusters.length);
  await expect(matrix.locator('tbody td[title]')).toHaveCount(d.clusters.length * d.cities.length);
  const rated = d.cells.filter((c) => c.stars !== null && c.stars > 0).length;
  await expect(matrix.locator('tbody td[title]').filter({ hasText: '★' })).toHaveCount(rated);
  await expect(page.getByText('地图加载中…')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the embed shows the default view’s values and says why the link’s view is not shown', async ({
  page,
  problems,
}) => {
  const d = dataset();
  await page.goto('/embed?c=new-energy&lang=en');
  await expect(page.getByTestId('static-map').locator('path[role="img"]')).toHaveCount(21);
  await expect(page.getByTestId('nojs-note')).toBeVisible();
  await expect(page.getByTestId('embed-ranked').locator('li').first()).toBeVisible();
  await expect(page.getByTestId('embed-table').locator('tbody tr')).toHaveCount(d.cities.length);
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(page.getByTestId('map-explore')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the subsidy page shows its tier table and map, the about page its sources, the timeline its entries', async ({
  page,
  problems,
}) => {
  await page.goto('/subsidies');
  await expect(page.getByTestId('tier-table').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('static-map').locator('path[role="img"]')).toHaveCount(21);
  await page.goto('/about');
  await expect(page.getByTestId('sources').locator('li').first()).toBeVisible();
  await page.goto('/timeline');
  await expect(page.getByTestId('tl-entry-2023')).toHaveCount(dataset().clusters.length);
  expect(problems).toEqual([]);
});

test('the comparison shows its default cities’ values and says the link’s own need a script', async ({
  page,
  problems,
}) => {
  const d = dataset();
  const north = d.cities.filter((c) => c.zone === 'north' && c.id !== 'heyuan').slice(0, 2);
  await page.goto('/compare?sc=guangzhou,shenzhen&lang=en');
  await expect(page.getByTestId('nojs-note')).toBeVisible();
  // The page cannot read `lang=en` without a script: the note says it in English too.
  await expect(page.getByTestId('nojs-note').locator('span[lang="en"]')).toContainText(
    'JavaScript is off',
  );
  await expect(page.getByTestId('nojs-note')).toContainText(
    ['河源', ...north.map((c) => c.name.zh)].join('、'),
  );
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveText(['河源', ...north.map((c) => c.name.zh)]);
  await expect(table.locator('[data-testid^="compare-row-"]')).toHaveCount(d.clusters.length);
  const k = d.clusters[0]!;
  const stars = d.cells.find((c) => c.cluster === k.id && c.city === '441600')!.stars;
  await expect(
    page.getByTestId(`compare-row-${k.id}`).locator('td').first().locator('span').first(),
  ).toHaveText(stars === null ? '○' : stars > 0 ? '★'.repeat(stars) : '–');
  expect(problems).toEqual([]);
});

test('the shortlist says its ranking needs a script and where the stars are instead', async ({
  page,
  problems,
}) => {
  await page.goto('/shortlist?c=new-energy');
  await expect(page.getByTestId('nojs-note')).toBeVisible();
  await expect(page.getByTestId('nojs-note')).toContainText('需要运行脚本');
  expect(problems).toEqual([]);
});

test.describe('with JavaScript', () => {
  test.use({ javaScriptEnabled: true });
  test('the embed hides the note and offers the interactive map', async ({ page, problems }) => {
    await page.goto('/embed');
    await expect(page.getByTestId('map-explore')).toBeVisible();
    await expect(page.getByTestId('nojs-note')).toBeHidden();
    await expect(page.getByTestId('static-map').locator('path[role="img"]')).toHaveCount(21);
    expect(problems).toEqual([]);
  });
});

test('link previews name a share image that exists, on every route', async ({ page, request }) => {
  for (const path of [
    '/',
    '/embed',
    '/subsidies',
    '/about',
    '/timeline',
    '/compare',
    '/shortlist',
  ]) {
    await page.goto(path);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    const tw = await page.locator('meta[name="twitter:image"]').getAttribute('content');
    expect(og).toMatch(/\/map\/all-zh\.png$/);
    expect(tw).toBe(og);
    const res = await request.get(og!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect((await res.body()).subarray(1, 4).toString()).toBe('PNG');
    const svg = await request.get(og!.replace(/\.png$/, '.svg'));
    expect(await svg.text()).toContain('广东产业集群地图');
  }
  for (const file of ['new-energy-en.png', 'new-energy-zh.svg', 'all-en.png'])
    expect((await request.get(`/map/${file}`)).status()).toBe(200);
});

const STAR_LABEL_EN: Record<string, string> = {
  '3': 'Core ★★★',
  '2': 'Key ★★',
  '1': 'General ★',
  '0': 'Not laid out',
  null: 'Member, level not printed',
};

test('each cluster has pages of its own (explorer and embed) that read without JavaScript, in their language, with their share image', async ({
  page,
  problems,
}) => {
  const d = dataset();
  const k = d.clusters.find((c) => c.id === 'new-energy')!;
  const gz = d.cities.find((c) => c.code === '440100')!;
  const gzStars = String(d.cells.find((c) => c.cluster === k.id && c.city === gz.code)!.stars);

  const res = await page.goto(`/${k.id}-en`);
  expect(res?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(new RegExp(`^${k.name.en} · `));
  const map = page.getByTestId('static-map');
  await expect(map.locator('path[role="img"]')).toHaveCount(21);
  await expect(map.locator(`path[data-code="${gz.code}"]`)).toHaveAttribute(
    'aria-label',
    `${gz.name.en}: ${STAR_LABEL_EN[gzStars]}`,
  );
  await expect(page.getByTestId('legend')).toContainText(k.name.en);
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(og).toMatch(new RegExp(`map/${k.id}-en\\.png$`));
  expect(existsSync(`build/map/${k.id}-en.png`)).toBe(true);
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', og!);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `/${k.id}-en`);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
    'href',
    `/${k.id}-zh`,
  );

  // The same view's embed: its own values, and no note saying the link needs a script.
  await page.goto(`/embed/${k.id}-en`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('embed-title')).toHaveText(k.name.en);
  await expect(page.getByTestId('nojs-note')).toHaveCount(0);
  const row = page.getByTestId('embed-table').locator('tbody tr', { hasText: gz.name.en });
  await expect(row.locator('td').last()).toHaveText(STAR_LABEL_EN[gzStars]!);
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
    new RegExp(`map/${k.id}-en\\.png$`),
  );

  // Every cluster in both languages has both pages, each naming its own image.
  for (const c of d.clusters)
    for (const lang of ['zh', 'en'] as const)
      for (const file of [`build/${c.id}-${lang}.html`, `build/embed/${c.id}-${lang}.html`]) {
        const html = readFileSync(file, 'utf8');
        expect(html, file).toContain(`map/${c.id}-${lang}.png"`);
        expect(html, file).toContain(`<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"`);
        expect(html, file).toContain(c.name[lang]);
      }
  expect(problems).toEqual([]);
});

test('a slug that names no cluster is a 404, not the default view', async ({ page }) => {
  const res = await page.goto('/steel-en');
  expect(res?.status()).toBe(404);
});
