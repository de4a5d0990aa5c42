import { test, expect, mapReady } from './fixtures';
import { dataset } from './dataset';

const d = dataset();

test('a city panel opens a comparison with its zone peers; cities are added and removed in the URL', async ({
  page,
  problems,
}) => {
  await page.goto('/?city=heyuan&c=new-energy');
  await mapReady(page);
  await page.getByTestId('city-compare').click();
  await expect(page).toHaveURL(/\/compare\?.*sc=heyuan%2C|\/compare\?.*sc=heyuan,/);
  const table = page.getByTestId('compare-table');
  // 河源 and the first two other northern cities.
  const north = d.cities.filter((c) => c.zone === 'north' && c.id !== 'heyuan').slice(0, 2);
  await expect(table.locator('thead th')).toHaveText(['河源', ...north.map((c) => c.name.zh)]);
  // Twenty cluster rows; a row whose ratings differ is marked.
  await expect(table.locator('[data-testid^="compare-row-"]')).toHaveCount(20);
  const stars = (cluster: string, city: string) =>
    d.cells.find((x) => x.cluster === cluster && x.city === city)!.stars;
  const codes = ['441600', ...north.map((c) => c.code)];
  for (const k of d.clusters.slice(0, 5)) {
    const values = codes.map((code) => stars(k.id, code));
    await expect(page.getByTestId(`compare-row-${k.id}`)).toHaveClass(
      values.some((v) => v !== values[0]) ? /differs/ : /^(?!.*differs)/,
    );
  }
  // Carriers arrive with the payload; sub-sector roles for the chosen cluster.
  await expect(page.getByTestId('compare-carriers-heyuan')).not.toContainText('加载');
  await page.getByTestId('compare-add').selectOption('440100');
  await expect(table.locator('thead th')).toHaveCount(4);
  await expect(page).toHaveURL(/guangzhou/);
  await page.getByTestId('compare-remove-guangzhou').click();
  await expect(table.locator('thead th')).toHaveCount(3);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('compare-csv').click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^gd-atlas_compare_heyuan\+/);
  expect(problems).toEqual([]);
});

test('a project in the link adds each city’s subsidy ceiling; fewer than two cities get their zone peers, said so', async ({
  page,
  problems,
}) => {
  await page.goto('/compare?sc=heyuan,guangzhou&eq=7000000&lang=en');
  await expect(page.getByTestId('compare-ceiling-heyuan')).toContainText('¥');
  await expect(page.getByTestId('compare-ceiling-guangzhou')).toContainText('¥');
  await expect(page.getByTestId('compare-default')).toHaveCount(0);
  const north = d.cities.filter((c) => c.zone === 'north' && c.id !== 'heyuan').slice(0, 2);
  for (const link of ['/compare?sc=heyuan', '/compare']) {
    await page.goto(link);
    await expect(page.getByTestId('compare-default')).toContainText('默认比较');
    await expect(page.getByTestId('compare-table').locator('thead th')).toHaveText([
      '河源',
      ...north.map((c) => c.name.zh),
    ]);
  }
  // Scrolled sideways on a phone, a city's name stays above its own column.
  await page.setViewportSize({ width: 390, height: 800 });
  const scroller = page.locator('.scroll[role="region"]');
  await scroller.evaluate((el) => (el.scrollLeft = 60));
  const head = await page.getByTestId('compare-table').locator('thead th').first().boundingBox();
  const corner = await page.getByTestId('compare-table').locator('thead td').first().boundingBox();
  // The corner stays with the row names (so the first city's name cannot slide over them).
  const rowName = await page
    .getByTestId('compare-table')
    .locator('th[scope="row"]')
    .first()
    .boundingBox();
  expect(Math.abs(corner!.x - rowName!.x)).toBeLessThan(1);
  expect(head!.x).toBeGreaterThanOrEqual(corner!.x + corner!.width - 61);
  const cell = await page
    .getByTestId(`compare-row-${d.clusters[0]!.id}`)
    .locator('td')
    .first()
    .boundingBox();
  expect(Math.abs(cell!.x - head!.x)).toBeLessThan(1);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Removing one of the shown cities writes the two that are left into the link.
  await page.getByTestId(`compare-remove-${north[1]!.id}`).click();
  await expect(page).toHaveURL(new RegExp(`sc=heyuan(,|%2C)${north[0]!.id}`));
  await expect(page.getByTestId('compare-default')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a city panel links to the calculator with that city chosen', async ({ page, problems }) => {
  await page.goto('/?city=heyuan');
  await mapReady(page);
  await page.getByTestId('city-calculator').click();
  await expect(page).toHaveURL(/\/subsidies\?sc=heyuan/);
  await expect(page.getByTestId('calc-city-heyuan')).toBeChecked();
  expect(problems).toEqual([]);
});
