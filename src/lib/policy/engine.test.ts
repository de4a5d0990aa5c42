import { describe, expect, it } from 'vitest';
import { evaluate, type RuleResult } from './engine';
import type { Project } from './project';
import { code, project, realData, testCities } from './testing';

/** Eligibility and amounts do not depend on the date; the window is tested in validity tests. */
const AS_OF = '2026-11-29';

interface Case {
  name: string;
  rule: string;
  project: Project;
  eligible: boolean;
  code: RuleResult['reason']['code'];
  max: number | null;
  capApplied?: boolean;
  recipient?: RuleResult['recipient'];
}

const nanhai = (values: Omit<Project, 'cities'>) =>
  project('佛山', { districts: ['nanhai'], ...values });
const claim = (zh: string, id: string, extra: Omit<Project, 'cities'> = {}) =>
  project(zh, { claims: [id], ...extra });
const ok = (max: number | null, capApplied = false) => ({
  eligible: true,
  code: 'eligible' as const,
  max,
  capApplied,
});
const below = { eligible: false, code: 'below-threshold' as const, max: null };
const notCovered = { eligible: false, code: 'city-not-covered' as const, max: null };

/** SME profile that meets every Delta-core threshold exactly. */
const smeCore = (over: Omit<Project, 'cities'> = {}) =>
  project('广州', {
    assets: 30_000_000,
    revenue: 30_000_000,
    revenueGrowthPct: 15,
    profit: 1,
    rdSharePct: 3,
    qualifiedStaffSharePct: 40,
    ...over,
  });
const smeNorth = (over: Omit<Project, 'cities'> = {}) =>
  project('河源', {
    assets: 20_000_000,
    revenue: 20_000_000,
    revenueGrowthPct: 15,
    profit: 1,
    rdSharePct: 3,
    qualifiedStaffSharePct: 30,
    ...over,
  });
const digital = (
  zh: string,
  digitalType: Project['digitalType'],
  digitalInput: number,
  digitalScore: number,
) => project(zh, { digitalType, digitalInput, digitalScore });

