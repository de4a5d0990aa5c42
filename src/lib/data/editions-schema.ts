/**
 * The schema of `data/editions.json`: three editions of the province's cluster policy (the 2019
 * five-cluster plan, the 2021 14th Five-Year plan, the 2023 powerhouse opinions), each item
 * quoted verbatim with its lines. Types are inferred; `validateEditions` adds the rules a schema
 * cannot state (references, quotes in their lines, written values inside their quotes).
 */
import * as v from 'valibot';
import { nonEmpty, slug } from './kit';
import { Bilingual, ZoneId } from './schema';

export const EDITIONS_SCHEMA_VERSION = 1;

const cityCode = v.pipe(v.string(), v.regex(/^44\d{2}00$/, 'must be a 6-digit city code'));
const line = v.pipe(v.number(), v.integer(), v.minValue(1));
const year = v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100));

export const EditionId = v.picklist(['2019', '2021', '2023']);

/** A verbatim quote (whitespace aside) lying within lines [first, last] of its source file. */
export const LineQuote = v.strictObject({
  source: slug,
  lines: v.pipe(
    v.tuple([line, line]),
    v.check(([a, b]) => a <= b, 'first line after last'),
  ),
  quote: nonEmpty,
});

export const Edition = v.strictObject({
  id: EditionId,
  year,
  source: slug,
  title: Bilingual,
  docNumber: v.optional(nonEmpty),
  /** Issue date as the text prints it (ISO); absent when the text gives none. */
  date: v.optional(v.pipe(v.string(), v.isoDate())),
  status: v.optional(Bilingual),
  /** The target years the edition names. */
  horizons: v.pipe(v.array(year), v.minLength(1)),
  evidence: LineQuote,
});

/**
 * How an edition names a cluster. 2019 `world-class`; 2021 `pillar` / `emerging`; 2023 names
 * clusters to become new trillion-yuan (`new-trillion`) or new over-500-billion
 * (`new-5000yi`) clusters, lists one among traditional industries to upgrade, and keeps the ten
 * and ten as groups.
 */
export const Tier = v.picklist([
  'world-class',
  'pillar',
  'emerging',
  'new-trillion',
  'new-5000yi',
  'traditional-upgrade',
]);
/** same name, renamed, or a group that holds the linked clusters without naming them. */
export const LinkKind = v.picklist(['same', 'renamed', 'group']);

export const EditionCluster = v.strictObject({
  edition: EditionId,
  key: slug,
  /** As the edition writes it (zh is verbatim in the quote). */
  name: Bilingual,
  tier: Tier,
  /** The ids in data/clusters.json this entry corresponds to. */
  clusters: v.pipe(v.array(slug), v.minLength(1)),
  link: LinkKind,
  evidence: LineQuote,
});

export const Metric = v.strictObject({ id: slug, name: Bilingual, unit: Bilingual });

/** `over` 超过/突破/超, `at-least` …以上, `reach` 达到, `about` 约/接近/左右, `none` not numeric. */
export const Bound = v.picklist(['over', 'at-least', 'reach', 'about', 'none']);

export const Target = v.strictObject({
  edition: EditionId,
  scope: v.picklist(['province', 'cluster']),
  /** data/clusters.json id, for cluster targets. */
  cluster: v.optional(slug),
  /** The edition cluster's key, for cluster targets. */
  key: v.optional(slug),
  year,
  metric: slug,
  /** In the metric's unit (money in 亿元); null for a goal without a number. */
  value: v.nullable(v.number()),
  bound: Bound,
  /** The words the value was read from; they lie inside the quote. */
  asWritten: nonEmpty,
  note: v.optional(Bilingual),
  evidence: LineQuote,
});

export const EditionZone = v.strictObject({
  edition: EditionId,
  /** The atlas zones the edition's zone covers. */
  zones: v.pipe(v.array(ZoneId), v.minLength(1)),
  name: Bilingual,
  role: Bilingual,
  /** Quotes the name (and the role, unless `roleEvidence` does). */
  evidence: LineQuote,
  roleEvidence: v.optional(LineQuote),
});

export const CityRole = v.strictObject({
  edition: EditionId,
  /** Every city named in the quote for this role. */
  cities: v.pipe(v.array(cityCode), v.minLength(1)),
  role: Bilingual,
  evidence: LineQuote,
});

export const FutureIndustry = v.strictObject({
  edition: EditionId,
  /** A named future-industry cluster, or a field. */
  kind: v.picklist(['cluster', 'field']),
  name: Bilingual,
  evidence: LineQuote,
});

/** A cluster, or one of its 专栏 sub-sectors (numbered as in the 2021 plan). */
export const ClusterRef = v.strictObject({
  cluster: slug,
  subsector: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export const Industry = v.strictObject({
  edition: EditionId,
  kind: v.picklist(['priority', 'traditional-upgrade']),
  name: Bilingual,
  /** Where the 2021 plan places it; empty when no cluster or sub-sector carries the name. */
  links: v.array(ClusterRef),
  evidence: LineQuote,
});

export const Programme = v.strictObject({
  edition: EditionId,
  name: Bilingual,
  /** How many the text says; null when it gives no number. */
  count: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  evidence: LineQuote,
});

export const EditionsData = v.strictObject({
  schemaVersion: v.literal(EDITIONS_SCHEMA_VERSION),
  editions: v.pipe(v.array(Edition), v.length(3)),
  metrics: v.pipe(v.array(Metric), v.minLength(1)),
  clusters: v.array(EditionCluster),
  targets: v.array(Target),
  zones: v.array(EditionZone),
  cityRoles: v.array(CityRole),
  futureIndustries: v.array(FutureIndustry),
  industries: v.array(Industry),
  programmes: v.array(Programme),
});

export type EditionsData = v.InferOutput<typeof EditionsData>;
export type EditionId = v.InferOutput<typeof EditionId>;
export type Edition = v.InferOutput<typeof Edition>;
export type EditionCluster = v.InferOutput<typeof EditionCluster>;
export type Tier = v.InferOutput<typeof Tier>;
export type Metric = v.InferOutput<typeof Metric>;
export type Target = v.InferOutput<typeof Target>;
export type EditionZone = v.InferOutput<typeof EditionZone>;
export type CityRole = v.InferOutput<typeof CityRole>;
export type FutureIndustry = v.InferOutput<typeof FutureIndustry>;
export type Industry = v.InferOutput<typeof Industry>;
export type Programme = v.InferOutput<typeof Programme>;
export type LineQuote = v.InferOutput<typeof LineQuote>;
