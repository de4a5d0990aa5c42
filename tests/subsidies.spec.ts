import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
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
  // A fixed date inside the equipment reward's window (2022-01-01 to 2026-12-31), so the totals
  // do not depend on the day the test runs.
  await page.goto('/subsidies?asof=2026-11-29');
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
  // As of mid-2023, when the inclusive reward (2021-09-03 to 2026-09-02) was in force.
  await page.goto(
    '/subsidies?sc=guangzhou,heyuan&eq=6999999&inv=500000000&fai=400000000&asof=2023-06-01',
  );
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

test('the same project has different totals as of 2023-06-01 and as of today, with reasons', async ({
  page,
  problems,
}) => {
  await page.goto('/subsidies?sc=heyuan&inv=800000000&fai=600000000&eq=10000000&asof=2023-06-01');
  await mapReady(page);
  await expect(page.getByTestId('calc-asof-shown')).toContainText('2023-06-01');
  // 2% of 6亿 = 1200万 to the city government; 30% of 1000万 = 300万 to the firm.
  await expect(page.getByTestId('total-city-government-441600')).toContainText('1,200万元');
  await expect(page.getByTestId('total-enterprise-441600')).toContainText('300万元');
  await expect(page.getByTestId('status-inclusive-investment-reward')).toContainText('有效');
  await page.getByTestId('calc-asof-today').click();
  await expect(page).not.toHaveURL(/asof=/);
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByTestId('calc-asof-shown')).toContainText(today);
  if (today > '2026-09-02') {
    await expect(page.getByTestId('total-city-government-441600')).toContainText('0万元');
    await expect(page.getByTestId('status-inclusive-investment-reward')).toContainText(
      '已于 2026-09-02 失效',
    );
    await expect(page.getByTestId('not-counted-441600')).toContainText('已失效');
    await expect(page.getByTestId('rule-status-specialized-sme-thresholds')).toContainText(
      '2025-02-14',
    );
  }
  // The plan's issue date: the equipment reward (from 2022-01-01) was not yet in force.
  await page.getByTestId('calc-asof-2021-07-30').click();
  await expect(page).toHaveURL(/asof=2021-07-30/);
  await expect(page.getByTestId('status-tech-upgrade-equipment')).toContainText('2022-01-01');
  await expect(page.getByTestId('total-enterprise-441600')).toContainText('0万元');
  expect(problems).toEqual([]);
});

test('amounts take 万 and 亿, echo the value and say what they cannot read', async ({
  page,
  problems,
}) => {
  await page.goto('/subsidies?sc=heyuan');
  await mapReady(page);
  await page.getByTestId('calc-investment').fill('5亿');
  await page.getByTestId('calc-investment').blur();
  await expect(page).toHaveURL(/inv=500000000/);
  await expect(page.getByTestId('calc-investment-echo')).toContainText('5亿元');
  await page.getByTestId('calc-newFai').fill('6亿');
  await page.getByTestId('calc-newFai').blur();
  await expect(page.getByTestId('calc-newFai-clash')).toContainText('不能超过项目总投资');
  await page.getByTestId('calc-equipment').fill('lots');
  await page.getByTestId('calc-equipment').blur();
  await expect(page.getByTestId('calc-equipment-error')).toContainText('无法识别');
  await expect(page).not.toHaveURL(/eq=/);
  expect(problems).toEqual([]);
});

test('inferred membership is flagged and left out unless included; Shenzhen says what is missing', async ({
  page,
  problems,
}) => {
  await page.goto('/subsidies?sc=shenzhen&dt=5g&di=5000000&ds=80&asof=2021-07-01&lang=en');
  await mapReady(page);
  const cell = page.getByTestId('result-digital-benchmark-440300');
  await expect(cell).toContainText('inferred');
  await expect(page.getByTestId('total-enterprise-440300')).toContainText('¥0');
  await expect(page.getByTestId('not-counted-440300')).toContainText('inferred membership');
  await expect(page.getByTestId('city-note-440300')).toContainText(
    "Shenzhen's own city and district programmes are not in this dataset",
  );
  await expect(page.getByTestId('calc-notes')).toContainText('whether grants stack');
  await page.getByTestId('calc-inferred').check();
  await expect(page).toHaveURL(/inf=1/);
  await expect(page.getByTestId('total-enterprise-440300')).toContainText('¥1.5m');
  // Every result carries its caveats and quote.
  await cell.locator('summary').click();
  await expect(cell.locator('blockquote')).toContainText('不超过');
  expect(problems).toEqual([]);
});

