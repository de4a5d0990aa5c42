import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { buildCityLabels } from './city-labels';
import { makeIndex } from '../data/fixtures';
import { cityMetric } from '../domain/aggregate';
import type { CityProps } from '../geo/topo';

describe('buildCityLabels', () => {
  const feature = (code: string): Feature<Polygon | MultiPolygon, CityProps> => ({
    type: 'Feature',
    properties: { code, name: '', cp: [113, 23] },
    geometry: { type: 'Polygon', coordinates: [] },
  });
  it('writes stars as glyphs for one cluster and counts with core for none', () => {
    const index = makeIndex((k, c) => (c === 0 && k < 2 ? 3 : 0));
    const one = buildCityLabels(
      index,
      cityMetric(index, ['k1'], 'stars'),
      [feature('440100')],
      'zh',
      () => 'd',
    );
    expect(one[0]).toMatchObject({ code: '440100', name: '城01', value: '★★★', lngLat: [113, 23] });
    const none = buildCityLabels(
      index,
      cityMetric(index, [], 'stars'),
      [feature('440100')],
      'en',
      () => 'd',
    );
    expect(none[0]).toMatchObject({ name: 'City 01', value: '2 · 2★' });
  });
  it('skips features that are not cities of the dataset', () => {
    const index = makeIndex();
    expect(
      buildCityLabels(index, cityMetric(index, [], 'stars'), [feature('999900')], 'zh', () => ''),
    ).toEqual([]);
  });
});
