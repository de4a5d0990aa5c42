/**
 * The schema of `data/subsidies.json`: subsidy and qualification rules whose terms differ by city
 * or region, each number tied to the verbatim quote it was read from. Types are inferred from it;
 * `validate.ts` adds the checks a schema cannot state (references, figures, quotes).
 */
import * as v from 'valibot';
import { DIGITAL_TYPES, INPUT_FIELD_IDS } from './inputs';

export const SUBSIDY_SCHEMA_VERSION = 1;

import { Bilingual, CityCode as cityCode, isoDate, nonEmpty, slug, sourceFile } from '../data/kit';
const yuan = v.pipe(v.number(), v.safeInteger('must be whole yuan'), v.minValue(0));

export { Bilingual };

/** A verbatim passage of a source file; `lines` are the 1-based first and last line it spans. */
export const Quote = v.strictObject({
  id: slug,
  /** Defaults to the rule's source. */
  source: v.optional(slug),
  locator: nonEmpty,
  lines: v.tuple([v.pipe(v.number(), v.integer()), v.pipe(v.number(), v.integer())]),
  text: nonEmpty,
});

/** How the text writes a number ("700 万元") and which quote holds it. */
const written = { asWritten: nonEmpty, quote: slug };

export const Comparator = v.picklist(['>=', '>']);

export const Threshold = v.strictObject({
  field: v.picklist(INPUT_FIELD_IDS),
  comparator: Comparator,
  /** The words that set the comparator, e.g. "不低于", "以上", "为正数". */
  wording: nonEmpty,
  /** In the field's unit: yuan, percent, score points or years. */
  value: v.number(),
  ...written,
  /** Set when the threshold is one way of meeting an `indicatorOptions` entry, not a must. */
  option: v.optional(slug),
});

export const Rate = v.strictObject({
  /** The rate used for the maximum amount. */
  maxPercent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  /** Lower end when the text gives a range ("1-2%"). */
  minPercent: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  /** True when the text says "不超过"/"最高": the rate is a ceiling, not a promise. */
  ceiling: v.boolean(),
  ...written,
});

export const Money = v.strictObject({ yuan, ...written });

export const Tier = v.strictObject({
  id: slug,
  label: Bilingual,
  /** City codes in the order the text lists them. */
  cities: v.pipe(v.array(cityCode), v.minLength(1)),
  /** 'listed': the rule names these cities; 'inferred': it names a region, see the note. */
  membership: v.picklist(['listed', 'inferred']),
  membershipQuote: slug,
  membershipNote: v.optional(Bilingual),
  thresholds: v.array(Threshold),
  rate: v.nullable(Rate),
  cap: v.nullable(Money),
  /** A fixed sum ("给予120万元奖励"), instead of a rate or cap. */
  fixed: v.nullable(Money),
  /** The text promises support but states no amount (or one the engine cannot compute): why. */
  noAmount: v.optional(Bilingual),
});

export const Variant = v.strictObject({
  id: v.picklist(DIGITAL_TYPES),
  label: Bilingual,
  cap: Money,
});

export const CaveatKind = v.picklist([
  'ceiling',
  'competitive-review',
  'budget',
  'discretionary',
  'clawback',
  'condition',
  'draft',
  'other',
]);

export const Caveat = v.strictObject({ kind: CaveatKind, text: Bilingual, quote: slug });

export const Recipient = v.picklist(['enterprise', 'city-government', 'individual', 'other']);

export const RuleKind = v.picklist(['grant', 'qualification', 'financing']);

/** The status a text gives itself; "expired" and "not yet in force" are worked out as of a date. */
export const BaseStatus = v.picklist(['in-force', 'draft', 'plan']);

/**
 * One end of a window as the text gives it. 'stated': the text writes the date (`asWritten`, in
 * the quote); 'computed': worked out from a term the text states (`term`, in the quote, e.g.
 * "有效期5年"); 'unknown': the text gives no date, and `date` is null.
 */
export const DatePoint = v.strictObject({
  date: v.nullable(isoDate),
  basis: v.picklist(['stated', 'computed', 'unknown']),
  asWritten: v.optional(nonEmpty),
  term: v.optional(nonEmpty),
  quote: v.optional(slug),
  note: v.optional(Bilingual),
});

/** Issued, in force from, in force to (inclusive); quotes are the record's own. */
export const Validity = v.strictObject({
  issued: DatePoint,
  from: DatePoint,
  to: DatePoint,
  note: v.optional(Bilingual),
});

export const ProjectPeriod = v.strictObject({
  /** 'overlap': only what falls inside counts; 'within': the project must lie wholly inside. */
  mode: v.picklist(['overlap', 'within']),
  from: v.nullable(isoDate),
  to: v.nullable(isoDate),
  /** What must fall in the period, e.g. 新增实际固定资产投资, or the project's start and end. */
  what: Bilingual,
  quote: slug,
});

