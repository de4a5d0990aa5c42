/**
 * Export files for the current view. Each carries the source credit and the dataset version:
 * CSV as two extra columns, GeoJSON as foreign members of the collection. Pure.
 */
import type { AtlasIndex } from '../data/atlas';
import type { CityMetric } from '../domain/aggregate';
import { MATRIX_HEADER, toCsv } from '../data/csv';
import { creditFor } from '../domain/credit';
import { starsPeriodDates } from '../domain/plan-period';
import { ratingExport } from '../domain/rating';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface Credit {
  /** The documents the stars come from, in Chinese (the English in `sourceEn`). */
  source: string;
  sourceEn: string;
  version: string;
  date: string;
}

/** The stars' credit: the plan they are printed in, chosen by source id (see domain/credit.ts). */
export function creditOf(index: AtlasIndex): Credit {
  const { text } = creditFor({ stars: true }, index.atlas.sources);
  return {
    source: text.zh,
    sourceEn: text.en,
    version: index.atlas.version,
    date: index.atlas.date,
  };
}

/** The whole matrix, one row per cell, with the credit columns. */
export function matrixExportCsv(index: AtlasIndex): string {
  const c = creditOf(index);
  const { clusters, cities } = index.atlas;
  const rows = clusters.flatMap((k) =>
    cities.map((city) => [
      k.id,
      k.name.zh,
      k.name.en,
      k.kind,
      city.code,
      city.name.zh,
      city.name.en,
      city.zone,
      ratingExport(index.stars(k.id, city.code)),
      index.confidence(k.id, city.code),
      c.version,
      c.source,
    ]),
  );
  return toCsv([[...MATRIX_HEADER, 'dataset_version', 'source'], ...rows]);
}

/** The current selection: one row per city with the measure shown on the map. */
export function selectionCsv(index: AtlasIndex, metric: CityMetric): string {
  const c = creditOf(index);
  const rows = index.atlas.cities.map((city) => {
    const v = metric.byCity.get(city.code);
    return [
      city.code,
      city.name.zh,
      city.name.en,
      city.zone,
      metric.measure,
      metric.clusters.join(' '),
      v?.value ?? 0,
      v?.core ?? '',
      c.version,
      c.source,
    ];
  });
  return toCsv([
    [
      'city_code',
      'city_zh',
      'city_en',
      'zone',
      'measure',
      'clusters',
      'value',
      'core_count',
      'dataset_version',
      'source',
    ],
    ...rows,
  ]);
}

/** Cities with their ratings for every cluster (stars_<id>: 0–3 or "unprinted") and the current measure. */
export function citiesGeoJson(
  index: AtlasIndex,
  metric: CityMetric,
  features: Feature<Geometry, { code: string }>[],
): FeatureCollection & {
  metadata: Credit & {
    measure: string;
    clusters: string[];
    licence: string;
    /** The stars' plan period, "2021-01-01/2025-12-31" (ISO 8601 interval), or null. */
    planPeriod: string | null;
  };
} {
  const c = creditOf(index);
  const period = starsPeriodDates(index.atlas.sources);
  return {
    type: 'FeatureCollection',
    metadata: {
      ...c,
      licence: index.atlas.licence,
      measure: metric.measure,
      clusters: metric.clusters,
      planPeriod: period ? `${period.from}/${period.to}` : null,
    },
    features: features.map((f) => {
      const city = index.city(f.properties.code)!;
      const stars = Object.fromEntries(
        index.atlas.clusters.map((k) => [
          `stars_${k.id}`,
          ratingExport(index.stars(k.id, city.code)),
        ]),
      );
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          code: city.code,
          name_zh: city.name.zh,
          name_en: city.name.en,
          zone: city.zone,
          value: metric.byCity.get(city.code)?.value ?? 0,
          /** Selected clusters hosted with the level not printed (not in `value`'s stars). */
          unprinted: metric.byCity.get(city.code)?.unprinted ?? 0,
          ...stars,
        },
      };
    }),
  };
}

/** A file name for the view: gd-atlas_<clusters or "all">_<version>.<ext> */
export function exportName(metric: CityMetric, version: string, ext: string): string {
  const what = metric.clusters.length ? metric.clusters.join('+') : 'all-clusters';
  return `gd-atlas_${what}_${version}.${ext}`.replace(/[^\w.+-]/g, '_');
}
