import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset, normaliseForQuote } from './validate';
import type { Dataset } from './schema';

const dataDir = new URL('../../../data/', import.meta.url);
const raw = JSON.parse(readFileSync(new URL('clusters.json', dataDir), 'utf8')) as Dataset;
const sources = Object.fromEntries(
  readdirSync(new URL('sources/', dataDir)).map((f) => [
    `sources/${f}`,
    readFileSync(new URL(`sources/${f}`, dataDir), 'utf8'),
  ]),
);

describe('data/clusters.json', () => {
  const { dataset, errors } = validateDataset(raw, sources);

  it('passes the schema, references, verbatim quotes and stated counts', () => {
    expect(errors).toEqual([]);
    expect(dataset).not.toBeNull();
  });

  it('has 21 cities, 20 clusters and all 420 cells, each city in one of the four zones', () => {
    expect(raw.cities).toHaveLength(21);
    expect(raw.clusters).toHaveLength(20);
    expect(new Set(raw.cells.map((c) => `${c.cluster}|${c.city}`)).size).toBe(420);
    const zones = new Set(raw.zones.map((z) => z.id));
    expect(raw.cities.every((c) => zones.has(c.zone))).toBe(true);
  });

  it('puts the cities in the zones the plan names', () => {
    const byZone = (z: string) =>
      raw.cities
        .filter((c) => c.zone === z)
        .map((c) => c.name.zh)
        .sort();
    expect(byZone('prd')).toEqual(
      ['东莞', '中山', '佛山', '广州', '惠州', '江门', '深圳', '珠海', '肇庆'].sort(),
    );
    expect(byZone('east')).toEqual(['揭阳', '汕头', '汕尾', '潮州'].sort());
    expect(byZone('west')).toEqual(['湛江', '茂名', '阳江'].sort());
    expect(byZone('north')).toEqual(['云浮', '梅州', '河源', '清远', '韶关'].sort());
  });

  it('records the plan as a source part with its document number', () => {
    const parts = raw.sources.flatMap((s) => s.parts ?? []);
    expect(parts.find((p) => p.id === 'plan-14th-fyp')?.docNumber).toBe('粤府〔2021〕53号');
  });

  it('quotes the 2025 target of 新一代电子信息 (6.6万亿元)', () => {
    const k = raw.clusters.find((c) => c.id === 'electronic-information')!;
    expect(normaliseForQuote(k.target.text.zh + k.target.evidence.quote)).toMatch(/6\.6万亿元/);
  });

  it('explains every cell that is not high confidence', () => {
    const unexplained = raw.cells.filter((c) => c.confidence !== 'high' && !c.note);
    expect(unexplained.map((c) => `${c.cluster} × ${c.city}`)).toEqual([]);
  });
});
