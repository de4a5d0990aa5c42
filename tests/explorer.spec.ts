import { test, expect, mapReady } from './fixtures';
import { dataset, contrastingCluster } from './dataset';

const d = dataset();
const shots = 'test-results/screens';

test('the explorer draws the map with labels, legend and matrix, offline', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await mapReady(page);
  await expect(page.getByTestId('legend')).toContainText('图例');
  await expect(page.locator('.city-label')).toHaveCount(21);
  await expect(page.getByTestId('matrix').locator('tbody tr')).toHaveCount(20);
  await expect(page.getByTestId('dataset-version')).toContainText(d.version);
  await page.screenshot({ path: `${shots}/explorer-default.png` });
  expect(problems).toEqual([]);
});

test('choosing a cluster colours the map by its stars and explains it', async ({
  page,
  problems,
}) => {
  const k = contrastingCluster(d);
  await page.goto('/');
  await mapReady(page);
  await page.getByTestId(`cluster-${k.id}`).click();
  await expect(page).toHaveURL(new RegExp(`[?&]c=${k.id}`));
  await expect(page.getByTestId('legend-title')).toContainText(k.name.zh);
  await expect(page.getByTestId('cluster-panel')).toContainText(k.target.text.zh);
  // Labels carry the stars as text (not colour alone).
  for (const cell of d.cells.filter((c) => c.cluster === k.id)) {
    const label = page.locator(`.city-label[data-code="${cell.city}"] span`);
    await expect(label).toHaveText(cell.stars ? '★'.repeat(cell.stars) : '–');
  }
  // The zone summary counts core cities per zone from the data.
  const prd = d.cities.filter((c) => c.zone === 'prd').map((c) => c.code);
  const core = d.cells.filter(
    (c) => c.cluster === k.id && c.stars === 3 && prd.includes(c.city),
  ).length;
  await expect(page.getByTestId('zone-summary').locator('li').first()).toContainText(
    `核心 ${core}`,
  );
  await page.screenshot({ path: `${shots}/explorer-cluster.png` });
  expect(problems).toEqual([]);
});

test('several clusters show an aggregate the legend names', async ({ page, problems }) => {
  const [a, b] = d.clusters;
  await page.goto(`/?c=${a!.id},${b!.id}`);
  await mapReady(page);
  await expect(page.getByTestId('legend-title')).toContainText('星级合计');
  await page.getByTestId('agg-core').check();
  await expect(page.getByTestId('legend-title')).toContainText('核心');
  await expect(page).toHaveURL(/agg=core/);
  expect(problems).toEqual([]);
});

test('switching language translates the interface and the data names', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await mapReady(page);
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('legend')).toContainText('Legend');
  await expect(page.locator('.city-label[data-code="440100"] b')).toHaveText('Guangzhou');
  await expect(page.getByTestId('matrix')).toContainText(d.clusters[0]!.name.en);
  await page.screenshot({ path: `${shots}/explorer-en.png` });
  expect(problems).toEqual([]);
});

test('the matrix is navigable by keyboard and opens a city', async ({ page, problems }) => {
  await page.goto('/');
  await mapReady(page);
  const first = page.locator('td[data-r="0"][data-c="0"]');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('td[data-r="0"][data-c="1"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('td[data-r="1"][data-c="1"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('city-panel')).toBeVisible();
  await expect(page).toHaveURL(/city=/);
  expect(problems).toEqual([]);
});

test('sorting by a city column orders clusters by that city’s stars', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await mapReady(page);
  await page.getByTestId('sort-city-heyuan').click();
  await expect(page).toHaveURL(/sort=city/);
  const heyuan = d.cities.find((c) => c.id === 'heyuan')!.code;
  const stars = await page
    .locator(`tbody td[data-testid$="-${heyuan}"]`)
    .evaluateAll((tds) => tds.map((td) => (td.textContent?.match(/★/g) ?? []).length));
  const pillar = stars.slice(0, 10);
  expect(pillar).toEqual([...pillar].sort((a, b) => b - a));
  expect(problems).toEqual([]);
});

