import { describe, expect, it } from 'vitest';
import { makeIndex } from '../data/fixtures';
import { UNPRINTED_CLASS, cityMetric, countClasses, zoneSummary } from './aggregate';
import { COUNT_COLORS, STAR_COLORS, UNPRINTED_COLOR } from './palette';

describe('cityMetric', () => {
  it('counts clusters hosted and core ratings when nothing is selected', () => {
    const index = makeIndex((k, c) => (c === 0 ? (k < 5 ? 3 : 1) : 0));
    const m = cityMetric(index, [], 'stars');
    expect(m.measure).toBe('hosted');
    expect(m.maxPossible).toBe(20);
    expect(m.byCity.get('440100')).toMatchObject({ value: 20, core: 5 });
    expect(m.byCity.get('440300')).toMatchObject({ value: 0, core: 0, color: COUNT_COLORS[0] });
  });

  it('shows one cluster’s stars with the star palette', () => {
    const index = makeIndex((k, c) => (c % 4) as 0 | 1 | 2 | 3);
    const m = cityMetric(index, ['k1'], 'stars');
    expect(m.measure).toBe('stars');
    expect(m.legend.map((l) => l.color)).toEqual([...STAR_COLORS]);
    expect(m.byCity.get('440600')).toMatchObject({ value: 3, cls: 3 });
  });

  it('sums stars or counts core ratings over several clusters, as the legend says', () => {
    const index = makeIndex((k, c) => (c === 0 ? 3 : c === 1 ? 2 : 0));
    expect(cityMetric(index, ['k1', 'k2'], 'stars').byCity.get('440100')?.value).toBe(6);
    expect(cityMetric(index, ['k1', 'k2'], 'stars').maxPossible).toBe(6);
    expect(cityMetric(index, ['k1', 'k2'], 'core').byCity.get('440300')?.value).toBe(0);
    expect(cityMetric(index, ['k1', 'k2'], 'core').byCity.get('440100')?.value).toBe(2);
  });

  it('ignores unknown cluster ids', () => {
    const index = makeIndex();
    expect(cityMetric(index, ['nope', 'k2'], 'stars').clusters).toEqual(['k2']);
  });
});

describe('countClasses', () => {
  it.each([
    [
      20,
      [
        [0, 0],
        [1, 5],
        [6, 10],
        [11, 15],
        [16, 20],
      ],
    ],
    [
      2,
      [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
    ],
    [0, [[0, 0]]],
  ])('splits 0..%i into classes', (max, ranges) => {
    expect(countClasses(max).map((c) => [c.min, c.max])).toEqual(ranges);
  });
  it('uses the darker colours when there are few classes', () => {
    expect(countClasses(2).map((c) => c.color)).toEqual([
      COUNT_COLORS[0],
      COUNT_COLORS[3],
      COUNT_COLORS[4],
    ]);
  });
});

describe('zoneSummary', () => {
  it('counts each city once at its best level for the selection', () => {
    // Cities 0–8 are the Delta: 440100 core, 440300 key, the rest none.
    const index = makeIndex((k, c) => (c === 0 ? 3 : c === 1 ? 2 : 0));
    const prd = zoneSummary(index, ['k1', 'k2']).find((z) => z.zone === 'prd')!;
    expect(prd).toEqual({ zone: 'prd', cities: 9, core: 1, key: 1, general: 0, unprinted: 0 });
  });
  it('counts ratings in total when nothing is selected', () => {
    const index = makeIndex((k, c) => (c === 0 ? 3 : 0));
    expect(zoneSummary(index, []).find((z) => z.zone === 'prd')!.core).toBe(20);
  });
});

describe('a member whose level is not printed', () => {
  // 440100 (city 0): unprinted in k1, ★★ in k2; 440300 (city 1): unprinted in both.
  const index = makeIndex((k, c) => (c === 0 ? (k === 0 ? null : 2) : c === 1 && k < 2 ? null : 0));

  it('gets its own class and colour for one cluster, never a star level', () => {
    const m = cityMetric(index, ['k1'], 'stars');
    expect(m.byCity.get('440100')).toEqual({
      value: 0,
      core: null,
      unprinted: 1,
      cls: UNPRINTED_CLASS,
      color: UNPRINTED_COLOR,
    });
    expect(m.legend.at(-1)).toMatchObject({ cls: UNPRINTED_CLASS, color: UNPRINTED_COLOR });
  });

  it('counts as hosted, adds no stars to a sum, and is counted apart', () => {
    expect(cityMetric(index, [], 'stars').byCity.get('440300')).toMatchObject({
      value: 2,
      unprinted: 2,
    });
    expect(cityMetric(index, ['k1', 'k2'], 'stars').byCity.get('440100')).toMatchObject({
      value: 2,
      unprinted: 1,
    });
    expect(cityMetric(index, ['k1', 'k2'], 'core').byCity.get('440300')?.value).toBe(0);
  });

  it('is counted apart in the zone summary', () => {
    const prd = zoneSummary(index, ['k1', 'k2']).find((z) => z.zone === 'prd')!;
    expect(prd).toMatchObject({ key: 1, general: 0, unprinted: 1 });
  });

  it('adds no legend class when no city has it', () => {
    expect(cityMetric(index, ['k3'], 'stars').legend).toHaveLength(4);
  });
});
