/** CSV writing (RFC 4180 quoting), shared by the published matrix and the exports. */
import type { Dataset } from './schema';
import { creditFor } from '../domain/credit';
import { ratingExport } from '../domain/rating';

export function csvField(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const MATRIX_HEADER = [
  'cluster_id',
  'cluster_zh',
  'cluster_en',
  'kind',
  'city_code',
  'city_zh',
  'city_en',
  'zone',
  'stars',
  'confidence',
] as const;

/**
 * The tidy matrix: one row per (cluster, city) cell, clusters in plan order, cities in table order.
 * `stars` is 0–3, or `unprinted` for a member whose level is not printed; `source` credits the
 * plan the stars come from.
 */
export function matrixRows(d: Dataset): (string | number)[][] {
  const source = creditFor({ stars: true }, d.sources).text.zh;
  const clusters = [...d.clusters].sort((a, b) =>
    a.kind === b.kind ? a.order - b.order : a.kind === 'pillar' ? -1 : 1,
  );
  const cell = new Map(d.cells.map((c) => [`${c.cluster}|${c.city}`, c]));
  return clusters.flatMap((k) =>
    d.cities.map((city) => {
      const c = cell.get(`${k.id}|${city.code}`)!;
      return [
        k.id,
        k.name.zh,
        k.name.en,
        k.kind,
        city.code,
        city.name.zh,
        city.name.en,
        city.zone,
        ratingExport(c.stars),
        c.confidence,
        source,
      ];
    }),
  );
}

export function matrixCsv(d: Dataset): string {
  return toCsv([[...MATRIX_HEADER, 'source'], ...matrixRows(d)]);
}
