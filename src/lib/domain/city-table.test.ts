import { describe, expect, it } from 'vitest';
import { makeIndex } from '../data/fixtures';
import { cityMetric } from './aggregate';
import { cityTable } from './city-table';

// Cluster k1: city 0 core, cities 1 and 2 key, the rest not laid out.
const index = makeIndex((k, c) => (k === 0 ? ([3, 2, 2][c] ?? 0) : 0) as 0 | 1 | 2 | 3);
const metric = cityMetric(index, ['k1'], 'stars');

describe('cityTable', () => {
  it('ranks all 21 cities by value, ties sharing a rank', () => {
    const rows = cityTable(index, metric, 'en');
    expect(rows).toHaveLength(21);
    expect(rows.slice(0, 4).map((r) => [r.name, r.value, r.rank])).toEqual([
      ['City 01', 3, 1],
      ['City 03', 2, 2],
      ['City 04', 2, 2],
      [rows[3]!.name, 0, 4],
    ]);
  });

  it('sorts by city name or zone, and reverses on request', () => {
    const byName = cityTable(index, metric, 'en', 'city').map((r) => r.name);
    expect(byName).toEqual([...byName].sort());
    const reversed = cityTable(index, metric, 'en', 'value', true);
    expect(reversed.at(-1)!.value).toBe(3);
    const byZone = cityTable(index, metric, 'zh', 'zone');
    const order = byZone.map((r) => r.zoneOrder);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('writes names and zones in the view language', () => {
    expect(cityTable(index, metric, 'zh')[0]!.name).toBe('城01');
  });
});
