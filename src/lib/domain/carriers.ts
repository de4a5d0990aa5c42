/**
 * The light carrier atlas the browser receives from /data/carriers.json (built by
 * `$lib/server/carriers`), and the pure questions the map and panels ask of it. Types live here,
 * not in the server module, so components can import them without pulling in server code.
 */
import type { CarrierKind, Pairing, Precision } from '../data/platforms-schema';
import type { Confidence } from '../data/kit';

import type { LngLat } from './placement';

export type { CarrierKind, Precision, LngLat };
export type { Confidence };
export type PairingYear = Pairing['year'];

/**
 * One short citation for a popup: a seed quote at its lines; a web page by its publisher and date
 * (linked: only official, press and portal hosts get here); or a reprinted copy, named by the
 * original's byline and never linked.
 */
export type FirstSource =
  | {
      kind: 'seed';
      source: string;
      label: { zh: string; en: string };
      locator: string;
      quote: string;
    }
  | { kind: 'reference'; publisher: string; date: string | null; url: string }
  | { kind: 'reprint'; byline: string; date: string | null };

export interface LightCarrier {
  id: string;
  kind: CarrierKind;
  name: { zh: string; en: string };
  hostCity: string | null;
  county: string | null;
  /** The county's name (zh) from the map data, when `county` is set. */
  /** The county's name as the map data has it, and in English (data/glossary.json places). */
  countyName: { zh: string; en: string } | null;
  /** Where the map draws it; null when `precision` is 'unknown'. */
  lngLat: LngLat | null;
  precision: Precision;
  confidence: Confidence;
  /** Cluster ids the sources link it to. */
  clusters: string[];
  /** Industry phrases as the sources give them (zh). */
  industries: string[];
  /** Helper (Delta) city of a pairing or co-built park. */
  partner: string | null;
  sourceCount: number;
  firstSource: FirstSource;
  note?: { zh: string; en: string };
}

export interface LightCountyPair {
  helperCounty: string | null;
  partnerCounty: string;
  helperCountyName: { zh: string; en: string } | null;
  partnerCountyName: { zh: string; en: string } | null;
}

export interface LightPairing {
  id: string;
  year: PairingYear;
  scheme: { zh: string; en: string };
  /** Delta city that helps. */
  helper: string;
  /** City it helps. */
  partner: string;
  /** City label anchors, so arcs end where the city names are drawn. */
  helperLngLat: LngLat;
  partnerLngLat: LngLat;
  countyPairs: LightCountyPair[];
  confidence: Confidence;
}

export interface LightUnknown {
  id: string;
  topic: string;
  detail: { zh: string; en: string };
  carriers: string[];
}

export interface CarrierAtlas {
  version: string;
  carriers: LightCarrier[];
  pairings: LightPairing[];
  unknowns: LightUnknown[];
  /** English glosses of the quotes and industries, renderings of locators, publishers, bylines and counties. */
  glosses?: Readonly<Record<string, string>>;
}

/** Legend order: the most important kind first. */
export const CARRIER_KINDS: readonly CarrierKind[] = [
  'main-transfer-platform',
  'agglomeration-zone',
  'special-cooperation-zone',
  'transfer-park',
  'plan-base',
];
export const PRECISIONS: readonly Precision[] = ['county', 'city', 'unknown'];

export interface KindStyle {
  /** Okabe–Ito hue as hex, for the legend. */
  color: string;
  rgb: [number, number, number];
  /** Marker radius in pixels; bigger for the kinds that matter most. */
  radius: number;
}

/**
 * Okabe–Ito hues, colour-blind safe and unlike the YlGnBu fills underneath. Plan bases, the
 * most numerous and least weighty kind, are the smallest and a neutral black.
 */
export const KIND_STYLE: Record<CarrierKind, KindStyle> = {
  'main-transfer-platform': { color: '#D55E00', rgb: [213, 94, 0], radius: 9 },
  'agglomeration-zone': { color: '#CC79A7', rgb: [204, 121, 167], radius: 8 },
  'special-cooperation-zone': { color: '#009E73', rgb: [0, 158, 115], radius: 8 },
  'transfer-park': { color: '#E69F00', rgb: [230, 159, 0], radius: 7 },
  'plan-base': { color: '#000000', rgb: [0, 0, 0], radius: 5 },
};

export interface PrecisionStyle {
  /** Fill alpha (0–255): solid for a known county, faint for a city-level guess. */
  fillAlpha: number;
  /** Outline: white halo around a solid dot, or the kind's colour as a ring. */
  line: 'halo' | 'kind';
  lineWidth: number;
}

/**
 * How precision reads on the map: a solid dot sits in its county; a ring with a faint fill only
 * says "somewhere in this city". The faint fill (not 0) keeps the whole disc pickable.
 */
export const PRECISION_STYLE: Record<Exclude<Precision, 'unknown'>, PrecisionStyle> = {
  county: { fillAlpha: 235, line: 'halo', lineWidth: 1 },
  city: { fillAlpha: 40, line: 'kind', lineWidth: 2 },
};

const asSet = (ids: Iterable<string>) => new Set(ids);

/**
 * Carriers linked to any of the selected clusters; none when nothing is selected.
 *
 * @example carriersForCluster(atlas, ['automobiles']) // carriers whose clusters include it
 */
export function carriersForCluster(
  atlas: CarrierAtlas,
  clusterIds: Iterable<string>,
): LightCarrier[] {
  const selected = asSet(clusterIds);
  if (selected.size === 0) return [];
  return atlas.carriers.filter((c) => c.clusters.some((id) => selected.has(id)));
}

export interface CityPairing {
  pairing: LightPairing;
  /** The city's side of the pairing. */
  role: 'helper' | 'partner';
  /** The city on the other side. */
  other: string;
}

export interface CityCarriers {
  /** Carriers the city hosts. */
  hosted: LightCarrier[];
  /** Carriers elsewhere that the city co-builds as helper (`partner`). */
  helped: LightCarrier[];
  /** Pairings the city is on either side of, with the city on the other side. */
  pairings: CityPairing[];
}

/** Everything the city panel lists about carriers for one city. */
export function carriersForCity(atlas: CarrierAtlas, cityCode: string): CityCarriers {
  return {
    hosted: atlas.carriers.filter((c) => c.hostCity === cityCode),
    helped: atlas.carriers.filter((c) => c.partner === cityCode),
    pairings: atlas.pairings.flatMap((pairing): CityPairing[] =>
      pairing.helper === cityCode
        ? [{ pairing, role: 'helper', other: pairing.partner }]
        : pairing.partner === cityCode
          ? [{ pairing, role: 'partner', other: pairing.helper }]
          : [],
    ),
  };
}

export function pairingsForYear(atlas: CarrierAtlas, year: PairingYear): LightPairing[] {
  return atlas.pairings.filter((p) => p.year === year);
}
