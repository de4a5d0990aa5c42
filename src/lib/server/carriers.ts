/**
 * Build-time access to `data/platforms.json`: validated, placed on the map data, and cut down to
 * the light `CarrierAtlas` the browser loads from /data/carriers.json (one short citation per
 * carrier, no quote lists). An invalid file fails the build with messages naming each record.
 */
import * as v from 'valibot';
import { describeIssues } from '../data/kit';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import raw from '../../../data/platforms.json';
import citiesTopo from '../../../static/geo/cities.topo.json';
import countiesTopo from '../../../static/geo/counties.topo.json';
import {
  PlatformsDataset,
  type Carrier,
  type Pairing,
  type SEED_SOURCE_IDS,
  type SourceRef,
} from '../data/platforms-schema';
import { placeCarriers, type Placement } from '../domain/placement';
import { glossesFor, placeName } from './glossary';
import type {
  CarrierAtlas,
  FirstSource,
  LightCarrier,
  LightPairing,
  LngLat,
} from '../domain/carriers';

interface CityProps {
  code: string;
  name: string;
  cp?: [number, number];
}
interface CountyProps {
  code: string;
  name: string;
  city: string;
}
export interface CarrierGeo {
  cities: Topology<{ cities: GeometryCollection<CityProps> }>;
  counties: Topology<{ counties: GeometryCollection<CountyProps> }>;
}

/** Short titles of the seed documents for the one citation a popup shows (kept short: 115 carriers repeat them). */
const SEED_LABELS: Record<(typeof SEED_SOURCE_IDS)[number], { zh: string; en: string }> = {
  'gd-manufacturing-powerhouse-opinions-2023': {
    zh: '制造强省意见（2023）',
    en: 'Opinions on a manufacturing powerhouse (2023)',
  },
  'gd-industry-policy-compilation-2021': {
    zh: '工业和信息化政策汇编（2021）',
    en: 'Industry and IT policy compilation (2021)',
  },
  'heyuan-manufacturing-measures-draft': {
    zh: '河源制造业政策措施（征求意见稿）',
    en: 'Heyuan manufacturing policy measures (draft for comment)',
  },
  'foshan-nanhai-manufacturing-action-plan': {
    zh: '南海制造业当家行动方案',
    en: 'Nanhai manufacturing-first action plan',
  },
  'gd-five-world-class-clusters-plan-2019': {
    zh: '五大世界级集群实施方案（2019）',
    en: 'Five world-class clusters plan (2019)',
  },
};

/** Five decimals (~1 m) is far finer than a county-level placement, and halves the coordinates' bytes. */
const round = ([lng, lat]: LngLat): LngLat => [
  Math.round(lng * 1e5) / 1e5,
  Math.round(lat * 1e5) / 1e5,
];

/**
 * One line per schema issue, naming the record by its id so a data editor can find it, e.g.
 * `carriers[3] (main-platform-shaoguan).location.precision: …`.
 */
export { describeIssues };

function firstSource(src: SourceRef): FirstSource {
  return src.kind === 'seed'
    ? {
        kind: 'seed',
        source: src.source,
        label: SEED_LABELS[src.source],
        locator: src.locator,
        quote: src.quote,
      }
    : src.kind === 'reference'
      ? { kind: 'reference', publisher: src.publisher, date: src.date, url: src.url }
      : { kind: 'reprint', byline: src.byline, date: src.date };
}

/** The citation a popup shows: a seed first, then a linked web source, a reprint last. */
const RANK: Record<SourceRef['kind'], number> = { seed: 0, reference: 1, reprint: 2 };
function bestSource(sources: readonly SourceRef[]): SourceRef {
  return [...sources].sort((a, b) => RANK[a.kind] - RANK[b.kind])[0]!;
}

