/**
 * The schema of `data/platforms.json`: the named carriers (parks, bases, zones, platforms) that
 * Guangdong steers industrial relocation through, and the Delta-to-partner pairings behind them.
 * Types are inferred from the schema; `platforms.test.ts` runs it on the real file.
 *
 * Unknown stays unknown: a missing host city, county, area or partner is `null`, never a guess,
 * and every carrier states how precisely it can be placed and why.
 */
import * as v from 'valibot';

export const PLATFORMS_SCHEMA_VERSION = 1;

import { Bilingual, CityCode, Confidence, CountyCode, nonEmpty, slug } from './kit';

export { Bilingual, CityCode, Confidence, CountyCode };

export const CLUSTER_IDS = [
  'electronic-information',
  'green-petrochemicals',
  'smart-home-appliances',
  'automobiles',
  'advanced-materials',
  'light-industry-textiles',
  'software-it-services',
  'ultra-hd-video-display',
  'biomedicine-health',
  'modern-agriculture-food',
  'semiconductors-ics',
  'high-end-equipment',
  'intelligent-robots',
  'blockchain-quantum',
  'frontier-materials',
  'new-energy',
  'laser-additive-manufacturing',
  'digital-creative',
  'safety-emergency-environmental',
  'precision-instruments',
] as const;
export const ClusterId = v.picklist(CLUSTER_IDS);

export const SEED_SOURCE_IDS = [
  'gd-manufacturing-powerhouse-opinions-2023',
  'gd-industry-policy-compilation-2021',
  'heyuan-manufacturing-measures-draft',
  'foshan-nanhai-manufacturing-action-plan',
  'gd-five-world-class-clusters-plan-2019',
] as const;

export const CarrierKind = v.picklist([
  'main-transfer-platform',
  'agglomeration-zone',
  'special-cooperation-zone',
  'transfer-park',
  'plan-base',
]);
export const Precision = v.picklist(['county', 'city', 'unknown']);

/** A verbatim quote from a seed document; `locator` starts with the line(s), e.g. "L921-L923 专栏4". */
export const SeedSource = v.strictObject({
  kind: v.literal('seed'),
  source: v.picklist(SEED_SOURCE_IDS),
  locator: v.pipe(v.string(), v.regex(/^L\d+(?:-L\d+)?(?: .+)?$/, 'must start with L<line>')),
  quote: nonEmpty,
});

