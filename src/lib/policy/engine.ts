/**
 * The subsidy rules engine: for each city of a project and each rule the project's values let it
 * evaluate, is the project eligible, why, and what is the most it could get. Pure and exact:
 * amounts are whole yuan, thresholds compare the numbers as given (≥ 700万元 admits 7 000 000 and
 * not 6 999 999), rates are applied with BigInt and rounded down.
 *
 * Time is an input: `asOf` (YYYY-MM-DD, supplied by the caller) sets each rule's status. A rule
 * outside its window keeps its reading (`eligible`, `maxAmountYuan`: what it would pay) but is
 * `inForce: false`, with the day it ended, and `summarizeByCity` leaves it out of the totals.
 *
 * @example evaluate({ cities: ['441600'], equipmentPurchase: 4_000_000 }, data.rules, cities, '2026-11-29')
 *   → [{ rule: 'tech-upgrade-equipment', eligible: true, maxAmountYuan: 1_200_000, inForce: true, … }, …]
 */
import { applyRate, rateExceeds } from './amount';
import { fieldInfo, type InputField } from './inputs';
import { projectValue, type Project } from './project';
import {
  checkProjectPeriod,
  countsOn,
  statusAsOf,
  type PeriodCheck,
  type StatusAsOf,
  type WindowStatus,
} from './validity';
import {
  belowReason,
  periodNote,
  perHeadNote,
  reliefNote,
  outsidePeriodReason,
  windowReason,
  districtReason,
  eligibleReason,
  noIndicatorReason,
  notCoveredReason,
  type AmountBasis,
  type CityName,
  type Reason,
  type Text,
} from './reasons';
import type {
  BaseStatus,
  Comparator,
  Recipient,
  RuleKind,
  RuleThreshold,
  RuleTier,
  SubsidyRule,
  Validity,
} from './schema';

export type { Reason, ReasonCode } from './reasons';

/** The little the engine needs of a city (a `CityRecord` fits). */
export interface CityRef {
  code: string;
  name: CityName;
}

export interface ThresholdCheck {
  field: InputField;
  comparator: Comparator;
  threshold: number;
  asWritten: string;
  /** null when the project did not give the value (only possible for an indicator option). */
  value: number | null;
  met: boolean | null;
  /** Indicator option this threshold belongs to; absent for a must. */
  option?: string;
}

export interface RuleResult {
  /** City code. */
  city: string;
  cityName: CityName;
  rule: string;
  kind: RuleKind;
  level: SubsidyRule['level'];
  /** Tier applied, or null when the rule does not cover the city. */
  tier: string | null;
  /** Whether the rule lists the tier's cities or we inferred them from a named region. */
  membership: 'listed' | 'inferred' | null;
  eligible: boolean;
  reason: Reason;
  /** Most the rule could pay (a ceiling when the rate is "不超过"); null when not eligible or no money. */
  maxAmountYuan: number | null;
  /** True when the cap, not the rate, set `maxAmountYuan`. */
  capApplied: boolean;
  recipient: Recipient;
  source: { id: string; document: string; locator: string };
  checks: ThresholdCheck[];
  /** Set when this rule restates another (same money): totals skip it. */
  restates?: string;
  /** The text's own status (in force / draft / plan). */
  baseStatus: BaseStatus;
  /** Status on the as-of date: the base status, or 'expired' / 'not-yet'. */
  status: StatusAsOf;
  window: WindowStatus & { from: string | null; to: string | null };
  /** False when the rule is outside its window on the as-of date: not in totals. */
  inForce: boolean;
  /** The window in words: "in force until …", "ended on …", "end date not stated". */
  statusReason: Text;
  /** The project's dates against a period the rule sets, when it sets one. */
  period?: PeriodCheck;
  /** Further things a reader must know (a period not checked, only part of it counting). */
  notes: Text[];
}

/** Inputs a rule needs that the project lacks (field names, `claim:<id>`, `digitalType`). */
export function missingInputs(rule: SubsidyRule, project: Project): string[] {
  const missing = new Set<string>();
  if (rule.trigger && !(project.claims ?? []).includes(rule.trigger.claim))
    missing.add(`claim:${rule.trigger.claim}`);
  for (const tier of rule.tiers) {
    for (const th of tier.thresholds)
      if (!th.option && projectValue(project, th.field) === undefined) missing.add(th.field);
    if (tier.rate && rule.base?.field && projectValue(project, rule.base.field) === undefined)
      missing.add(rule.base.field);
  }
  if (rule.variants && project.digitalType === undefined) missing.add('digitalType');
  return [...missing];
}

/**
 * One result per project city × rule whose inputs are all given, cities in the project's order,
 * rules in data order. A rule that does not cover a city yields eligible: false with that reason.
 * Throws if a project city is not in `cities`.
 */
export function evaluate(
  project: Project,
  rules: readonly SubsidyRule[],
  cities: readonly CityRef[],
  asOf: string,
): RuleResult[] {
  const byCode = new Map(cities.map((c) => [c.code, c]));
  const runnable = rules.filter((r) => missingInputs(r, project).length === 0);
  return project.cities.flatMap((code) => {
    const city = byCode.get(code);
    if (!city) throw new Error(`unknown city code "${code}"`);
    return runnable.map((rule) => evaluateRule(rule, project, city, asOf));
  });
}

function compare(value: number, comparator: Comparator, threshold: number): boolean {
  return comparator === '>=' ? value >= threshold : value > threshold;
}