test('a deep link restores cluster, city and language; back and forward work', async ({
  page,
  problems,
}) => {
  const k = contrastingCluster(d);
  await page.goto(`/?c=${k.id}&city=heyuan&lang=en`);
  await mapReady(page);
  await expect(page.getByTestId('city-panel')).toContainText('Heyuan');
  await expect(page.getByTestId('legend-title')).toContainText(k.name.en);
  await page.getByTestId('close-city').click();
  await expect(page.getByTestId('city-panel')).toHaveCount(0);
  await page.goBack();
  await expect(page.getByTestId('city-panel')).toContainText('Heyuan');
  await page.goForward();
  await expect(page.getByTestId('city-panel')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('evidence loads on demand and is not in the first view', async ({ page, problems }) => {
  const html = await (await page.request.get('/')).text();
  const quotes = d.cells.flatMap((c) => c.evidence.map((e) => e.quote));
  const longest = quotes.reduce((a, b) => (b.length > a.length ? b : a));
  expect(html).not.toContain(longest);
  await page.goto('/?city=guangzhou');
  await mapReady(page);
  const cell = d.cells.find((c) => c.city === '440100')!;
  await page.getByTestId(`evidence-${cell.cluster}`).click();
  await expect(page.getByTestId('evidence-body')).toContainText(
    cell.evidence[0]!.quote.slice(0, 8),
  );
  expect(problems).toEqual([]);
});

test('hovering a city on the map lights its matrix column and shows a tooltip', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await mapReady(page);
  // A label that was not moved aside sits on its city's anchor, inside the city.
  const label = page.locator('.city-label:not(.moved)').first();
  const code = await label.getAttribute('data-code');
  const name = d.cities.find((c) => c.code === code)!.name.zh;
  const box = await label.boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(page.getByTestId('map-tooltip')).toContainText(name);
  await expect(page.locator('thead th.lit')).toContainText(name);
  expect(problems).toEqual([]);
});

test('unknown or malformed link parameters are ignored with a notice', async ({
  page,
  problems,
}) => {
  await page.goto('/?c=not-a-cluster&foo=%E0%A4%A&city=atlantis');
  await mapReady(page);
  await expect(page.getByTestId('notice')).toBeVisible();
  await expect(page.getByTestId('legend')).toBeVisible();
  expect(problems).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the map, legend and a city sheet work without hover', async ({ page, problems }) => {
    const k = contrastingCluster(d);
    await page.goto(`/?c=${k.id}`);
    await mapReady(page);
    const label = page.locator('.city-label:not(.moved)').first();
    const code = await label.getAttribute('data-code');
    const box = await label.boundingBox();
    await page.touchscreen.tap(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await expect(page.getByTestId('city-panel')).toContainText(
      d.cities.find((c) => c.code === code)!.name.zh,
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${shots}/phone-city.png` });
    expect(problems).toEqual([]);
  });
});

test('the camera lives in the hash: a drag writes it, a link restores it', async ({
  page,
  problems,
}) => {
  await page.goto('/?c=new-energy');
  await mapReady(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + 200, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 320, box.y + 260, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/\?c=new-energy#\d+(\.\d+)?\/\d+\.\d+\/\d+\.\d+$/);
  // Changing the view keeps the camera.
  await page.getByTestId('zones-toggle').check();
  await expect(page).toHaveURL(/zones=1#\d/);
  // A link zoomed onto 河源 puts 河源's label near the middle of the map.
  await page.goto('/#7/23.75/114.7');
  await mapReady(page);
  const label = (await page.locator('.city-label[data-code="441600"]').boundingBox())!;
  const map = (await page.getByTestId('map').boundingBox())!;
  expect(Math.abs(label.x + label.width / 2 - (map.x + map.width / 2))).toBeLessThan(80);
  expect(Math.abs(label.y + label.height / 2 - (map.y + map.height / 2))).toBeLessThan(80);
  expect(problems).toEqual([]);
});

test('the Table tab ranks the cities for the selection, sorts, downloads, and keeps the URL', async ({
  page,
  problems,
}) => {
  await page.goto('/?c=new-energy&lang=en');
  await mapReady(page);
  await page.getByTestId('tab-table').click();
  await expect(page).toHaveURL(/view=table/);
  const table = page.getByTestId('city-table');
  await expect(table.locator('tbody tr')).toHaveCount(21);
  // Highest first: the first row is a core (★★★) city ranked 1.
  const first = table.locator('tbody tr').first();
  await expect(first.locator('td').first()).toHaveText('1');
  await expect(first).toContainText('★★★');
  await expect(page.getByTestId('map')).toBeHidden();
  await page.getByTestId('table-sort-city').click();
  const names = await table.locator('tbody th').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('table-download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^gd-atlas_new-energy_.*\.csv$/);
  // A link restores the tab; the map tab brings the map back.
  await page.goto('/?c=new-energy&view=table');
  await expect(page.getByTestId('city-table')).toBeVisible();
  await page.getByTestId('tab-map').click();
  await expect(page.getByTestId('map')).toBeVisible();
  await expect(page).not.toHaveURL(/view=table/);
  expect(problems).toEqual([]);
});

test('the footer credits the plan the stars come from, by its document number', async ({
  page,
  problems,
}) => {
  for (const [url, words] of [
    ['/?c=new-energy', '十四五'],
    ['/?c=new-energy&lang=en', 'Five-Year Plan'],
  ] as const) {
    await page.goto(url);
    await mapReady(page);
    const footer = page.locator('footer');
    await expect(footer).toContainText('粤府〔2021〕53号');
    await expect(footer).toContainText(words);
    // Not the 2023 opinion, which an embed once credited by mistake.
    await expect(footer).not.toContainText(url.includes('en') ? 'Opinions' : '意见');
  }
  expect(problems).toEqual([]);
});

test('a member whose printed level is lost is shown as such, never as a star, on the map, matrix, panel and zone summary', async ({
  page,
  problems,
}) => {
  // 新能源 × 江门: a member by the map list and the totals, its table cell not printed.
  await page.goto('/?c=new-energy&city=jiangmen&lang=en');
  await mapReady(page);
  await expect(page.locator('.city-label[data-code="440700"] span')).toHaveText('○');
  await expect(page.getByTestId('legend')).toContainText('Member, level not printed');
  await expect(page.getByTestId('zone-unprinted')).toContainText(
    '1 more hosted with the level not printed',
  );
  await expect(page.getByTestId('cell-new-energy-440700')).toContainText('○');
  await expect(page.getByTestId('cell-new-energy-440700')).not.toContainText('★');
  expect(problems).toEqual([]);
});

test('wherever the stars appear, the plan period is named, and that it has ended with no successor here', async ({
  page,
  problems,
}) => {
  for (const url of [
    '/?c=new-energy',
    '/embed?c=new-energy&lang=en',
    '/compare?sc=heyuan,shaoguan',
  ]) {
    await page.goto(url);
    const note = page.getByTestId('plan-period');
    await expect(note).toContainText('2021-01-01');
    await expect(note).toContainText('2025-12-31');
    // Today (late 2026) is past the period's end.
    await expect(note).toContainText(
      url.includes('lang=en') ? 'ended on 2025-12-31' : '已于 2025-12-31 结束',
    );
  }
  expect(problems).toEqual([]);
});

test('a cluster’s own page is the explorer with that view: choosing another keeps the map and moves to a query', async ({
  page,
  problems,
}) => {
  const k = d.clusters.find((c) => c.id === 'new-energy')!;
  const other = d.clusters.find((c) => c.id === 'automobiles')!;
  await page.goto(`/${k.id}-en`);
  await mapReady(page);
  await expect(page.getByTestId('legend-title')).toContainText(k.name.en);
  await expect(page.locator('header nav a[aria-current="page"]')).toHaveText('Map');
  // Mark the live map: the same route with another view must not draw a new one.
  await page.evaluate(
    () =>
      (((window as unknown as { __atlasMap: object }).__atlasMap as { mark?: number }).mark = 1),
  );
  await page.getByTestId(`cluster-${other.id}`).click();
  await expect(page).toHaveURL(new RegExp(`/\\?c=${other.id}&lang=en$`));
  await expect(page.getByTestId('legend-title')).toContainText(other.name.en);
  expect(
    await page.evaluate(
      () => (window as unknown as { __atlasMap: { mark?: number } }).__atlasMap.mark,
    ),
  ).toBe(1);
  // Back to the first page's view, by history.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/${k.id}-en$`));
  await expect(page.getByTestId('legend-title')).toContainText(k.name.en);
  expect(problems).toEqual([]);
});
