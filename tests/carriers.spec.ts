import { test, expect, mapReady } from './fixtures';

test('carrier layers turn on, a cluster emphasises its carriers and the panels list them', async ({
  page,
  request,
  problems,
}) => {
  const atlas = (await (await request.get('/data/carriers.json')).json()) as {
    carriers: { id: string; hostCity: string | null; clusters: string[]; name: { zh: string } }[];
  };
  const linked = atlas.carriers.filter((c) => c.clusters.includes('electronic-information'));
  expect(linked.length).toBeGreaterThan(0);
  await page.goto('/?lang=zh');
  await mapReady(page);
  await page.getByTestId('carriers-toggle').check();
  await expect(page).toHaveURL(/carriers=1/);
  await expect(page.getByTestId('carrier-legend')).toBeVisible();
  await page.getByTestId('pairings-select').selectOption('2023');
  await expect(page).toHaveURL(/pairs=2023/);
  // deck.gl draws in its own canvas over the map.
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="map"] canvas').length >= 2,
  );
  await page.getByTestId('cluster-electronic-information').click();
  await expect(page.getByTestId('cluster-carriers').locator('li')).toHaveCount(linked.length);
  // Each names its city, then itself, spaced: "湛江 · 广清…", never "湛江·广清…".
  const named = page.getByTestId('cluster-carriers').locator('summary').filter({ hasText: '·' });
  await expect(named.first()).toHaveText(/\S · \S/);
  for (const text of await named.allInnerTexts()) expect(text).not.toMatch(/\S·\S/);
  // A cluster, not a city, is open: its panel lists the carriers and no city sheet is shown.
  await expect(page.getByTestId('close-city')).toHaveCount(0);
  await page.goto('/?city=heyuan&carriers=1');
  await mapReady(page);
  const heyuan = atlas.carriers.filter((c) => c.hostCity === '441600');
  await expect(page.getByTestId('city-carriers').locator('li')).toHaveCount(heyuan.length);
  await expect(page.getByTestId('city-pairings')).toContainText('深圳');
  await page.getByTestId('city-carriers').locator('summary').first().click();
  await expect(page.getByTestId('city-carriers')).toContainText('位置');
  await page.screenshot({ path: 'test-results/screens/carriers.png' });
  expect(problems).toEqual([]);
});
