import { describe, expect, it } from 'vitest';
import { evaluate, type RuleResult } from './engine';
import { summarizeByCity } from './summary';
import { project, realData, testCities } from './testing';

function result(over: Partial<RuleResult>): RuleResult {
  return {
    city: '441600',
    cityName: { zh: '河源', en: 'Heyuan' },
    rule: 'r',
    kind: 'grant',
    tier: 't',
    membership: 'listed',
    eligible: true,
    reason: { code: 'eligible', zh: '', en: '' },
    maxAmountYuan: 100,
    capApplied: false,
    recipient: 'enterprise',
    source: { id: 's', document: 'd', locator: 'l' },
    checks: [],
    level: 'province',
    baseStatus: 'in-force',
    status: 'in-force',
    window: { status: 'in-force', ended: null, starts: null, endKnown: true, from: null, to: null },
    inForce: true,
    statusReason: { zh: '', en: '' },
    notes: [],
    ...over,
  };
}

describe('summarizeByCity', () => {
  it.each<[string, Partial<RuleResult>, number, string | null]>([
    ['counts an eligible grant for its recipient', {}, 100, null],
    ['leaves out an ineligible result', { eligible: false, maxAmountYuan: null }, 0, null],
    ['leaves out a rule that restates another', { restates: 'other-rule' }, 0, 'restates'],
    [
      'leaves out a qualification',
      { kind: 'qualification', maxAmountYuan: null },
      0,
      'not-a-grant',
    ],
    ['leaves out a loan', { kind: 'financing' }, 0, 'not-a-grant'],
    ['leaves out a grant whose amount is unknown', { maxAmountYuan: null }, 0, 'no-amount'],
    ['leaves out a rule that has expired', { status: 'expired', inForce: false }, 0, 'expired'],
    ['leaves out a rule not yet in force', { status: 'not-yet', inForce: false }, 0, 'not-yet'],
    ['leaves out a tier whose cities are inferred', { membership: 'inferred' }, 0, 'inferred'],
    ['counts a district the user named', { membership: 'inferred', level: 'district' }, 100, null],
    [
      "keeps a draft's cap apart from grants in force",
      { baseStatus: 'draft', status: 'draft' },
      0,
      null,
    ],
  ])('%s', (_name, over, enterpriseTotal, why) => {
    const [s] = summarizeByCity([result(over)]);
    expect(s!.maxByRecipient.enterprise).toBe(enterpriseTotal);
    expect(s!.notCounted.map((n) => n.why)).toEqual(why ? [why] : []);
  });

  it('splits a Heyuan project between the firm, the city government and people', () => {
    const p = project('河源', {
      totalInvestment: 800_000_000,
      newFixedAssetInvestment: 600_000_000,
      equipmentPurchase: 10_000_000,
      claims: ['new-national-little-giant', 'senior-manager-talent', 'bridge-loan'],
    });
    const [s] = summarizeByCity(evaluate(p, realData().rules, testCities(), '2023-06-01'));
    expect(s!.maxByRecipient).toEqual({
      enterprise: 3_000_000, // 30% of equipment
      'city-government': 12_000_000, // 2% of new FAI
      individual: 0,
      other: 0,
    });
    // Heyuan's draft: the little-giant award and the per-person talent award, kept apart.
    expect(s!.capsByRecipient).toEqual({
      enterprise: 1_200_000,
      'city-government': 0,
      individual: 120_000,
      other: 0,
    });
    expect(s!.notCounted).toEqual([
      { rule: 'heyuan-tech-upgrade-equipment', why: 'restates' },
      { rule: 'heyuan-land-quota', why: 'not-a-grant' },
      { rule: 'heyuan-bridge-loan', why: 'not-a-grant' },
    ]);
  });

  it('includes inferred tiers when asked', () => {
    const [s] = summarizeByCity([result({ membership: 'inferred' })], { includeInferred: true });
    expect(s!.maxByRecipient.enterprise).toBe(100);
  });

  it('gives the same project different totals as of 2023-06-01 and as of 2026-11-29', () => {
    const p = project('河源', {
      totalInvestment: 800_000_000,
      newFixedAssetInvestment: 600_000_000,
      equipmentPurchase: 10_000_000,
    });
    const at = (asOf: string) =>
      summarizeByCity(evaluate(p, realData().rules, testCities(), asOf))[0]!;
    const then = at('2023-06-01');
    const now = at('2026-11-29');
    expect(then.maxByRecipient['city-government']).toBe(12_000_000);
    expect(now.maxByRecipient['city-government']).toBe(0);
    expect(now.maxByRecipient.enterprise).toBe(3_000_000); // the equipment reward runs to 2026-12-31
    expect(now.notCounted).toContainEqual({ rule: 'inclusive-investment-reward', why: 'expired' });
    expect(then.notCounted).not.toContainEqual({
      rule: 'inclusive-investment-reward',
      why: 'expired',
    });
  });

  it('keeps cities apart and in order', () => {
    const s = summarizeByCity([
      result({ city: '440100' }),
      result({ city: '441600' }),
      result({ city: '440100' }),
    ]);
    expect(s.map((x) => [x.city, x.maxByRecipient.enterprise])).toEqual([
      ['440100', 200],
      ['441600', 100],
    ]);
  });
});