/** A web link: http or https only (Valibot's `url()` alone accepts `javascript:` and `data:`). */
export const HttpUrl = v.pipe(
  v.string(),
  v.url(),
  v.regex(/^https?:\/\//i, 'must be an http(s) URL'),
);

/** A year, year-month or full date, as precise as the source gives it. */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** Host kinds a reader may be sent to; mirrors and spam never get a link (see data/hosts.json). */
export const LinkedHostKind = v.picklist(['official', 'press', 'portal']);
export const HostKind = v.picklist(['official', 'press', 'portal', 'mirror', 'spam']);

/**
 * A fact from the team's research (`data/reference/`) on a page of its original publisher or a
 * reputable host: the publisher as bylined, the date, and the host's kind from `data/hosts.json`.
 */
export const ReferenceSource = v.strictObject({
  kind: v.literal('reference'),
  url: HttpUrl,
  publisher: nonEmpty,
  date: v.nullable(PartialDate),
  hostKind: LinkedHostKind,
  says: nonEmpty,
  confidence: Confidence,
});

/**
 * A fact seen only on a mirror or spam copy: recorded with the original's byline and no link, and
 * its confidence one step lower than the copy's claim would give.
 */
export const ReprintSource = v.strictObject({
  kind: v.literal('reprint'),
  byline: nonEmpty,
  date: v.nullable(PartialDate),
  says: nonEmpty,
  confidence: Confidence,
});

/** A claim the research found only without a byline (or contradicted): kept on record, never shown as fact. */
export const Unconfirmed = v.strictObject({ says: nonEmpty, reason: Bilingual });

export const SourceRef = v.variant('kind', [SeedSource, ReferenceSource, ReprintSource]);

export const Component = v.strictObject({
  name: Bilingual,
  county: v.nullable(CountyCode),
  note: v.nullable(Bilingual),
});

export const LeadIndustries = v.strictObject({
  /** Clusters the sources link the carrier to (for plan bases: the 专栏 that names it). */
  clusters: v.array(ClusterId),
  /** Industry phrases as the sources give them. */
  raw: v.array(nonEmpty),
});

export const Area = v.strictObject({
  value: v.pipe(v.number(), v.gtValue(0, 'must be positive')),
  unit: v.picklist(['km2', 'mu']),
  scope: Bilingual,
  source: SourceRef,
});

export const Location = v.strictObject({ precision: Precision, reason: Bilingual });

export const Carrier = v.pipe(
  v.strictObject({
    id: slug,
    kind: CarrierKind,
    name: Bilingual,
    /** `source`: seen verbatim; `descriptive`: built from the plan's wording; `pattern`: official pattern, not seen. */
    nameBasis: v.picklist(['source', 'descriptive', 'pattern']),
    hostCity: v.nullable(CityCode),
    /** The one county the carrier lies in, when a source (or its name) says so. */
    county: v.nullable(CountyCode),
    /** Every county the sources name for the carrier (it may span several). */
    countiesNamed: v.array(CountyCode),
    /** Counties whose union is exactly the carrier's outline; null unless it is made of whole counties. */
    outlineCounties: v.nullable(v.pipe(v.array(CountyCode), v.minLength(1))),
    partOf: v.nullable(slug),
    /** Helper (Delta) city of a pairing or co-built park. */
    partner: v.nullable(CityCode),
    components: v.array(Component),
    leadIndustries: LeadIndustries,
    area: v.nullable(Area),
    /** Provincially key-supported main platform: true where confirmed, null where unknown. */
    keySupported: v.nullable(v.boolean()),
    confidence: Confidence,
    location: Location,
    sources: v.pipe(v.array(SourceRef), v.minLength(1)),
    unconfirmed: v.optional(v.array(Unconfirmed)),
    note: v.nullable(Bilingual),
  }),
  v.check(
    (c) => c.location.precision === (c.county ? 'county' : c.hostCity ? 'city' : 'unknown'),
    'location.precision must be county with a county, city with only a host city, else unknown',
  ),
  v.check(
    (c) =>
      c.county === null || (c.hostCity !== null && c.county.slice(0, 4) === c.hostCity.slice(0, 4)),
    'county must lie in the host city',
  ),
  v.check(
    (c) => c.county === null || c.countiesNamed.includes(c.county),
    'countiesNamed must include county',
  ),
  v.check(
    (c) => c.partner === null || c.partner !== c.hostCity,
    'partner must differ from host city',
  ),
);

export const CountyPair = v.strictObject({
  /** Null when the helper side is the whole city (中山, 东莞 have no county-level districts) or is not stated. */
  helperCounty: v.nullable(CountyCode),
  partnerCounty: CountyCode,
  note: v.nullable(Bilingual),
});

export const Pairing = v.pipe(
  v.strictObject({
    id: slug,
    year: v.picklist([2021, 2023]),
    /** The scheme as the sources name it (zh), e.g. 对口帮扶协作, 驻镇帮镇扶村, and in English. */
    scheme: Bilingual,
    helper: CityCode,
    partner: CityCode,
    countyPairs: v.array(CountyPair),
    confidence: Confidence,
    sources: v.pipe(v.array(SourceRef), v.minLength(1)),
    unconfirmed: v.optional(v.array(Unconfirmed)),
    note: v.nullable(Bilingual),
  }),
  v.check((p) => p.helper !== p.partner, 'helper and partner must differ'),
);

/** A total the sources state, against what the dataset records. */
export const StatedCount = v.strictObject({
  stated: v.pipe(v.number(), v.integer()),
  recorded: v.pipe(v.number(), v.integer()),
  kind: CarrierKind,
  sources: v.pipe(v.array(SourceRef), v.minLength(1)),
  note: Bilingual,
});

export const Unknown = v.strictObject({
  id: slug,
  topic: nonEmpty,
  detail: Bilingual,
  carriers: v.array(slug),
  sources: v.array(SourceRef),
});

/** A park/base/zone-like phrase in the plan that is deliberately not a carrier, and why. */
export const ExcludedMention = v.strictObject({
  phrase: nonEmpty,
  reason: v.picklist([
    'multi-city',
    'unnamed',
    'not-a-carrier',
    'city-title',
    'region',
    'functional-area',
  ]),
  source: SeedSource,
  note: Bilingual,
});

export const PlatformsDataset = v.strictObject({
  schemaVersion: v.literal(PLATFORMS_SCHEMA_VERSION),
  version: nonEmpty,
  date: v.pipe(v.string(), v.isoDate()),
  carriers: v.pipe(v.array(Carrier), v.minLength(1)),
  pairings: v.array(Pairing),
  counts: v.strictObject({
    mainTransferPlatforms: StatedCount,
    agglomerationZones: StatedCount,
    keySupportedMainPlatforms: StatedCount,
  }),
  unknowns: v.array(Unknown),
  excludedMentions: v.array(ExcludedMention),
});

export type PlatformsDataset = v.InferOutput<typeof PlatformsDataset>;
export type Carrier = v.InferOutput<typeof Carrier>;
export type CarrierKind = v.InferOutput<typeof CarrierKind>;
export type ClusterId = v.InferOutput<typeof ClusterId>;
export type Precision = v.InferOutput<typeof Precision>;
export type Pairing = v.InferOutput<typeof Pairing>;
export type CountyPair = v.InferOutput<typeof CountyPair>;
export type SourceRef = v.InferOutput<typeof SourceRef>;
export type SeedSource = v.InferOutput<typeof SeedSource>;
export type ReferenceSource = v.InferOutput<typeof ReferenceSource>;
export type ReprintSource = v.InferOutput<typeof ReprintSource>;
export type HostKind = v.InferOutput<typeof HostKind>;
export type StatedCount = v.InferOutput<typeof StatedCount>;
export type Unknown = v.InferOutput<typeof Unknown>;
export type ExcludedMention = v.InferOutput<typeof ExcludedMention>;
