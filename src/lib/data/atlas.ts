/**
 * The light, indexed view of the dataset the pages carry: everything needed to draw the map,
 * the matrix and the panels, but no evidence quotes (those load on demand per city).
 */
import type { Bilingual, Confidence } from './kit';
import type { ClusterKind, Dataset, Rating, ZoneId } from './schema';

/** Text in both languages (the kit's `Bilingual`). */
export type Bi = Bilingual;
export interface AtlasCity {
  code: string;
  id: string;
  name: Bi;
  pinyin: string;
  zone: ZoneId;
}
export interface AtlasZone {
  id: ZoneId;
  name: Bi;
  planName: Bi;
  role: Bi;
}
export interface AtlasSubsector {
  n: number;
  name: Bi;
  cities: { city: string; role: Bi }[];
}
export interface AtlasCluster {
  id: string;
  kind: ClusterKind;
  order: number;
  name: Bi;
  pinyin: string;
  target: Bi;
  statedCount: number | null;
  panelTitle: string;
  subsectors: AtlasSubsector[];
}
export interface AtlasSource {
  id: string;
  title: Bi;
  docNumber?: string;
  date?: string;
  /** The documents inside a compilation (the credit picks the plan by part id). */
  parts?: AtlasSource[];
  /** The period a plan covers, as its text states it. */
  period?: { from: string; to: string };
}
export interface Atlas {
  version: string;
  date: string;
  licence: string;
  sources: AtlasSource[];
  zones: AtlasZone[];
  cities: AtlasCity[];
  clusters: AtlasCluster[];
  /** stars[clusterIndex][cityIndex], in the order of `clusters` and `cities`; null = member, level not printed. */
  stars: Rating[][];
  /** 'h' | 'm' | 'l' per cell, same layout as `stars`. */
  confidence: string[];
  contradictions: number;
}

const CONF: Record<Confidence, string> = { high: 'h', medium: 'm', low: 'l' };

export function toAtlas(d: Dataset): Atlas {
  const cityIndex = new Map(d.cities.map((c, i) => [c.code, i]));
  const clusters = [...d.clusters].sort((a, b) =>
    a.kind === b.kind ? a.order - b.order : a.kind === 'pillar' ? -1 : 1,
  );
  const clusterIndex = new Map(clusters.map((c, i) => [c.id, i]));
  const stars: Rating[][] = clusters.map(() => d.cities.map((): Rating => 0));
  const confidence: string[] = clusters.map(() => 'h'.repeat(d.cities.length));
  const confRows = clusters.map(() => d.cities.map(() => 'h'));
  for (const cell of d.cells) {
    const i = clusterIndex.get(cell.cluster)!;
    const j = cityIndex.get(cell.city)!;
    stars[i]![j] = cell.stars;
    confRows[i]![j] = CONF[cell.confidence];
  }
  confRows.forEach((row, i) => (confidence[i] = row.join('')));
  return {
    version: d.version,
    date: d.date,
    licence: d.licence,
    sources: d.sources.map((s) => ({
      ...atlasSource(s),
      ...(s.parts ? { parts: s.parts.map(atlasSource) } : {}),
    })),
    zones: d.zones.map(({ id, name, planName, role }) => ({ id, name, planName, role })),
    cities: d.cities.map(({ code, id, name, pinyin, zone }) => ({ code, id, name, pinyin, zone })),
    clusters: clusters.map((c) => ({
      id: c.id,
      kind: c.kind,
      order: c.order,
      name: c.name,
      pinyin: c.pinyin,
      target: c.target.text,
      statedCount: c.statedCount,
      panelTitle: c.panel.title,
      subsectors: c.subsectors.map((s) => ({ n: s.n, name: s.name, cities: s.cities })),
    })),
    stars,
    confidence,
    contradictions: d.contradictions.length,
  };
}

function atlasSource(s: {
  id: string;
  title: Bi;
  docNumber?: string;
  date?: string;
  period?: { from: string; to: string };
}): AtlasSource {
  return {
    id: s.id,
    title: s.title,
    ...(s.docNumber ? { docNumber: s.docNumber } : {}),
    ...(s.date ? { date: s.date } : {}),
    ...(s.period ? { period: { from: s.period.from, to: s.period.to } } : {}),
  };
}

/** Fast look-ups over an Atlas. */
export class AtlasIndex {
  readonly clusterPos: Map<string, number>;
  readonly cityPos: Map<string, number>;
  readonly cityById: Map<string, AtlasCity>;
  constructor(readonly atlas: Atlas) {
    this.clusterPos = new Map(atlas.clusters.map((c, i) => [c.id, i]));
    this.cityPos = new Map(atlas.cities.map((c, i) => [c.code, i]));
    this.cityById = new Map(atlas.cities.map((c) => [c.id, c]));
  }
  cluster(id: string): AtlasCluster | undefined {
    const i = this.clusterPos.get(id);
    return i === undefined ? undefined : this.atlas.clusters[i];
  }
  city(code: string): AtlasCity | undefined {
    const i = this.cityPos.get(code);
    return i === undefined ? undefined : this.atlas.cities[i];
  }
  /** The cell's rating: 0–3 stars, or null when the city is a member whose level is not printed. */
  stars(clusterId: string, cityCode: string): Rating {
    const i = this.clusterPos.get(clusterId);
    const j = this.cityPos.get(cityCode);
    if (i === undefined || j === undefined) return 0;
    return this.atlas.stars[i]![j]!;
  }
  confidence(clusterId: string, cityCode: string): Confidence {
    const i = this.clusterPos.get(clusterId);
    const j = this.cityPos.get(cityCode);
    const c = i === undefined || j === undefined ? 'h' : this.atlas.confidence[i]![j];
    return c === 'l' ? 'low' : c === 'm' ? 'medium' : 'high';
  }
}

export interface CityEvidence {
  city: string;
  /** English glosses of the quotes and renderings of the locators below. */
  glosses?: Readonly<Record<string, string>>;
  cells: {
    cluster: string;
    stars: Rating;
    confidence: Confidence;
    note?: Bi;
    evidence: { source: string; locator: string; quote: string }[];
  }[];
}

/** The quotes and locators of a city's evidence (what its glosses cover). */
export function evidenceStrings(e: CityEvidence): string[] {
  return e.cells.flatMap((c) => c.evidence.flatMap((x) => [x.quote, x.locator]));
}

/** The quotes behind one city's 20 ratings, served as /data/evidence/<city id>.json. */
export function cityEvidence(d: Dataset, cityCode: string): CityEvidence {
  return {
    city: cityCode,
    cells: d.cells
      .filter((c) => c.city === cityCode)
      .map(({ cluster, stars, confidence, note, evidence }) => ({
        cluster,
        stars,
        confidence,
        ...(note ? { note } : {}),
        evidence,
      })),
  };
}