export const Rule = v.strictObject({
  id: slug,
  title: Bilingual,
  /** grant: money; qualification: a status, no money; financing: a loan service, not a grant. */
  kind: RuleKind,
  level: v.picklist(['province', 'city', 'district']),
  status: BaseStatus,
  source: v.strictObject({
    id: slug,
    document: nonEmpty,
    docNumber: v.optional(nonEmpty),
    locator: nonEmpty,
  }),
  /** District-level rules only: the district and its prefecture-level city. */
  district: v.optional(v.strictObject({ id: slug, name: Bilingual, city: cityCode, quote: slug })),
  quotes: v.pipe(v.array(Quote), v.minLength(1)),
  /** The document the rule is in (see `documents`). */
  document: slug,
  validity: Validity,
  /** When the project itself must fall in a period (investment made in 2021–2025; a project
   * started on or after 2018-03-20 and finished before the call). */
  projectPeriod: v.optional(ProjectPeriod),
  recipient: Recipient,
  recipientNote: v.optional(Bilingual),
  recipientQuote: v.optional(slug),
  /** What the rate applies to; null when the rule has no rate or the text names no base. */
  base: v.nullable(
    v.strictObject({
      field: v.nullable(v.picklist(INPUT_FIELD_IDS)),
      label: Bilingual,
    }),
  ),
  /** What one amount is for, e.g. per project, per enterprise per year, per person. */
  amountUnit: Bilingual,
  /** Rules about an event (an award, a listing) run only when the project claims it. */
  trigger: v.nullable(v.strictObject({ claim: slug })),
  tiers: v.pipe(v.array(Tier), v.minLength(1)),
  /** Per-type caps (the digital benchmark); the project must give its type. */
  variants: v.optional(v.pipe(v.array(Variant), v.minLength(1))),
  /** "At least one of": met by a claim or by every threshold carrying the option's id. */
  indicatorOptions: v.optional(
    v.array(v.strictObject({ id: slug, label: Bilingual, claim: v.optional(slug) })),
  ),
  notCovered: v.array(v.strictObject({ city: cityCode, note: Bilingual, quotes: v.array(slug) })),
  caveats: v.array(Caveat),
  /** Thresholds the text lets be lowered for a class of applicant ("可适当降低不超过 20%"). */
  relief: v.optional(
    v.strictObject({
      claim: slug,
      fields: v.pipe(v.array(v.picklist(INPUT_FIELD_IDS)), v.minLength(1)),
      maxPercent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
      ...written,
    }),
  ),
  /** A fixed sum per person: multiplied by the project's head count for the trigger's claim. */
  perHead: v.optional(v.strictObject({ quote: slug })),
  /** This rule restates another (same money); totals never count both. */
  restates: v.optional(slug),
  note: v.optional(Bilingual),
});

export const Claim = v.strictObject({ id: slug, label: Bilingual });

/** A policy document inside a source file (a compilation holds several), with its own window. */
export const SourceDocument = v.strictObject({
  id: slug,
  source: slug,
  title: Bilingual,
  docNumber: v.optional(nonEmpty),
  status: BaseStatus,
  validity: Validity,
  /** Quotes the validity points at; `source` defaults to the document's. */
  quotes: v.array(Quote),
});

export const SourceFile = v.strictObject({
  id: slug,
  file: sourceFile,
  title: Bilingual,
});

/** Two documents that state different terms for the same thing; both are kept. */
export const Conflict = v.strictObject({
  id: slug,
  title: Bilingual,
  rules: v.array(slug),
  cities: v.array(cityCode),
  statements: v.pipe(
    v.array(
      v.strictObject({
        rule: v.optional(slug),
        source: slug,
        locator: nonEmpty,
        quote: nonEmpty,
        period: nonEmpty,
        says: Bilingual,
      }),
    ),
    v.minLength(2),
  ),
  handling: Bilingual,
});

export const SubsidyData = v.strictObject({
  schemaVersion: v.literal(SUBSIDY_SCHEMA_VERSION),
  note: Bilingual,
  sources: v.pipe(v.array(SourceFile), v.minLength(1)),
  claims: v.array(Claim),
  documents: v.pipe(v.array(SourceDocument), v.minLength(1)),
  rules: v.pipe(v.array(Rule), v.minLength(1)),
  conflicts: v.array(Conflict),
});

export type SubsidyData = v.InferOutput<typeof SubsidyData>;
export type SubsidyRule = v.InferOutput<typeof Rule>;
export type RuleTier = v.InferOutput<typeof Tier>;
export type RuleThreshold = v.InferOutput<typeof Threshold>;
export type RuleRate = v.InferOutput<typeof Rate>;
export type RuleMoney = v.InferOutput<typeof Money>;
export type RuleQuote = v.InferOutput<typeof Quote>;
export type RuleCaveat = v.InferOutput<typeof Caveat>;
export type Recipient = v.InferOutput<typeof Recipient>;
export type RuleKind = v.InferOutput<typeof RuleKind>;
export type Comparator = v.InferOutput<typeof Comparator>;
export type SubsidyConflict = v.InferOutput<typeof Conflict>;
export type SubsidyClaim = v.InferOutput<typeof Claim>;
export type SourceDocument = v.InferOutput<typeof SourceDocument>;
export type DatePoint = v.InferOutput<typeof DatePoint>;
export type Validity = v.InferOutput<typeof Validity>;
export type ProjectPeriod = v.InferOutput<typeof ProjectPeriod>;
export type BaseStatus = v.InferOutput<typeof BaseStatus>;