function lightCarrier(
  c: Carrier,
  place: Placement,
  countyName: (code: string | null) => CountyName | null,
): LightCarrier {
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    hostCity: c.hostCity,
    county: c.county,
    countyName: countyName(c.county),
    lngLat: place.lngLat && round(place.lngLat),
    precision: place.precision,
    confidence: c.confidence,
    clusters: [...c.leadIndustries.clusters],
    industries: [...c.leadIndustries.raw],
    partner: c.partner,
    sourceCount: c.sources.length,
    firstSource: firstSource(bestSource(c.sources)),
    ...(c.note ? { note: c.note } : {}),
  };
}

function lightPairing(
  p: Pairing,
  anchor: (city: string) => LngLat,
  countyName: (code: string | null) => CountyName | null,
): LightPairing {
  return {
    id: p.id,
    year: p.year,
    scheme: p.scheme,
    helper: p.helper,
    partner: p.partner,
    helperLngLat: anchor(p.helper),
    partnerLngLat: anchor(p.partner),
    countyPairs: p.countyPairs.map((k) => ({
      helperCounty: k.helperCounty,
      partnerCounty: k.partnerCounty,
      helperCountyName: countyName(k.helperCounty),
      partnerCountyName: countyName(k.partnerCounty),
    })),
    confidence: p.confidence,
  };
}

/** Validate, place and slim a platforms file against the map data. Throws on invalid input. */
export function buildCarrierAtlas(input: unknown, geo: CarrierGeo): CarrierAtlas {
  const parsed = v.safeParse(PlatformsDataset, input);
  if (!parsed.success) {
    const lines = describeIssues(input, parsed.issues);
    throw new Error(`data/platforms.json is invalid:\n  - ${lines.slice(0, 20).join('\n  - ')}`);
  }
  const data = parsed.output;
  const cities = feature(geo.cities, geo.cities.objects.cities) as FeatureCollection<
    Polygon | MultiPolygon,
    CityProps
  >;
  const counties = feature(geo.counties, geo.counties.objects.counties) as FeatureCollection<
    Polygon | MultiPolygon,
    CountyProps
  >;
  const countyNames = new Map(counties.features.map((f) => [String(f.id), f.properties.name]));
  const countyName = (code: string | null): CountyName | null => {
    const zh = code ? countyNames.get(code) : undefined;
    return zh === undefined ? null : { zh, en: placeName(zh) };
  };
  const anchors = new Map(cities.features.map((f) => [String(f.id), f.properties.cp]));
  const anchor = (city: string): LngLat => {
    const cp = anchors.get(city);
    if (!cp) throw new Error(`cities.topo.json has no label anchor (cp) for city ${city}`);
    return [cp[0], cp[1]];
  };
  const placements = placeCarriers(data.carriers, counties, cities);
  const light = {
    version: data.version,
    carriers: data.carriers.map((c, i) => lightCarrier(c, placements[i]!, countyName)),
    pairings: data.pairings.map((p) => lightPairing(p, anchor, countyName)),
    unknowns: data.unknowns.map(({ id, topic, detail, carriers }) => ({
      id,
      topic,
      detail,
      carriers,
    })),
  };
  return { ...light, glosses: glossesFor(carrierStrings(light)) };
}

/** The Chinese a carrier list shows that the glossary renders: its first source, lead industries. */
function carrierStrings(a: Omit<CarrierAtlas, 'glosses'>): string[] {
  const source = (s: FirstSource) =>
    s.kind === 'seed' ? [s.locator, s.quote] : s.kind === 'reference' ? [s.publisher] : [s.byline];
  return a.carriers.flatMap((c) => [...source(c.firstSource), ...c.industries]);
}

type CountyName = { zh: string; en: string };

let cached: CarrierAtlas | null = null;

/** The atlas built from the repository's files, computed once per build. */
export function getCarrierAtlas(): CarrierAtlas {
  cached ??= buildCarrierAtlas(raw, {
    cities: citiesTopo as unknown as CarrierGeo['cities'],
    counties: countiesTopo as unknown as CarrierGeo['counties'],
  });
  return cached;
}
