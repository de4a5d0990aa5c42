/**
 * The schema of `data/clusters.json`, the canonical dataset. Types are inferred from it;
 * `scripts/validate-data.ts` runs it before every build and a unit test runs it on the real file.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

import {
  Bilingual,
  CityCode as cityCode,
  Confidence,
  nonEmpty,
  slug,
  sourceFile,
  isoDate,
} from './kit';
import { Basis } from './confidence';

export { Bilingual, Confidence };

export const ZoneId = v.picklist(['prd', 'east', 'west', 'north']);
export const ClusterKind = v.picklist(['pillar', 'emerging']);
export const Stars = v.picklist([0, 1, 2, 3]);

/** A verbatim quote from a registered source, located by section or line. */
export const Evidence = v.strictObject({
  source: slug,
  locator: nonEmpty,
  quote: nonEmpty,
});

/** A document inside a compilation file (the 2021 汇编 holds several policy texts). */
export const SourcePart = v.strictObject({
  id: slug,
  title: Bilingual,
  issuer: v.optional(Bilingual),
  docNumber: v.optional(nonEmpty),
  date: v.optional(nonEmpty),
  /** First and last line (1-based) of the part in the source file. */
  lines: v.tuple([v.number(), v.number()]),
  /** The period a plan covers, with the words of the text that state it (gated as a quote). */
  period: v.optional(
    v.strictObject({
      from: isoDate,
      to: isoDate,
      quote: nonEmpty,
      locator: nonEmpty,
      /** How the quoted words give the dates. */
      basis: Bilingual,
    }),
  ),
});

export const Source = v.strictObject({
  id: slug,
  file: sourceFile,
  title: Bilingual,
  issuer: v.optional(Bilingual),
  docNumber: v.optional(nonEmpty),
  date: v.optional(nonEmpty),
  seed: v.optional(nonEmpty),
  note: v.optional(Bilingual),
  parts: v.optional(v.array(SourcePart)),
});

export const Zone = v.strictObject({
  id: ZoneId,
  name: Bilingual,
  planName: Bilingual,
  role: Bilingual,
  evidence: v.pipe(v.array(Evidence), v.minLength(1)),
});

export const City = v.strictObject({
  code: cityCode,
  id: slug,
  name: Bilingual,
  pinyin: nonEmpty,
  zone: ZoneId,
  /** Column totals printed in the appendix tables, per cluster kind, with the quote. */
  statedCounts: v.strictObject({
    pillar: v.nullable(v.number()),
    emerging: v.nullable(v.number()),
  }),
});

/** A city's role in a sub-sector: the 专栏's words (zh) and their English. */
export const CityRole = v.strictObject({ city: cityCode, role: Bilingual });

export const Subsector = v.strictObject({
  n: v.pipe(v.number(), v.integer(), v.minValue(1)),
  name: Bilingual,
  cities: v.array(CityRole),
  evidence: Evidence,
});

export const Cluster = v.strictObject({
  id: slug,
  kind: ClusterKind,
  order: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
  name: Bilingual,
  pinyin: nonEmpty,
  target: v.strictObject({ text: Bilingual, evidence: Evidence }),
  /** Row total printed in the appendix table ("具有布局该产业集群的地市数量"). */
  statedCount: v.nullable(v.number()),
  panel: v.strictObject({ title: nonEmpty, locator: nonEmpty }),
  subsectors: v.array(Subsector),
});

/** A cell's rating: 0–3 stars, or null for "member, level not printed". */
export const Rating = v.nullable(Stars);

export const Cell = v.strictObject({
  cluster: slug,
  city: cityCode,
  /** null: the city hosts the cluster (lists, counts, text) but its level is printed nowhere. */
  stars: Rating,
  /** What the table, the map list and the texts say about the cell; the confidence follows from it. */
  basis: Basis,
  confidence: Confidence,
  evidence: v.pipe(v.array(Evidence), v.minLength(1)),
  /** How the rating was read, in both languages. */
  note: v.optional(Bilingual),
});

export const CountException = v.strictObject({
  scope: v.picklist(['cluster', 'city']),
  /** Cluster id, or city code with kind, e.g. "440100:pillar". */
  key: nonEmpty,
  stated: v.number(),
  reconstructed: v.number(),
  reason: Bilingual,
});

export const Contradiction = v.strictObject({
  id: slug,
  topic: Bilingual,
  description: Bilingual,
  decision: Bilingual,
  confidence: Confidence,
  cells: v.optional(v.array(v.strictObject({ cluster: slug, city: cityCode }))),
});

export const Dataset = v.strictObject({
  schemaVersion: v.literal(SCHEMA_VERSION),
  version: nonEmpty,
  date: v.pipe(v.string(), v.isoDate()),
  licence: nonEmpty,
  sources: v.pipe(v.array(Source), v.minLength(1)),
  zones: v.pipe(v.array(Zone), v.length(4)),
  /** The 21 cities; the validator names a missing one. */
  cities: v.pipe(v.array(City), v.minLength(1)),
  clusters: v.pipe(v.array(Cluster), v.length(20)),
  /** One per (cluster, city); the validator names a missing or duplicate cell. */
  cells: v.array(Cell),
  countExceptions: v.array(CountException),
  contradictions: v.array(Contradiction),
});

export type Dataset = v.InferOutput<typeof Dataset>;
export type Source = v.InferOutput<typeof Source>;
export type Zone = v.InferOutput<typeof Zone>;
export type ZoneId = v.InferOutput<typeof ZoneId>;
export type City = v.InferOutput<typeof City>;
export type Cluster = v.InferOutput<typeof Cluster>;
export type ClusterKind = v.InferOutput<typeof ClusterKind>;
export type Cell = v.InferOutput<typeof Cell>;
export type Evidence = v.InferOutput<typeof Evidence>;
export type Stars = v.InferOutput<typeof Stars>;
export type Rating = v.InferOutput<typeof Rating>;
