import { describe, expect, it } from 'vitest';
import { buildReport, cityNotes, skippedRules } from './report';
import { code, project, realData, testCities } from './testing';

describe('buildReport', () => {
  const data = realData();

  it('lists a rule skipped for a missing value with the inputs it needs', () => {
    expect(skippedRules(data.rules, project('河源', { totalInvestment: 800_000_000 }))).toEqual([
      {
        rule: 'inclusive-investment-reward',
        title: data.rules.find((r) => r.id === 'inclusive-investment-reward')!.title,
        missing: ['--new-fai'],
        fields: ['newFixedAssetInvestment'],
        labels: { zh: '新增实际固定资产投资额', en: 'new actual fixed-asset investment' },
      },
    ]);
  });

  it('lists the digital benchmark as needing its type when input and score are given', () => {
    const s = skippedRules(
      data.rules,
      project('广州', { digitalInput: 5_000_000, digitalScore: 80 }),
    );
    expect(s.map((x) => [x.rule, x.missing])).toEqual([['digital-benchmark', ['--digital-type']]]);
  });

  it('says which cities have no city-level programmes in the dataset', () => {
    const notes = cityNotes(data.rules, testCities(), [code('深圳'), code('河源'), code('佛山')]);
    expect(notes.map((n) => n.city)).toEqual([code('深圳')]);
    expect(notes[0]!.note.zh).toContain('深圳市本级');
  });

  it('carries status, window, caveats and the amount quote on every result', () => {
    const r = buildReport(
      project('河源', { equipmentPurchase: 10_000_000 }),
      data,
      testCities(),
      '2026-11-29',
    );
    const row = r.results.find((x) => x.rule === 'tech-upgrade-equipment')!;
    expect(row).toMatchObject({
      status: 'in-force',
      window: { from: '2022-01-01', to: '2026-12-31' },
      quote: { id: 'rates' },
      document: { id: 'tech-renovation-fund-rules', docNumber: '粤工信规字〔2021〕5号' },
    });
    expect(row.caveats.map((c) => c.kind)).toContain('competitive-review');
    expect(row.caveats.every((c) => c.quote.text.length > 0)).toBe(true);
    expect(r.notes[0]!.en).toContain('whether grants stack');
  });
});