test('lists a rule left out for a missing value and downloads the results as CSV', async ({
  page,
  problems,
}) => {
  await page.goto('/subsidies?sc=heyuan&inv=800000000&lang=en');
  await mapReady(page);
  await expect(page.getByTestId('skipped-inclusive-investment-reward')).toContainText(
    'new actual fixed-asset investment',
  );
  const href = await page.getByTestId('calc-csv').getAttribute('href');
  expect(decodeURIComponent(href!.split(',').slice(1).join(','))).toContain(
    'as_of,city_code,city,rule',
  );
  expect(problems).toEqual([]);
});

test('the shortlist ranks all 21 cities with reasons, as the scout CLI does', async ({
  page,
  problems,
}) => {
  await page.goto('/shortlist?c=automobiles&eq=10000000&asof=2026-11-29&lang=en');
  await expect(page.getByTestId('shortlist').locator('tbody tr')).toHaveCount(21);
  await page.getByTestId('shortlist-subsector').selectOption({ label: 'New-energy vehicles' });
  // Hand-computed (see scripts/scout.test.ts): ★★ 2/3, named, main platform + linked carrier,
  // the top ceiling: (3×⅔ + 2 + 1 + 2) / 8 = 87.5.
  await expect(page.getByTestId('shortlist-441500')).toContainText('87.5');
  await expect(page.getByTestId('shortlist-441500')).toContainText('tie');
  await expect(page.getByTestId('shortlist-440300')).toContainText('named for New-energy vehicles');
  await expect(page.getByTestId('shortlist-440300')).toContainText(
    "Shenzhen's own city and district programmes are not in this dataset",
  );
  await expect(page.getByTestId('shortlist-excluded')).toContainText('no preferred zone given');
  // The download is the ranking shown, byte for byte what `npm run scout -- --csv` prints.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('shortlist-csv').click(),
  ]);
  expect(file.suggestedFilename()).toBe('gd-atlas_shortlist_automobiles-2.csv');
  const csv = readFileSync((await file.path())!, 'utf8');
  const cli = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/scout.ts',
      '--cluster',
      'automobiles',
      '--subsector',
      '新能源汽车',
      '--equipment',
      '10000000',
      '--as-of',
      '2026-11-29',
      '--csv',
    ],
    { encoding: 'utf8' },
  );
  expect(csv).toBe(cli.stdout);
  expect(csv.split('\r\n').find((l) => l.includes(',441500,'))).toMatch(
    /^1,tie,441500,Shanwei,87\.5,/,
  );
  // Only the zone counts: the chosen zone's cities score 100.
  for (const p of ['rating', 'role', 'carriers', 'subsidy'])
    await page.getByTestId(`weight-${p}`).fill('0');
  await page.getByTestId('zone-north').check();
  await expect(page.getByTestId('shortlist-441600')).toContainText('100');
  expect(problems).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('results come into view after submitting, one card per city, not-covered rules on one line', async ({
    page,
    problems,
  }) => {
    await page.goto('/subsidies?sc=heyuan,guangzhou,shenzhen');
    await mapReady(page);
    await page.getByTestId('calc-equipment').fill('700');
    await page.getByTestId('calc-submit').click();
    const results = page.locator('#results');
    await expect(page.getByTestId('calc-cards')).toBeVisible();
    await expect.poll(async () => (await results.boundingBox())!.y).toBeLessThan(200);
    expect((await results.boundingBox())!.y).toBeGreaterThan(-1);
    // A card per city; the wide table is not shown at this width.
    await expect(page.getByTestId('calc-cards').locator(':scope > li')).toHaveCount(3);
    await expect(page.getByTestId('calc-results')).toBeHidden();
    // 河源's own rules do not cover 广州: they fold into one line on 广州's card.
    const line = page.getByTestId('calc-card-not-covered-440100');
    await expect(line).toBeVisible();
    await expect(line).toContainText('不适用于本市');
    // No repeated “does not cover” sentence per rule in the card.
    await expect(page.getByTestId('calc-card-440100')).not.toContainText('✗');
    expect(problems).toEqual([]);
  });
});