/** A rule's window as of a date, with the sentence that says it. */
export function ruleWindow(
  rule: { validity: Validity; status: BaseStatus },
  asOf: string,
): Pick<RuleResult, 'status' | 'window' | 'inForce' | 'statusReason'> {
  const w = statusAsOf(rule.validity, rule.status, asOf);
  const window = { ...w, from: rule.validity.from.date, to: rule.validity.to.date };
  return {
    status: w.status,
    window,
    inForce: countsOn(w.status),
    statusReason: windowReason(window, rule.validity, asOf),
  };
}

function evaluateRule(
  rule: SubsidyRule,
  project: Project,
  city: CityRef,
  asOf: string,
): RuleResult {
  const tier = rule.tiers.find((t) => t.cities.includes(city.code));
  const period = rule.projectPeriod
    ? checkProjectPeriod(rule.projectPeriod, project.projectStart, project.projectEnd)
    : undefined;
  const result = (
    partial: Pick<RuleResult, 'eligible' | 'reason'> & Partial<RuleResult>,
  ): RuleResult => ({
    city: city.code,
    cityName: city.name,
    rule: rule.id,
    kind: rule.kind,
    level: rule.level,
    tier: tier?.id ?? null,
    membership: tier?.membership ?? null,
    maxAmountYuan: null,
    capApplied: false,
    recipient: rule.recipient,
    source: rule.source,
    checks: [],
    ...(rule.restates ? { restates: rule.restates } : {}),
    baseStatus: rule.status,
    ...ruleWindow(rule, asOf),
    ...(period ? { period } : {}),
    notes: rule.projectPeriod && period ? periodNote(rule.projectPeriod, period) : [],
    ...partial,
  });
  if (!tier)
    return result({ eligible: false, reason: notCoveredReason(rule, city.code, city.name) });
  if (rule.district && !(project.districts ?? []).includes(rule.district.id))
    return result({ eligible: false, reason: districtReason(rule.district, city.name) });

  // "可适当降低不超过 20%": with the claim, the most relief the text allows is applied.
  const relief =
    rule.relief && (project.claims ?? []).includes(rule.relief.claim) ? rule.relief : null;
  const lowered = (th: RuleThreshold) =>
    relief && relief.fields.includes(th.field)
      ? (th.value * (100 - relief.maxPercent)) / 100
      : th.value;
  const checks = tier.thresholds.map((th): ThresholdCheck => {
    const value = projectValue(project, th.field) ?? null;
    const threshold = lowered(th);
    return {
      field: th.field,
      comparator: th.comparator,
      threshold,
      asWritten: th.asWritten,
      value,
      met: value === null ? null : compare(value, th.comparator, threshold),
      ...(th.option ? { option: th.option } : {}),
    };
  });
  const failed = tier.thresholds.findIndex((th, i) => !th.option && checks[i]!.met === false);
  if (failed >= 0)
    return result({
      eligible: false,
      checks,
      reason: belowReason(tier.thresholds[failed]!, tier, checks[failed]!.value!, relief),
    });

  if (rule.projectPeriod && period?.outcome === 'outside')
    return result({ eligible: false, checks, reason: outsidePeriodReason(rule.projectPeriod) });

  const options = rule.indicatorOptions ?? [];
  if (options.length) {
    const claims = project.claims ?? [];
    const met = options.some((o) => {
      if (o.claim && claims.includes(o.claim)) return true;
      const own = checks.filter((c) => c.option === o.id);
      return own.length > 0 && own.every((c) => c.met === true);
    });
    if (!met) return result({ eligible: false, checks, reason: noIndicatorReason(rule) });
  }

  const basis = amountBasis(rule, tier, project);
  const maxAmountYuan =
    basis.how === 'fixed'
      ? basis.fixed.yuan
      : basis.how === 'rate'
        ? basis.capApplied
          ? basis.cap!.yuan
          : basis.raw
        : basis.how === 'cap-only'
          ? basis.cap.yuan
          : null;
  const heads = rule.perHead && rule.trigger ? project.headCounts?.[rule.trigger.claim] : undefined;
  const extra = [
    ...(relief ? [reliefNote(relief)] : []),
    ...(rule.perHead ? [perHeadNote(heads)] : []),
  ];
  return result({
    eligible: true,
    checks,
    reason: eligibleReason(rule, tier, basis),
    maxAmountYuan:
      rule.perHead && maxAmountYuan !== null ? maxAmountYuan * (heads ?? 1) : maxAmountYuan,
    ...(extra.length
      ? {
          notes: [
            ...(rule.projectPeriod && period ? periodNote(rule.projectPeriod, period) : []),
            ...extra,
          ],
        }
      : {}),
    capApplied: (basis.how === 'rate' && basis.capApplied) || basis.how === 'cap-only',
  });
}

function amountBasis(rule: SubsidyRule, tier: RuleTier, project: Project): AmountBasis {
  if (rule.kind === 'qualification') return { how: 'qualification' };
  if (tier.fixed) return { how: 'fixed', fixed: tier.fixed };
  const cap = rule.variants?.find((x) => x.id === project.digitalType)?.cap ?? tier.cap;
  const baseField = rule.base?.field ?? null;
  if (tier.rate && baseField) {
    const base = projectValue(project, baseField)!;
    if (fieldInfo(baseField).unit !== 'yuan')
      throw new Error(`${rule.id}: rate base ${baseField} is not in yuan`);
    const raw = applyRate(base, tier.rate.maxPercent);
    return {
      how: 'rate',
      rate: tier.rate,
      base,
      raw,
      cap,
      // Decided on the exact product, before rounding down: 30% × 166,666,667 is 50,000,000.1 > 5000万.
      capApplied: cap !== null && rateExceeds(base, tier.rate.maxPercent, cap.yuan),
    };
  }
  if (cap) return { how: 'cap-only', cap, rate: tier.rate };
  return { how: 'unknown', rate: tier.rate };
}
