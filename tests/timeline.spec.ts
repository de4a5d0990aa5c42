import { test, expect, mapReady } from './fixtures';

test('the timeline lists all 20 clusters in the three editions, and the province targets by metric', async ({
  page,
  problems,
}) => {
  await page.goto('/timeline');
  const rows = page.getByTestId('tl-all').locator('tbody tr');
  await expect(rows).toHaveCount(20);
  const robots = page.getByTestId('tl-row-intelligent-robots');
  await expect(robots.getByTestId('tl-entry-2019')).toContainText('机器人');
  await expect(robots.getByTestId('tl-entry-2021')).toContainText('智能机器人');
  await expect(page.getByTestId('tl-series-mfg-va-gdp-share')).toContainText('30%以上');
  await expect(page.getByTestId('tl-series-mfg-va-gdp-share')).toContainText('35%以上');
  expect(problems).toEqual([]);
});

test('one cluster side by side, in Chinese then English', async ({ page, problems }) => {
  await page.goto('/timeline?c=intelligent-robots');
  const section = page.getByTestId('tl-cluster');
  await expect(section).toBeVisible();
  await expect(section.getByTestId('tl-entry-2019')).toContainText('机器人');
  await expect(section.getByTestId('tl-entry-2019')).toContainText('世界级先进制造业集群');
  await expect(section.getByTestId('tl-entry-2021')).toContainText('战略性新兴产业集群');
  await expect(section).toContainText('2000亿元');
  await expect(section).toContainText('达到 800亿元');
  await expect(section.getByTestId('tl-entry-2023')).toContainText('仅以“十大”整体提及');
  await expect(page.getByTestId('tl-all')).toHaveCount(0);

  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(section.getByTestId('tl-entry-2019')).toContainText('Robots');
  await expect(section.getByTestId('tl-entry-2021')).toContainText('Intelligent Robots');
  await expect(section).toContainText('RMB 80 billion (2025 · Operating revenue');
  await expect(section).toContainText('RMB 200 billion (2022 · Scale');
  expect(problems).toEqual([]);
});

test('one city across the editions, in English then Chinese', async ({ page, problems }) => {
  await page.goto('/timeline?city=zhanjiang&lang=en');
  const section = page.getByTestId('tl-city');
  await expect(section).toBeVisible();
  await expect(section.getByTestId('tl-city-2019')).toContainText(
    'This edition does not name the city',
  );
  await expect(section.getByTestId('tl-city-2021')).toContainText(
    'Sub-centre cities of the province',
  );
  await expect(section.getByTestId('tl-city-2023')).toContainText(
    'Coastal industrial development belt',
  );
  await expect(section.getByTestId('tl-city-2023')).toContainText(
    'Large export-processing industrial zones',
  );

  await page.getByTestId('lang-switch').click();
  await expect(page).not.toHaveURL(/lang=en/);
  await expect(section.getByTestId('tl-city-2021')).toContainText('省域副中心城市');
  await expect(section.getByTestId('tl-city-2023')).toContainText('沿海产业发展带');
  await expect(section.getByTestId('tl-city-2023')).toContainText(
    '以湛江为核心在粤西地区打造传统产业提质升级主战场',
  );
  expect(problems).toEqual([]);
});

test('the explorer marks the clusters the 2023 opinion re-tiers and its panels link to the timeline', async ({
  page,
  problems,
}) => {
  await page.goto('/?c=new-energy&lang=en');
  await mapReady(page);
  await expect(page.getByTestId('retier-new-energy')).toBeVisible();
  // 汽车 is not re-tiered by the 2023 opinion: no marker.
  await expect(page.getByTestId('retier-automobiles')).toHaveCount(0);
  await expect(page.getByTestId('cluster-retiered')).toContainText('2023');
  await page.getByTestId('cluster-timeline').click();
  await expect(page).toHaveURL(/\/timeline\?c=new-energy&lang=en/);
  await page.goto('/?city=heyuan');
  await mapReady(page);
  await page.getByTestId('city-timeline').click();
  await expect(page).toHaveURL(/\/timeline\?city=heyuan/);
  expect(problems).toEqual([]);
});
