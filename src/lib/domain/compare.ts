/**
 * Cities side by side: one column per city, a row for every dimension the atlas holds (zone and
 * its role, stars per cluster with differences marked, carriers hosted and how precisely they
 * are placed, pairings, the sub-sector roles for a chosen cluster, and subsidy ceilings for a
 * project). Pure: the carrier payload and the subsidy figures come in as arguments.
 */
import type { AtlasIndex } from '../data/atlas';
import type { Rating } from '../data/schema';
import { ratingExport } from './rating';
import { toCsv } from '../data/csv';
import type { Lang } from '../i18n/messages';
import { carriersForCity, type CarrierAtlas } from './carriers';
import { cityRoles } from './city';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 5;

export interface CompareColumn {
  code: string;
  id: string;
  name: string;
  zone: string;
  zoneRole: string;
}

export interface StarsRow {
  cluster: string;
  name: string;
  kind: 'pillar' | 'emerging';
  /** 0–3, or null for a member whose printed level is lost. */
  stars: Rating[];
  /** Not every city has the same rating. */
  differs: boolean;
}

export interface CarrierCell {
  /** Carriers hosted, by placement precision. */
  county: number;
  city: number;
  unknown: number;
  names: string[];
}

export interface Comparison {
  columns: CompareColumn[];
  stars: StarsRow[];
  /** Per city, or null while the carrier payload is not loaded. */
  carriers: CarrierCell[] | null;
  /** Per city: "2023 深圳 → 河源 (helped by)". */
  pairings: { year: number; other: string; role: 'helper' | 'partner' }[][] | null;
  /** Per city, the sub-sector roles of `cluster` that name it. */
  roles: string[][];
  /** Per city, the enterprise's ceiling for the project in yuan (null: no project or no rule). */
  ceilings: (number | null)[] | null;
}

/**
 * The first `n` other cities of the same zone, in the dataset's order: the default peers a city's
 * panel offers to compare with.
 * @example defaultPeers(index, '441600') → ['440200', '441400'] (韶关, 梅州 in the north)
 */
export function defaultPeers(index: AtlasIndex, code: string, n = 2): string[] {
  const zone = index.city(code)?.zone;
  return index.atlas.cities
    .filter((c) => c.zone === zone && c.code !== code)
    .slice(0, n)
    .map((c) => c.code);
}

export function compareCities(
  index: AtlasIndex,
  codes: readonly string[],
  opts: {
    lang: Lang;
    cluster?: string | null;
    carriers?: CarrierAtlas | null;
    ceilings?: ReadonlyMap<string, number | null> | null;
  },
): Comparison {
  const { lang } = opts;
  const cities = codes.flatMap((code) => index.city(code) ?? []);
  const columns = cities.map((c) => {
    const zone = index.atlas.zones.find((z) => z.id === c.zone)!;
    return {
      code: c.code,
      id: c.id,
      name: c.name[lang],
      zone: zone.name[lang],
      zoneRole: zone.role[lang],
    };
  });
  const stars = index.atlas.clusters.map((k) => {
    const values = cities.map((c) => index.stars(k.id, c.code));
    return {
      cluster: k.id,
      name: k.name[lang],
      kind: k.kind,
      stars: values,
      differs: values.some((v) => v !== values[0]),
    };
  });
  const hosted = opts.carriers ? cities.map((c) => carriersForCity(opts.carriers!, c.code)) : null;
  return {
    columns,
    stars,
    carriers: hosted
      ? hosted.map((h) => ({
          county: h.hosted.filter((x) => x.precision === 'county').length,
          city: h.hosted.filter((x) => x.precision === 'city').length,
          unknown: h.hosted.filter((x) => x.precision === 'unknown').length,
          names: h.hosted.map((x) => x.name[lang]),
        }))
      : null,
    pairings: hosted
      ? hosted.map((h) =>
          h.pairings.map((p) => ({
            year: p.pairing.year,
            other: index.city(p.other)?.name[lang] ?? p.other,
            role: p.role,
          })),
        )
      : null,
    roles: cities.map((c) =>
      opts.cluster
        ? cityRoles(index, c.code)
            .filter((r) => r.cluster === opts.cluster)
            .map((r) => `${r.subsector[lang]}: ${r.role[lang]}`)
        : [],
    ),
    ceilings: opts.ceilings ? cities.map((c) => opts.ceilings!.get(c.code) ?? null) : null,
  };
}

/** The comparison as CSV: one row per dimension, one column per city. */
export function comparisonCsv(
  cmp: Comparison,
  labels: { zone: string; role: string; carriers: string; ceiling: string; subsectors: string },
): string {
  const row = (label: string, cells: (string | number)[]) => [label, ...cells];
  return toCsv([
    ['', ...cmp.columns.map((c) => c.name)],
    row(
      labels.zone,
      cmp.columns.map((c) => c.zone),
    ),
    row(
      labels.role,
      cmp.columns.map((c) => c.zoneRole),
    ),
    ...cmp.stars.map((s) => row(s.name, s.stars.map(ratingExport))),
    ...(cmp.carriers
      ? [
          row(
            labels.carriers,
            cmp.carriers.map((c) => c.county + c.city + c.unknown),
          ),
        ]
      : []),
    row(
      labels.subsectors,
      cmp.roles.map((r) => r.join('; ')),
    ),
    ...(cmp.ceilings
      ? [
          row(
            labels.ceiling,
            cmp.ceilings.map((v) => (v === null ? '' : v)),
          ),
        ]
      : []),
  ]);
}
