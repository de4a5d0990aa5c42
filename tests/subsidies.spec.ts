import { readFileSync } from 'node:fs';
import { test, expect, mapReady } from './fixtures';

const subsidies = JSON.parse(readFileSync('data/subsidies.json', 'utf8')) as {
  rules: {
    id: string;
    tiers: {
      cities: string[];
      rate: { maxPercent: number } | null;
      cap: { yuan: number } | null;
      thresholds: { value: number }[];
    }[];
  }[];
};
const equipment = subsidies.rules.find((r) => r.id === 'tech-upgrade-equipment')!;
const [delta, ebn] = equipment.tiers as [(typeof equipment.tiers)[0], (typeof equipment.tiers)[0]];

test('the calculator compares cities side by side with totals by recipient', async ({
  page,
  problems,
}) => {
  await page.goto('/subsidies');
  await mapReady(page);
  await expect(page.getByTestId('disclaimer')).toBeVisible();
  await expect(page.getByTestId('calc-empty')).toBeVisible();
  await page.getByTestId('calc-city-heyuan').check();
  await page.getByTestId('calc-city-guangzhou').check();
  await page.getByTestId('calc-city-shenzhen').check();
  // 700万元 of equipment: exactly the Delta threshold.
  await page.getByTestId('calc-equipment').fill('700');
  await page.getByTestId('calc-equipment').press('Enter');
  await page.getByTestId('calc-equipment').blur();
  await expect(page).toHaveURL(/eq=7000000/);
  await expect(page).toHaveURL(/sc=guangzhou|sc=heyuan/);
  const cell = (rule: string, code: string) => page.getByTestId(`result-${rule}-${code}`);
  // 河源 (east/west/north tier): 30% of 700万 = 210万; 广州 (Delta): 20% = 140万; 深圳 not covered.
  expect(ebn.rate!.maxPercent).toBe(30);
  expect(delta.rate!.maxPercent).toBe(20);
  await expect(cell('tech-upgrade-equipment', '441600')).toContainText('210万元');
  await expect(cell('tech-upgrade-equipment', '440100')).toContainText('140万元');
  await expect(cell('tech-upgrade-equipment', '440300')).toContainText('✗');
  await expect(page.getByTestId('total-enterprise-441600')).toContainText('210万元');
  // Every amount links to its quote.
  await cell('tech-upgrade-equipment', '441600').getByRole('link').click();
  await expect(page.locator('blockquote:target')).toContainText('不超过');
  await page.screenshot({ path: 'test-results/screens/subsidies.png', fullPage: false });
  expect(problems).toEqual([]);
});

test('one yuan under a threshold is not eligible; the inclusive reward goes to the city government', async ({
  page,
  problems,
}) => {
  await page.goto('/subsidies?sc=guangzhou,heyuan&eq=6999999&inv=500000000&fai=400000000');
  await mapReady(page);
  await expect(page.getByTestId('result-tech-upgrade-equipment-440100')).toContainText('✗');
  await expect(page.getByTestId('result-tech-upgrade-equipment-441600')).toContainText('万元');
  // 5亿元 total investment qualifies in 河源 (≥ 5亿) but not in 广州 (≥ 10亿); 2% of 4亿 = 800万.
  await expect(page.getByTestId('result-inclusive-investment-reward-441600')).toContainText(
    '800万元',
  );
  await expect(page.getByTestId('result-inclusive-investment-reward-441600')).toContainText(
    '市政府',
  );
  await expect(page.getByTestId('total-city-government-441600')).toContainText('800万元');
  await expect(page.getByTestId('result-inclusive-investment-reward-440100')).toContainText('✗');
  expect(problems).toEqual([]);
});

test('a binding cap is flagged and all 21 cities can be compared', async ({ page, problems }) => {
  await page.goto('/subsidies?sc=all&eq=300000000&lang=en');
  await mapReady(page);
  await expect(page.getByTestId('calc-results').locator('thead th')).toHaveCount(22);
  await expect(page.getByTestId('result-tech-upgrade-equipment-441600')).toContainText('cap');
  await expect(page.getByTestId('tier-table')).toContainText('700');
  await expect(page.getByTestId('conflict-heyuan-equipment-rate')).toBeVisible();
  expect(problems).toEqual([]);
});
