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
    const [s] = summarizeByCity(evaluate(p, realData().rules, testCities()));
    expect(s!.maxByRecipient).toEqual({
      enterprise: 3_000_000 + 1_200_000, // 30% of equipment + little-giant award
      'city-government': 12_000_000, // 2% of new FAI
      individual: 120_000,
      other: 0,
    });
    expect(s!.notCounted).toEqual([
      { rule: 'heyuan-tech-upgrade-equipment', why: 'restates' },
      { rule: 'heyuan-land-quota', why: 'not-a-grant' },
      { rule: 'heyuan-bridge-loan', why: 'not-a-grant' },
    ]);
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
