/**
 * The real data/subsidies.json against the real source texts (the one policy test that reads files).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCities } from '../data/node-cities';
import type { SubsidyData } from './schema';
import { checkQuotes, normaliseForQuote, validateSubsidies } from './validate';

const dataDir = new URL('../../../data/', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(new URL('subsidies.json', dataDir), 'utf8'));

function load(): SubsidyData {
  const { data, errors } = validateSubsidies(raw);
  if (!data) throw new Error(errors.join('\n'));
  return data;
}

function sourceTexts(data: SubsidyData): Record<string, string> {
  return Object.fromEntries(
    data.sources.map((s) => [s.id, readFileSync(new URL(s.file, dataDir), 'utf8')]),
  );
}

describe('data/subsidies.json', () => {
  it('passes the schema and cross-reference checks', () => {
    expect(validateSubsidies(raw).errors).toEqual([]);
  });

  it('names each source by its file name', () => {
    for (const s of load().sources) expect(s.file).toBe(`sources/${s.id}.txt`);
  });

  it('quotes every passage verbatim, within the lines it claims', () => {
    const data = load();
    expect(checkQuotes(data, sourceTexts(data))).toEqual([]);
  });

  it('uses only the 21 city codes', () => {
    const codes = new Set(readCities().map((c) => c.code));
    const used = load().rules.flatMap((r) => [
      ...r.tiers.flatMap((t) => t.cities),
      ...r.notCovered.map((n) => n.city),
    ]);
    expect(used.filter((c) => !codes.has(c))).toEqual([]);
  });

  it("lists each tier's cities in the order its quote names them", () => {
    const zh = new Map(readCities().map((c) => [c.code, c.name.zh]));
    for (const rule of load().rules)
      for (const tier of rule.tiers) {
        const quote = normaliseForQuote(
          rule.quotes.find((q) => q.id === tier.membershipQuote)!.text,
        );
        const positions = tier.cities.map((c) => quote.indexOf(zh.get(c)!));
        expect(positions, `${rule.id}/${tier.id}`).not.toContain(-1);
        expect(positions, `${rule.id}/${tier.id}`).toEqual([...positions].sort((a, b) => a - b));
      }
  });

  it('holds the rules the atlas promises, with the regional terms read from the texts', () => {
    const rules = new Map(load().rules.map((r) => [r.id, r]));
    const tiers = (id: string) =>
      rules
        .get(id)!
        .tiers.map((t) => [
          t.cities.length,
          t.thresholds.filter((x) => !x.option).map((x) => x.value),
          t.rate?.maxPercent ?? null,
          t.cap?.yuan ?? null,
        ]);
    expect(tiers('tech-upgrade-equipment')).toEqual([
      [8, [7_000_000], 20, 50_000_000],
      [12, [4_000_000], 30, 50_000_000],
    ]);
    expect(tiers('inclusive-investment-reward')).toEqual([
      [8, [1_000_000_000], 2, null],
      [12, [500_000_000], 2, null],
    ]);
    expect(rules.get('inclusive-investment-reward')).toMatchObject({
      recipient: 'city-government',
      projectPeriod: { mode: 'overlap', from: '2021-01-01', to: '2025-12-31' },
    });
    expect(tiers('specialized-sme-thresholds')).toEqual([
      [9, [30_000_000, 30_000_000, 15, 0, 3], null, null],
      [12, [20_000_000, 20_000_000, 15, 0, 3], null, null],
    ]);
    expect(tiers('digital-benchmark')).toEqual([
      [9, [5_000_000, 80], 30, null],
      [12, [3_000_000, 75], 30, null],
    ]);
    expect(rules.get('digital-benchmark')!.variants!.map((v) => [v.id, v.cap.yuan])).toEqual([
      ['iiot', 2_000_000],
      ['5g', 5_000_000],
      ['supply-chain', 5_000_000],
    ]);
  });

  // Each window as its text states it; the table is the list (rule → from, to, how).
  it.each([
    ['tech-upgrade-equipment', '2022-01-01', '2026-12-31', 'stated', 'computed'],
    ['inclusive-investment-reward', '2021-09-03', '2026-09-02', 'computed', 'computed'],
    ['specialized-sme-thresholds', '2020-02-15', '2025-02-14', 'stated', 'computed'],
    ['digital-benchmark', null, '2021-08-15', 'unknown', 'computed'],
    ['heyuan-tech-upgrade-equipment', '2023-01-01', '2025-12-31', 'computed', 'computed'],
    ['nanhai-listing', null, null, 'unknown', 'unknown'],
    ['heyuan-listing', null, null, 'unknown', 'unknown'],
  ])('gives %s the window %s to %s', (id, from, to, fromBasis, toBasis) => {
    const v = load().rules.find((r) => r.id === id)!.validity;
    expect([v.from.date, v.to.date, v.from.basis, v.to.basis]).toEqual([
      from,
      to,
      fromBasis,
      toBasis,
    ]);
  });

  it.each([
    ['tech-renovation-project-filing-rules', '2021-08-25', '2021-09-01', '2022-08-31'],
    ['manufacturing-digital-transformation-measures', '2021-06-30', '2021-06-30', '2024-06-29'],
    ['srdi-sme-selection-measures', '2020-01-20', '2020-02-15', '2025-02-14'],
    ['plan-14th-fyp', '2021-07-30', '2021-01-01', '2025-12-31'],
    ['gd-manufacturing-powerhouse-opinions-2023', null, null, null],
  ])('dates the document %s: issued %s, in force %s to %s', (id, issued, from, to) => {
    const v = load().documents.find((d) => d.id === id)!.validity;
    expect([v.issued.date, v.from.date, v.to.date]).toEqual([issued, from, to]);
  });

  it('records that Shenzhen is outside the equipment and inclusive-investment lists', () => {
    const rules = load().rules;
    for (const id of ['tech-upgrade-equipment', 'inclusive-investment-reward'])
      expect(rules.find((r) => r.id === id)!.notCovered.map((n) => n.city)).toEqual(['440300']);
  });

  it('keeps both sides of each contradiction', () => {
    const conflicts = load().conflicts.map((c) => c.id);
    expect(conflicts).toEqual(
      expect.arrayContaining(['heyuan-equipment-rate', 'delta-membership']),
    );
  });
});

describe('checkQuotes', () => {
  const data = load();
  const texts = sourceTexts(data);

  it('catches a quote that is not in its source', () => {
    const altered = {
      ...texts,
      'gd-industry-policy-compilation-2021': texts[
        'gd-industry-policy-compilation-2021'
      ]!.replaceAll('700 万元', '600 万元'),
    };
    expect(checkQuotes(data, altered).join('\n')).toContain(
      '(tech-upgrade-equipment).quotes[0] (delta-list): not verbatim',
    );
  });

  it('catches a quote outside the lines it claims', () => {
    const shifted = {
      ...texts,
      'heyuan-manufacturing-measures-draft': `\n\n\n${texts['heyuan-manufacturing-measures-draft']!}`,
    };
    expect(checkQuotes(data, shifted).join('\n')).toContain('.lines: not within lines');
  });
});