// Each expected amount is worked out by hand from the quoted rule text (see data/subsidies.json).
const cases: Case[] = [
  // 技改设备事后奖励: Delta ≥700万 at ≤20%, east/west/north ≥400万 at ≤30%, ≤5000万 per project.
  {
    name: 'a Delta city at exactly ¥7,000,000 of equipment gets up to 20%',
    rule: 'tech-upgrade-equipment',
    project: project('佛山', { equipmentPurchase: 7_000_000 }),
    ...ok(1_400_000),
  },
  {
    name: 'a Delta city one yuan short of ¥7,000,000 is not eligible',
    rule: 'tech-upgrade-equipment',
    project: project('佛山', { equipmentPurchase: 6_999_999 }),
    ...below,
  },
  {
    name: 'Heyuan at exactly ¥4,000,000 gets up to 30%',
    rule: 'tech-upgrade-equipment',
    project: project('河源', { equipmentPurchase: 4_000_000 }),
    ...ok(1_200_000),
  },
  {
    name: 'Heyuan one yuan short of ¥4,000,000 is not eligible',
    rule: 'tech-upgrade-equipment',
    project: project('河源', { equipmentPurchase: 3_999_999 }),
    ...below,
  },
  {
    name: 'the ¥50,000,000 cap binds on a large eastern project',
    rule: 'tech-upgrade-equipment',
    project: project('汕头', { equipmentPurchase: 200_000_000 }),
    ...ok(50_000_000, true),
  },
  {
    name: 'a rate that lands exactly on the cap does not count as capped',
    rule: 'tech-upgrade-equipment',
    project: project('广州', { equipmentPurchase: 250_000_000 }),
    ...ok(50_000_000, false),
  },
  {
    name: 'the cap applies when the exact product is over it, before rounding (50,000,000.1)',
    rule: 'tech-upgrade-equipment',
    project: project('河源', { equipmentPurchase: 166_666_667 }),
    ...ok(50_000_000, true),
  },
  {
    name: 'Shenzhen is in neither equipment-reward list',
    rule: 'tech-upgrade-equipment',
    project: project('深圳', { equipmentPurchase: 100_000_000 }),
    ...notCovered,
  },
  // 普惠性制造业投资奖励: 8 cities ≥10亿, 12 cities ≥5亿, ≤2% of new FAI, paid to the city government.
  {
    name: 'Heyuan at exactly ¥500m total investment earns its government 2% of new FAI',
    rule: 'inclusive-investment-reward',
    project: project('河源', {
      totalInvestment: 500_000_000,
      newFixedAssetInvestment: 100_000_000,
    }),
    ...ok(2_000_000),
    recipient: 'city-government',
  },
  {
    name: 'Heyuan one yuan short of ¥500m earns nothing',
    rule: 'inclusive-investment-reward',
    project: project('河源', {
      totalInvestment: 499_999_999,
      newFixedAssetInvestment: 100_000_000,
    }),
    ...below,
  },
  {
    name: 'Guangzhou needs ¥1bn: exactly met',
    rule: 'inclusive-investment-reward',
    project: project('广州', {
      totalInvestment: 1_000_000_000,
      newFixedAssetInvestment: 1_000_000_000,
    }),
    ...ok(20_000_000),
    recipient: 'city-government',
  },
  {
    name: 'Guangzhou needs ¥1bn: missed by one yuan',
    rule: 'inclusive-investment-reward',
    project: project('广州', {
      totalInvestment: 999_999_999,
      newFixedAssetInvestment: 900_000_000,
    }),
    ...below,
  },
  {
    name: 'the inclusive reward rounds down to the yuan',
    rule: 'inclusive-investment-reward',
    project: project('汕头', {
      totalInvestment: 600_000_000,
      newFixedAssetInvestment: 123_456_789,
    }),
    ...ok(2_469_135),
  },
  {
    name: 'Shenzhen is in neither inclusive-reward list',
    rule: 'inclusive-investment-reward',
    project: project('深圳', {
      totalInvestment: 2_000_000_000,
      newFixedAssetInvestment: 2_000_000_000,
    }),
    ...notCovered,
  },
  // 专精特新遴选: a qualification — eligible or not, never an amount.
  {
    name: 'a Delta-core SME meeting every threshold exactly qualifies',
    rule: 'specialized-sme-thresholds',
    project: smeCore(),
    ...ok(null),
  },
  {
    name: 'Delta-core assets one yuan under ¥30m fail',
    rule: 'specialized-sme-thresholds',
    project: smeCore({ assets: 29_999_999 }),
    ...below,
  },
  {
    name: 'Delta-core revenue one yuan under ¥30m fails',
    rule: 'specialized-sme-thresholds',
    project: smeCore({ revenue: 29_999_999 }),
    ...below,
  },
  {
    name: 'a northern SME needs only ¥20m assets and revenue',
    rule: 'specialized-sme-thresholds',
    project: smeNorth(),
    ...ok(null),
  },
  {
    name: 'a northern SME one yuan under ¥20m fails',
    rule: 'specialized-sme-thresholds',
    project: smeNorth({ revenue: 19_999_999 }),
    ...below,
  },
  {
    name: 'a profit of zero is not "positive"',
    rule: 'specialized-sme-thresholds',
    project: smeCore({ profit: 0 }),
    ...below,
  },
  {
    name: 'growth just under 15% fails',
    rule: 'specialized-sme-thresholds',
    project: smeCore({ revenueGrowthPct: 14.99 }),
    ...below,
  },
  {
    name: 'R&D just under 3% fails',
    rule: 'specialized-sme-thresholds',
    project: smeCore({ rdSharePct: 2.99 }),
    ...below,
  },
  {
    name: 'a Delta-core staff share of 39.99% shows no indicator',
    rule: 'specialized-sme-thresholds',
    project: smeCore({ qualifiedStaffSharePct: 39.99 }),
    eligible: false,
    code: 'no-indicator-met',
    max: null,
  },
  {
    name: 'a northern staff share of 30% is enough where 40% is needed in the Delta',
    rule: 'specialized-sme-thresholds',
    project: smeNorth({ qualifiedStaffSharePct: 30 }),
    ...ok(null),
  },
  {
    name: 'the niche-market route (≥2 years, ≥75%) stands in for the staff share',
    rule: 'specialized-sme-thresholds',
    project: smeCore({ qualifiedStaffSharePct: 10, yearsInNiche: 2, mainBusinessSharePct: 75 }),
    ...ok(null),
  },
  {
    name: 'a claimed qualitative indicator stands in for the staff share',
    rule: 'specialized-sme-thresholds',
    project: smeCore({ qualifiedStaffSharePct: 10, claims: ['sme-novelty'] }),
    ...ok(null),
  },
  // 数字化转型标杆示范: Delta ≥500万 & ≥80分, else ≥300万 & ≥75分; ≤30%; cap 200万 (iiot) / 500万 (5g, supply chain).
  {
    name: 'a Delta iiot project at exactly ¥5m and 80 points gets up to 30%',
    rule: 'digital-benchmark',
    project: digital('广州', 'iiot', 5_000_000, 80),
    ...ok(1_500_000),
  },
  {
    name: 'a Delta project one yuan under ¥5m fails',
    rule: 'digital-benchmark',
    project: digital('广州', 'iiot', 4_999_999, 80),
    ...below,
  },
  {
    name: 'a Delta project scoring 79 fails',
    rule: 'digital-benchmark',
    project: digital('广州', '5g', 9_000_000, 79),
    ...below,
  },
  {
    name: 'the iiot benchmark is capped at ¥2m',
    rule: 'digital-benchmark',
    project: digital('广州', 'iiot', 10_000_000, 90),
    ...ok(2_000_000, true),
  },
  {
    name: 'a 5G benchmark of the same size stays under its ¥5m cap',
    rule: 'digital-benchmark',
    project: digital('广州', '5g', 10_000_000, 90),
    ...ok(3_000_000),
  },
  {
    name: 'the supply-chain benchmark is capped at ¥5m',
    rule: 'digital-benchmark',
    project: digital('东莞', 'supply-chain', 20_000_000, 85),
    ...ok(5_000_000, true),
  },
  {
    name: 'a northern project at exactly ¥3m and 75 points qualifies',
    rule: 'digital-benchmark',
    project: digital('河源', 'iiot', 3_000_000, 75),
    ...ok(900_000),
  },
  {
    name: 'a northern project one yuan under ¥3m fails',
    rule: 'digital-benchmark',
    project: digital('河源', 'iiot', 2_999_999, 75),
    ...below,
  },
  {
    name: 'a northern project scoring 74 fails',
    rule: 'digital-benchmark',
    project: digital('河源', 'iiot', 3_000_000, 74),
    ...below,
  },
  // 南海区 (district of 佛山).
  {
    name: 'Nanhai finance leases earn up to 2% of the lease',
    rule: 'nanhai-finance-lease',
    project: nanhai({ financeLeaseAmount: 50_000_000 }),
    ...ok(1_000_000),
  },
  {
    name: 'Nanhai finance-lease subsidy is capped at ¥2m a year',
    rule: 'nanhai-finance-lease',
    project: nanhai({ financeLeaseAmount: 200_000_000 }),
    ...ok(2_000_000, true),
  },
  {
    name: 'a Foshan project not stated to be in Nanhai gets no Nanhai measure',
    rule: 'nanhai-finance-lease',
    project: project('佛山', { financeLeaseAmount: 50_000_000 }),
    eligible: false,
    code: 'district-not-stated',
    max: null,
  },
  {
    name: 'Nanhai measures do not cover Guangzhou',
    rule: 'nanhai-finance-lease',
    project: project('广州', { financeLeaseAmount: 50_000_000 }),
    ...notCovered,
  },
  {
    name: 'Nanhai pays 30% of loan interest',
    rule: 'nanhai-loan-interest',
    project: nanhai({ loanInterest: 3_000_000 }),
    ...ok(900_000),
  },
  {
    name: 'Nanhai loan-interest subsidy stops at ¥1m',
    rule: 'nanhai-loan-interest',
    project: nanhai({ loanInterest: 5_000_000 }),
    ...ok(1_000_000, true),
  },
  {
    name: 'Nanhai compensates 40% of a principal loss, no cap stated',
    rule: 'nanhai-loan-risk-compensation',
    project: nanhai({ loanPrincipalLoss: 1_000_000 }),
    ...ok(400_000),
    recipient: 'other',
  },
  {
    name: 'a Nanhai digital leader can get up to ¥5m',
    rule: 'nanhai-digital-leader',
    project: nanhai({ claims: ['digital-leader-enterprise'] }),
    ...ok(5_000_000, true),
  },
  {
    name: 'a Nanhai digital cluster can get up to ¥7m',
    rule: 'nanhai-digital-cluster',
    project: nanhai({ claims: ['digital-transformation-cluster'] }),
    ...ok(7_000_000, true),
    recipient: 'other',
  },
  {
    name: 'a Nanhai innovation consortium can get up to ¥50m',
    rule: 'nanhai-innovation-consortium',
    project: nanhai({ claims: ['innovation-consortium'] }),
    ...ok(50_000_000, true),
  },
  {
    name: 'a Nanhai lab recognition can get up to ¥5m',
    rule: 'nanhai-lab-recognition',
    project: nanhai({ claims: ['national-provincial-lab'] }),
    ...ok(5_000_000, true),
  },
  {
    name: 'a Nanhai technology deal is bounded only by its ¥1m cap (rate unstated)',
    rule: 'nanhai-tech-transfer',
    project: nanhai({ claims: ['tech-contract-deal'] }),
    ...ok(1_000_000, true),
  },
  {
    name: 'a Nanhai listing can get up to ¥10m over the whole process',
    rule: 'nanhai-listing',
    project: nanhai({ claims: ['stock-listing'] }),
    ...ok(10_000_000, true),
  },
  {
    name: 'Nanhai rent subsidy is up to ¥1m a year',
    rule: 'nanhai-rent-subsidy',
    project: nanhai({ claims: ['rent-industrial-space'] }),
    ...ok(1_000_000, true),
  },
  {
    name: 'an 80% ratio of an unstated base gives no amount',
    rule: 'nanhai-overseas-trade-mission',
    project: nanhai({ claims: ['overseas-trade-mission'] }),
    ...ok(null),
  },
  {
    name: 'a 70% ratio of an unstated base gives no amount',
    rule: 'nanhai-overseas-exhibition',
    project: nanhai({ claims: ['overseas-exhibition'] }),
    ...ok(null),
  },
  // 河源市 (draft).
  {
    name: 'Heyuan restates the equipment reward at 20%',
    rule: 'heyuan-tech-upgrade-equipment',
    project: project('河源', { equipmentPurchase: 4_000_000 }),
    ...ok(800_000),
  },
  {
    name: 'Heyuan ring-fences land for exactly ¥50m of investment',
    rule: 'heyuan-land-quota',
    project: project('河源', { totalInvestment: 50_000_000 }),
    ...ok(null),
  },
  {
    name: 'Heyuan land quota missed by one yuan',
    rule: 'heyuan-land-quota',
    project: project('河源', { totalInvestment: 49_999_999 }),
    ...below,
  },
  {
    name: 'Heyuan pays 30% of a first-set sale price, uncapped',
    rule: 'heyuan-first-set-equipment',
    project: project('河源', { firstSetSalePrice: 10_000_000 }),
    ...ok(3_000_000),
  },
  {
    name: 'a new national little giant in Heyuan gets a fixed ¥1.2m',
    rule: 'heyuan-little-giant',
    project: claim('河源', 'new-national-little-giant'),
    ...ok(1_200_000),
  },
  {
    name: 'the little-giant award is Heyuan-only',
    rule: 'heyuan-little-giant',
    project: claim('广州', 'new-national-little-giant'),
    ...notCovered,
  },
  {
    name: 'a Heyuan cluster digital pilot gets up to ¥20m',
    rule: 'heyuan-cluster-digital-pilot',
    project: claim('河源', 'provincial-cluster-digital-pilot'),
    ...ok(20_000_000, true),
    recipient: 'other',
  },
  {
    name: 'a Heyuan green circular park gets up to ¥100,000',
    rule: 'heyuan-green-circular-park',
    project: claim('河源', 'green-circular-park'),
    ...ok(100_000, true),
  },
  {
    name: 'a Heyuan cleaner-production audit gets up to ¥40,000',
    rule: 'heyuan-cleaner-production-audit',
    project: claim('河源', 'cleaner-production-acceptance'),
    ...ok(40_000, true),
  },
  {
    name: 'a Heyuan provincial cleaner-production firm gets up to ¥60,000 more',
    rule: 'heyuan-cleaner-production-enterprise',
    project: claim('河源', 'provincial-cleaner-production-enterprise'),
    ...ok(60_000, true),
  },
  {
    name: 'a Heyuan national green-manufacturing demo gets up to ¥100,000',
    rule: 'heyuan-green-manufacturing-demo',
    project: claim('河源', 'national-green-manufacturing'),
    ...ok(100_000, true),
  },
  {
    name: 'a Heyuan water-saving firm gets up to ¥50,000',
    rule: 'heyuan-water-saving-enterprise',
    project: claim('河源', 'water-saving-enterprise'),
    ...ok(50_000, true),
  },
  {
    name: 'a Heyuan water-saving benchmark gets up to ¥100,000',
    rule: 'heyuan-water-saving-benchmark',
    project: claim('河源', 'water-saving-benchmark'),
    ...ok(100_000, true),
  },
  {
    name: 'a Heyuan energy-saving park gets a fixed ¥200,000',
    rule: 'heyuan-energy-saving-park',
    project: claim('河源', 'energy-saving-park'),
    ...ok(200_000),
    recipient: 'other',
  },
  {
    name: 'a Heyuan catalogue-listed firm gets up to ¥50,000',
    rule: 'heyuan-energy-tech-catalogue',
    project: claim('河源', 'energy-tech-catalogue'),
    ...ok(50_000, true),
  },
  {
    name: 'a Heyuan small-to-large firm gets up to ¥300,000',
    rule: 'heyuan-small-to-large',
    project: claim('河源', 'small-to-large'),
    ...ok(300_000, true),
  },
  {
    name: 'one of the first five Heyuan listings gets up to ¥6.3m',
    rule: 'heyuan-listing',
    project: claim('河源', 'stock-listing'),
    ...ok(6_300_000, true),
  },
  {
    name: 'Heyuan bridge loans reach ¥45m a year (a loan, not a grant)',
    rule: 'heyuan-bridge-loan',
    project: claim('河源', 'bridge-loan'),
    ...ok(45_000_000, true),
  },
  {
    name: 'Heyuan technology credit loans reach ¥10m',
    rule: 'heyuan-tech-credit-loan',
    project: claim('河源', 'tech-credit-loan'),
    ...ok(10_000_000, true),
  },
  {
    name: 'a Heyuan senior manager gets ¥120,000',
    rule: 'heyuan-talent-manager',
    project: claim('河源', 'senior-manager-talent'),
    ...ok(120_000),
    recipient: 'individual',
  },
  {
    name: 'a Heyuan senior professional gets ¥100,000',
    rule: 'heyuan-talent-professional',
    project: claim('河源', 'senior-professional-talent'),
    ...ok(100_000),
    recipient: 'individual',
  },
  {
    name: 'a Heyuan innovation team gets up to ¥2m',
    rule: 'heyuan-innovation-team',
    project: claim('河源', 'innovation-team-talent'),
    ...ok(2_000_000, true),
  },
];

