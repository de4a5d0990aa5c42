import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateEditions, type EditionsContext } from './editions-validate';
import { readSourceTexts } from '../server/editions';
import type { EditionsData } from './editions-schema';

const raw = JSON.parse(readFileSync('data/editions.json', 'utf8')) as EditionsData;
const atlas = JSON.parse(readFileSync('data/clusters.json', 'utf8')) as EditionsContext & {
  clusters: EditionsContext['clusters'];
};
const ctx: EditionsContext = {
  texts: readSourceTexts('data'),
  clusters: atlas.clusters,
  cities: atlas.cities,
};
const copy = (): EditionsData => structuredClone(raw);

describe('data/editions.json', () => {
  it('passes the schema, the references and the verbatim-quote gate', () => {
    expect(validateEditions(raw, ctx).errors).toEqual([]);
  });

  it('holds the three editions, each item from its own seed', () => {
    expect(raw.editions.map((e) => [e.id, e.source])).toEqual([
      ['2019', 'gd-five-world-class-clusters-plan-2019'],
      ['2021', 'gd-industry-policy-compilation-2021'],
      ['2023', 'gd-manufacturing-powerhouse-opinions-2023'],
    ]);
  });

  it('lists the five 2019 world-class clusters and the 2021 twenty', () => {
    const names = (ed: string) =>
      raw.clusters.filter((c) => c.edition === ed && c.link !== 'group').map((c) => c.name.zh);
    expect(names('2019')).toEqual(['电子信息', '汽车', '智能家电', '机器人', '绿色石化']);
    expect(names('2021')).toHaveLength(20);
  });

  it('has no 2023 stars and no 2023 cluster target it could not quote', () => {
    expect(raw.targets.filter((t) => t.edition === '2023' && t.scope === 'cluster')).toEqual([]);
  });
});

describe('validateEditions rejects', () => {
  const cases: [string, (d: EditionsData) => void, RegExp][] = [
    [
      'a quote that is not in the source',
      (d) => (d.targets[0]!.evidence.quote = '到2022年，电子信息规模突破9万亿元'),
      /targets\[0\].*not verbatim/,
    ],
    [
      'a quote outside the lines it claims',
      (d) => (d.targets[0]!.evidence.lines = [30, 31]),
      /targets\[0\].*not within lines 30–31/,
    ],
    [
      'a value whose written form is not in the quote',
      (d) => (d.targets[0]!.asWritten = '6万亿元'),
      /targets\[0\].*asWritten: not in its quote/,
    ],
    [
      'a quote taken from another edition’s seed',
      (d) => (d.cityRoles[0]!.edition = '2023'),
      /cityRoles\[0\].*is not the source of edition 2023/,
    ],
    [
      'a city the quote does not name',
      (d) => d.cityRoles[0]!.cities.push('441600'),
      /cityRoles\[0\].*河源 is not in its quote/,
    ],
    [
      'an unknown cluster id',
      (d) => (d.clusters[0]!.clusters = ['robots']),
      /unknown cluster "robots"/,
    ],
    [
      'a 2021 cluster missing',
      (d) =>
        (d.clusters = d.clusters.filter((c) => c.key !== 'new-energy' || c.edition !== '2021')),
      /"new-energy" listed 0 times/,
    ],
    [
      'a target year outside the edition’s horizons',
      (d) => (d.targets[0]!.year = 2025),
      /targets\[0\].*year: 2025 is not among edition 2019/,
    ],
    ['an unknown metric', (d) => (d.targets[0]!.metric = 'revenue'), /unknown metric "revenue"/],
    [
      'a programme count not in its quote',
      (d) => (d.programmes[0]!.count = 8),
      /programmes\[0\].*count: 8 is not in its quote/,
    ],
    ['a fourth edition', (d) => d.editions.push(d.editions[0]!), /editions/],
  ];
  it.each(cases)('%s', (_, mutate, message) => {
    const d = copy();
    mutate(d);
    const r = validateEditions(d, ctx);
    expect(r.data).toBeNull();
    expect(r.errors.join('\n')).toMatch(message);
  });
});
