import { test, expect, mapReady } from './fixtures';

test('searching a product finds where the plan places it, and choosing a place selects its cluster', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await mapReady(page);
  await page.getByTestId('cluster-search').fill('动力电池');
  const hit = page.getByTestId('term-product:power-batteries');
  await expect(hit).toContainText('汽车 · 汽车零部件');
  await expect(hit).toContainText('新能源 · 智能电网和先进储能');
  await expect(hit.getByRole('button').first()).toContainText('点名：湛江 · 河源 · 清远');
  await expect(page.getByText('没有匹配的集群')).toHaveCount(0);
  await hit.getByRole('button').first().click();
  await expect(page).toHaveURL(/[?&]c=automobiles(&|$)/);
  // The cities named for the place (湛江, 河源, 清远) are outlined on the map, and no others.
  const named = () =>
    page.evaluate(() => {
      const m = (
        window as unknown as {
          __atlasMap: { getFeatureState(f: { source: string; id: number }): { named?: boolean } };
        }
      ).__atlasMap;
      return [440800, 441600, 441800, 440100].map(
        (id) => m.getFeatureState({ source: 'cities', id }).named === true,
      );
    });
  await expect.poll(named).toEqual([true, true, true, false]);

  await page.getByTestId('cluster-search').fill('河源');
  await expect(page.getByTestId('term-city:441600')).toContainText('汽车');
  await page.getByTestId('cluster-search').fill('NEV');
  await expect(page.getByTestId('term-product:new-energy-vehicles')).toContainText(
    '新能源汽车（NEV）',
  );
  expect(problems).toEqual([]);
});