cases.push(
  {
    name: 'a 2019 ex-ante project qualifies but its capped amount cannot be computed',
    rule: 'tech-upgrade-ex-ante-2019',
    project: claim('河源', 'ex-ante-2019-project'),
    ...ok(null),
  },
  {
    name: 'the 2019 ex-ante rule does not cover Shenzhen',
    rule: 'tech-upgrade-ex-ante-2019',
    project: claim('深圳', 'ex-ante-2019-project'),
    ...notCovered,
  },
  {
    name: "Heyuan's credit-loan interest subsidy for 专精特新 firms states no amount",
    rule: 'heyuan-sme-credit-loan-interest',
    project: claim('河源', 'heyuan-sme-credit-loan'),
    ...ok(null),
  },
  {
    name: 'a priority-field SME meets thresholds lowered by 20% (growth 12% instead of 15%)',
    rule: 'specialized-sme-thresholds',
    project: smeCore({
      revenueGrowthPct: 12,
      assets: 24_000_000,
      claims: ['sme-priority-field', 'sme-refinement'],
    }),
    ...ok(null),
  },
  {
    name: 'without the priority field, 12% growth is below the 15% threshold',
    rule: 'specialized-sme-thresholds',
    project: smeCore({ revenueGrowthPct: 12, claims: ['sme-refinement'] }),
    ...below,
  },
  {
    name: 'the relief stops at 20%: 11.99% growth still fails',
    rule: 'specialized-sme-thresholds',
    project: smeCore({ revenueGrowthPct: 11.99, claims: ['sme-priority-field', 'sme-refinement'] }),
    ...below,
  },
  {
    name: 'three senior managers get three per-person awards (3 × 12万)',
    rule: 'heyuan-talent-manager',
    project: project('河源', {
      claims: ['senior-manager-talent'],
      headCounts: { 'senior-manager-talent': 3 },
    }),
    ...ok(360_000),
  },
);

