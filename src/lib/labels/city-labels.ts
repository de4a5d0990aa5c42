/**
 * City labels, drawn as HTML markers by the map view: glyph-free, so they render offline and
 * in any script, and they carry the value as text (stars or numbers), not colour alone.
 */
import type { AtlasIndex } from '../data/atlas';
import type { CityMetric } from '../domain/aggregate';
import type { CityProps } from '../geo/topo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { valueText } from '../domain/describe';

export interface CityLabel {
  code: string;
  lngLat: [number, number];
  name: string;
  /** The value as text: "★★★" for one cluster, "12 · 3★" hosted/core, or a number. */
  value: string;
  /** Full sentence for screen readers and tooltips. */
  description: string;
}

export function buildCityLabels(
  index: AtlasIndex,
  metric: CityMetric,
  features: readonly Feature<Polygon | MultiPolygon, CityProps>[],
  lang: 'zh' | 'en',
  describe: (code: string, v: { value: number; core: number | null }) => string,
): CityLabel[] {
  return features.flatMap((f) => {
    const city = index.city(f.properties.code);
    const v = metric.byCity.get(f.properties.code);
    if (!city || !v || !f.properties.cp) return [];
    const value = valueText(metric, v, lang);
    return [
      {
        code: city.code,
        lngLat: f.properties.cp,
        name: city.name[lang],
        value,
        description: describe(city.code, v),
      },
    ];
  });
}
