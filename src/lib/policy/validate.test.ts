import { describe, expect, it } from 'vitest';
import raw from '../../../data/subsidies.json';
import { validateSubsidies } from './validate';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh copy of the real data with one change applied. */
function withChange(change: (d: Json) => void): unknown {
  const d = structuredClone(raw) as Json;
  change(d);
  return d;
}
const rule = (d: Json, id: string): Json => d.rules.find((r: Json) => r.id === id);
const tech = (d: Json) => rule(d, 'tech-upgrade-equipment');

describe('validateSubsidies', () => {
  it('accepts the real data', () => {
    expect(validateSubsidies(structuredClone(raw)).errors).toEqual([]);
  });

  it.each<[string, (d: Json) => void, string]>([
    [
      'a malformed city code',
      (d) => (tech(d).tiers[1].cities[3] = '4416'),
      'rules[0] (tech-upgrade-equipment).tiers[1].cities[3]: must be a 6-digit Guangdong city code',
    ],
    ['another schema version', (d) => (d.schemaVersion = 2), 'schemaVersion: Invalid type'],
    [
      'a missing title',
      (d) => delete tech(d).title,
      'rules[0] (tech-upgrade-equipment).title: Invalid key',
    ],
    [
      'an unknown recipient',
      (d) => (tech(d).recipient = 'bank'),
      'rules[0] (tech-upgrade-equipment).recipient: Invalid type',
    ],
    [
      'a duplicate rule id',
      (d) => (d.rules[1].id = 'tech-upgrade-equipment'),
      'rules: duplicate id "tech-upgrade-equipment"',
    ],
    [
      'a threshold that is not the reading of its written form',
      (d) => (tech(d).tiers[0].thresholds[0].value = 7_000_001),
      'rules[0] (tech-upgrade-equipment).tiers[0] (delta).thresholds[0]: stored number does not match "700 万元"',
    ],
    [
      'a comparator its wording does not support',
      (d) => (tech(d).tiers[0].thresholds[0].comparator = '>'),
      '"不低于" means >=, not >',
    ],
    [
      'a wording not in the quote',
      (d) => (tech(d).tiers[0].thresholds[0].wording = '以上'),
      'thresholds[0].wording: "以上" is not in quote "delta-list"',
    ],
    [
      'a written figure not in its quote',
      (d) => (tech(d).tiers[0].rate.quote = 'delta-list'),
      'tiers[0] (delta).rate.asWritten: "20%" is not in quote "delta-list"',
    ],
    [
      'a rate that is not its written form',
      (d) => (tech(d).tiers[1].rate.maxPercent = 25),
      'tiers[1] (east-west-north).rate: stored number does not match "30%"',
    ],
    [
      'a cap that is not its written form',
      (d) => (tech(d).tiers[0].cap.yuan = 5_000_000),
      'tiers[0] (delta).cap: stored number does not match "5000 万元"',
    ],
    [
      'a reference to a missing quote',
      (d) => (tech(d).caveats[0].quote = 'nowhere'),
      'rules[0] (tech-upgrade-equipment).caveats[0].quote: unknown quote "nowhere"',
    ],
    [
      'a trigger with an unknown claim',
      (d) => (rule(d, 'heyuan-listing').trigger.claim = 'ipo'),
      '(heyuan-listing).trigger.claim: unknown claim "ipo"',
    ],
    [
      'a restatement of an unknown rule',
      (d) => (rule(d, 'heyuan-tech-upgrade-equipment').restates = 'nope'),
      '(heyuan-tech-upgrade-equipment).restates: unknown rule "nope"',
    ],
    [
      'a city in two tiers',
      (d) => tech(d).tiers[1].cities.push('440100'),
      'tiers[1] (east-west-north).cities: 440100 is also in tier delta',
    ],
    [
      'a not-covered city that a tier covers',
      (d) => (tech(d).notCovered[0].city = '441600'),
      'notCovered[0].city: 441600 is in tier east-west-north',
    ],
    [
      'a qualification with money',
      (d) =>
        (rule(d, 'heyuan-land-quota').tiers[0].cap = {
          yuan: 1,
          asWritten: '1元',
          quote: 'amount',
        }),
      '(heyuan-land-quota).tiers[0] (heyuan): a qualification carries no rate, cap or amount',
    ],
    [
      'an inferred tier without a note',
      (d) => delete rule(d, 'digital-benchmark').tiers[0].membershipNote,
      '(digital-benchmark).tiers[0] (delta).membershipNote: required when membership is "inferred"',
    ],
    [
      'an "other" recipient without a note',
      (d) => delete rule(d, 'nanhai-digital-cluster').recipientNote,
      '(nanhai-digital-cluster).recipientNote: required when recipient is "other"',
    ],
    [
      'a validity that ends before it starts',
      (d) => {
        tech(d).validity.to = {
          date: '2021-12-31',
          basis: 'computed',
          term: '有效期 5 年',
          quote: 'validity',
        };
      },
      '(tech-upgrade-equipment).validity: "from" is after "to"',
    ],
    [
      'a term that does not add up',
      (d) => (tech(d).validity.to.date = '2027-12-31'),
      '(tech-upgrade-equipment).validity.to.date: "有效期 5 年" from 2022-01-01 ends 2026-12-31, not 2027-12-31',
    ],
    [
      'a stated date that is not what the text writes',
      (d) => (tech(d).validity.from.date = '2022-01-02'),
      '(tech-upgrade-equipment).validity.from.date: "2022 年 1 月 1 日" reads 2022-01-01, not 2022-01-02',
    ],
    [
      'an unknown date that carries a date',
      (d) => (rule(d, 'nanhai-listing').validity.to.date = '2025-01-01'),
      '(nanhai-listing).validity.to.date: an unknown date must be null',
    ],
    [
      'a document term not in its quote',
      (d) => (d.documents[0].validity.to.term = '有效期 2 年'),
      'documents[0] (tech-renovation-project-filing-rules).validity.to.term: "有效期 2 年" is not in quote "validity"',
    ],
    [
      'a district rule covering another city',
      (d) => (rule(d, 'nanhai-listing').tiers[0].cities = ['440100']),
      '(nanhai-listing).tiers[0] (nanhai).cities: a district rule covers only its city 440600',
    ],
    [
      'a conflict naming an unknown rule',
      (d) => d.conflicts[0].rules.push('ghost'),
      'conflicts[0] (heyuan-equipment-rate).rules: unknown rule "ghost"',
    ],
  ])('rejects %s with an error naming the record and field', (_name, change, message) => {
    const { data, errors } = validateSubsidies(withChange(change));
    expect(data).toBeNull();
    expect(errors.join('\n')).toContain(message);
  });
});