describe('evaluate: hand-computed cases from the rule texts', () => {
  const data = realData();
  it.each(cases)('$name', (c) => {
    const result = evaluate(c.project, data.rules, testCities(), AS_OF).find(
      (r) => r.rule === c.rule,
    );
    expect(result, `rule ${c.rule} was not evaluated`).toBeDefined();
    expect(result!.eligible).toBe(c.eligible);
    expect(result!.reason.code).toBe(c.code);
    expect(result!.maxAmountYuan).toBe(c.max);
    if (c.capApplied !== undefined) expect(result!.capApplied).toBe(c.capApplied);
    if (c.recipient) expect(result!.recipient).toBe(c.recipient);
  });

  it('has a case for every rule in the data', () => {
    const tested = new Set(cases.map((c) => c.rule));
    expect(data.rules.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });
});

describe('evaluate: reasons and coverage', () => {
  const data = realData();
  const run = (p: Project) => evaluate(p, data.rules, testCities(), AS_OF);

  it('names the threshold, the tier and the value when a project falls short', () => {
    const r = run(project('佛山', { equipmentPurchase: 6_999_999 })).find(
      (x) => x.rule === 'tech-upgrade-equipment',
    )!;
    expect(r.reason.zh).toContain('≥700万元');
    expect(r.reason.zh).toContain('6999999元');
    expect(r.reason.en).toContain('≥ ¥7,000,000');
    expect(r.reason.en).toContain('Pearl River Delta');
    expect(r.checks).toEqual([
      {
        field: 'equipmentPurchase',
        comparator: '>=',
        threshold: 7_000_000,
        asWritten: '700 万元',
        value: 6_999_999,
        met: false,
      },
    ]);
  });

  it('explains why Shenzhen is not covered by the equipment reward', () => {
    const r = run(project('深圳', { equipmentPurchase: 7_000_000 })).find(
      (x) => x.rule === 'tech-upgrade-equipment',
    )!;
    expect(r).toMatchObject({ tier: null, membership: null, capApplied: false });
    expect(r.reason.zh).toContain('深圳');
    expect(r.reason.en).toContain('Shenzhen');
  });

  it('flags tiers whose cities are inferred from a named region', () => {
    const r = run(digital('深圳', '5g', 5_000_000, 80)).find(
      (x) => x.rule === 'digital-benchmark',
    )!;
    expect(r).toMatchObject({
      eligible: true,
      membership: 'inferred',
      tier: 'delta',
      maxAmountYuan: 1_500_000,
    });
  });

  it('pays the inclusive reward to the city government, not the firm', () => {
    const r = run(
      project('河源', { totalInvestment: 800_000_000, newFixedAssetInvestment: 600_000_000 }),
    );
    expect(r.find((x) => x.rule === 'inclusive-investment-reward')).toMatchObject({
      recipient: 'city-government',
      maxAmountYuan: 12_000_000,
    });
  });

  it('marks a restating rule so totals can skip it', () => {
    const r = run(project('河源', { equipmentPurchase: 10_000_000 }));
    expect(r.map((x) => [x.rule, x.maxAmountYuan, x.restates])).toEqual([
      ['tech-upgrade-equipment', 3_000_000, undefined],
      ['heyuan-tech-upgrade-equipment', 2_000_000, 'tech-upgrade-equipment'],
    ]);
  });
});

describe('evaluate: which rules run', () => {
  const data = realData();
  const ids = (p: Project) => evaluate(p, data.rules, testCities(), AS_OF).map((r) => r.rule);

  it('skips every rule when the project gives no values', () => {
    expect(ids(project('河源'))).toEqual([]);
  });

  it('skips the inclusive reward until both total and new fixed-asset investment are given', () => {
    expect(ids(project('河源', { totalInvestment: 800_000_000 }))).toEqual(['heyuan-land-quota']);
    expect(ids(project('河源', { newFixedAssetInvestment: 600_000_000 }))).toEqual([]);
  });

  it('skips the digital benchmark without a project type', () => {
    expect(ids(project('广州', { digitalInput: 5_000_000, digitalScore: 80 }))).toEqual([]);
  });

  it('runs an event rule only when the project claims the event', () => {
    expect(ids(project('河源', { claims: ['small-to-large'] }))).toEqual(['heyuan-small-to-large']);
    expect(ids(project('河源', { claims: ['stock-listing'] }))).toEqual([
      'nanhai-listing',
      'heyuan-listing',
    ]);
  });

  it('gives one result per city and rule, cities in the order asked', () => {
    const p: Project = {
      cities: [code('深圳'), code('河源'), code('广州')],
      equipmentPurchase: 8_000_000,
    };
    const r = evaluate(p, data.rules, testCities(), AS_OF);
    expect(r.map((x) => [x.cityName.zh, x.rule, x.eligible])).toEqual([
      ['深圳', 'tech-upgrade-equipment', false],
      ['深圳', 'heyuan-tech-upgrade-equipment', false],
      ['河源', 'tech-upgrade-equipment', true],
      ['河源', 'heyuan-tech-upgrade-equipment', true],
      ['广州', 'tech-upgrade-equipment', true],
      ['广州', 'heyuan-tech-upgrade-equipment', false],
    ]);
  });

  it('throws on a city code it was not given', () => {
    expect(() =>
      evaluate({ cities: ['449900'], equipmentPurchase: 1 }, data.rules, testCities(), AS_OF),
    ).toThrow('unknown city code "449900"');
  });
});
