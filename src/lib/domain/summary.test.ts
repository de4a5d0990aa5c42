import { describe, expect, it } from 'vitest';
import { makeIndex } from '../data/fixtures';
import { cityMetric } from './aggregate';
import { rankedGroups, textSummary } from './summary';

describe('rankedGroups', () => {
  it('groups cities by star level, core first, for one cluster', () => {
    const index = makeIndex((k, c) => (c < 2 ? 3 : c < 5 ? 1 : 0));
    const groups = rankedGroups(index, cityMetric(index, ['k1'], 'stars'), 'zh');
    expect(groups.map((g) => [g.label, g.cities.length])).toEqual([
      ['核心', 2],
      ['一般', 3],
      ['未布局', 16],
    ]);
  });

  it('ranks by the aggregate number when several clusters are selected', () => {
    const index = makeIndex((k, c) => (c === 0 ? 3 : 0));
    const groups = rankedGroups(index, cityMetric(index, ['k1', 'k2'], 'stars'), 'en');
    expect(groups[0]).toMatchObject({ label: '6', value: 6, cities: [{ code: '440100' }] });
  });
});

describe('textSummary', () => {
  it('names the core cities first in a sentence', () => {
    const index = makeIndex((k, c) => (c < 2 ? 3 : 0));
    const s = textSummary(index, cityMetric(index, ['k1'], 'stars'), 'New energy', 'en');
    expect(s).toBe(
      `New energy — core: City 01, City 03; not laid out: ${index.atlas.cities
        .slice(2)
        .map((c) => c.name.en)
        .join(', ')}`,
    );
  });
});
