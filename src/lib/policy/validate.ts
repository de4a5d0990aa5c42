/**
 * Validates raw `subsidies.json`: the Valibot schema first, then what a schema cannot state —
 * unique ids, quote and claim references, every figure being the reading of its written form and
 * written in its quote. Errors name the record and field, e.g.
 * `rules[0] (tech-upgrade-equipment).tiers[1].cities[3]: must be a 6-digit Guangdong city code`.
 * Pure; `checkQuotes` (quotes.ts) compares the quotes with source texts the caller supplies.
 */
import * as v from 'valibot';
import { parseFigure, toBasisPoints } from './amount';
import { fieldInfo } from './inputs';
import { describeIssues, normaliseForQuote } from '../data/kit';
import { SubsidyData, type Comparator, type SubsidyRule } from './schema';
import { checkValidity } from './validity';

export { checkQuotes, normaliseForQuote } from './quotes';

export interface SubsidyValidation {
  data: SubsidyData | null;
  errors: string[];
}

/** Words that set a threshold's comparator; anything else is an error, so a reading is explicit. */
export const WORDING_COMPARATOR: Record<string, Comparator> = {
  不低于: '>=',
  以上: '>=',
  及以上: '>=',
  达到: '>=',
  '（含）': '>=',
  为正数: '>',
};

/** Schema plus cross-reference checks. Returns the typed data only when there is no error. */
export function validateSubsidies(raw: unknown): SubsidyValidation {
  const parsed = v.safeParse(SubsidyData, raw);
  if (!parsed.success) {
    return { data: null, errors: describeIssues(raw, parsed.issues) };
  }
  const data = parsed.output;
  const errors: string[] = [];
  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) errors.push(`${what}: duplicate id "${id}"`);
      seen.add(id);
    }
    return seen;
  };
  const sourceIds = unique(
    'sources',
    data.sources.map((s) => s.id),
  );
  const claimIds = unique(
    'claims',
    data.claims.map((c) => c.id),
  );
  const ruleIds = unique(
    'rules',
    data.rules.map((r) => r.id),
  );
  const documentIds = unique(
    'documents',
    data.documents.map((d) => d.id),
  );
  data.documents.forEach((doc, i) => {
    const where = `documents[${i}] (${doc.id})`;
    if (!sourceIds.has(doc.source)) errors.push(`${where}.source: unknown source "${doc.source}"`);
    const quotes = new Map(doc.quotes.map((q) => [q.id, q.text]));
    if (quotes.size !== doc.quotes.length) errors.push(`${where}.quotes: duplicate quote id`);
    errors.push(...checkValidity(`${where}.validity`, doc.validity, (id) => quotes.get(id)));
  });
  unique(
    'conflicts',
    data.conflicts.map((c) => c.id),
  );

  data.rules.forEach((rule, i) =>
    errors.push(
      ...checkRule(rule, `rules[${i}] (${rule.id})`, { sourceIds, claimIds, ruleIds, documentIds }),
    ),
  );
  data.conflicts.forEach((c, i) => {
    const where = `conflicts[${i}] (${c.id})`;
    c.rules.forEach((r) => ruleIds.has(r) || errors.push(`${where}.rules: unknown rule "${r}"`));
    c.statements.forEach((s, j) => {
      if (s.rule && !ruleIds.has(s.rule))
        errors.push(`${where}.statements[${j}].rule: unknown rule "${s.rule}"`);
      if (!sourceIds.has(s.source))
        errors.push(`${where}.statements[${j}].source: unknown source "${s.source}"`);
    });
  });
  return { data: errors.length ? null : data, errors };
}

interface Known {
  sourceIds: Set<string>;
  claimIds: Set<string>;
  ruleIds: Set<string>;
  documentIds: Set<string>;
}

function checkRule(rule: SubsidyRule, where: string, known: Known): string[] {
  const errors: string[] = [];
  const quotes = new Map(rule.quotes.map((q) => [q.id, q]));
  if (quotes.size !== rule.quotes.length) errors.push(`${where}.quotes: duplicate quote id`);
  if (!known.sourceIds.has(rule.source.id))
    errors.push(`${where}.source.id: unknown source "${rule.source.id}"`);
  rule.quotes.forEach((q, j) => {
    if (q.source && !known.sourceIds.has(q.source))
      errors.push(`${where}.quotes[${j}].source: unknown source "${q.source}"`);
    if (q.lines[0] > q.lines[1]) errors.push(`${where}.quotes[${j}].lines: first line after last`);
  });
  const ref = (field: string, id: string | undefined) => {
    if (id !== undefined && !quotes.has(id))
      errors.push(`${where}.${field}: unknown quote "${id}"`);
  };
  /** A written figure must be in its quote and read back to the stored number. */
  const figure = (
    field: string,
    asWritten: string,
    quote: string,
    check: (f: ReturnType<typeof parseFigure>) => boolean,
  ) => {
    ref(`${field}.quote`, quote);
    const text = quotes.get(quote)?.text;
    if (text !== undefined && !normaliseForQuote(text).includes(normaliseForQuote(asWritten)))
      errors.push(`${where}.${field}.asWritten: "${asWritten}" is not in quote "${quote}"`);
    if (!check(parseFigure(asWritten)))
      errors.push(`${where}.${field}: stored number does not match "${asWritten}"`);
  };
  const money = (field: string, m: { yuan: number; asWritten: string; quote: string } | null) => {
    if (m) figure(field, m.asWritten, m.quote, (f) => f?.unit === 'yuan' && f.value === m.yuan);
  };

  if (!known.documentIds.has(rule.document))
    errors.push(`${where}.document: unknown document "${rule.document}"`);
  errors.push(...checkValidity(`${where}.validity`, rule.validity, (id) => quotes.get(id)?.text));
  const period = rule.projectPeriod;
  if (period) {
    ref('projectPeriod.quote', period.quote);
    if (period.from && period.to && period.from > period.to)
      errors.push(`${where}.projectPeriod: "from" is after "to"`);
  }
  ref('recipientQuote', rule.recipientQuote);
  ref('district.quote', rule.district?.quote);
  if (rule.trigger && !known.claimIds.has(rule.trigger.claim))
    errors.push(`${where}.trigger.claim: unknown claim "${rule.trigger.claim}"`);
  if (rule.restates && !known.ruleIds.has(rule.restates))
    errors.push(`${where}.restates: unknown rule "${rule.restates}"`);
  if (rule.recipient === 'other' && !rule.recipientNote)
    errors.push(`${where}.recipientNote: required when recipient is "other"`);
  if ((rule.level === 'district') !== (rule.district !== undefined))
    errors.push(`${where}.district: required exactly when level is "district"`);

  const optionIds = new Set((rule.indicatorOptions ?? []).map((o) => o.id));
  (rule.indicatorOptions ?? []).forEach((o, j) => {
    if (o.claim && !known.claimIds.has(o.claim))
      errors.push(`${where}.indicatorOptions[${j}].claim: unknown claim "${o.claim}"`);
  });

  const tierOf = new Map<string, string>();
  rule.tiers.forEach((tier, t) => {
    const tw = `tiers[${t}] (${tier.id})`;
    ref(`${tw}.membershipQuote`, tier.membershipQuote);
    if (tier.membership === 'inferred' && !tier.membershipNote)
      errors.push(`${where}.${tw}.membershipNote: required when membership is "inferred"`);
    for (const c of tier.cities) {
      if (tierOf.has(c))
        errors.push(`${where}.${tw}.cities: ${c} is also in tier ${tierOf.get(c)}`);
      tierOf.set(c, tier.id);
    }
    if (rule.district && (tier.cities.length !== 1 || tier.cities[0] !== rule.district.city))
      errors.push(
        `${where}.${tw}.cities: a district rule covers only its city ${rule.district.city}`,
      );
    tier.thresholds.forEach((th, k) => {
      const f = `${tw}.thresholds[${k}]`;
      const unit = fieldInfo(th.field).unit;
      figure(f, th.asWritten, th.quote, (p) => p?.unit === unit && p.value === th.value);
      const expected = WORDING_COMPARATOR[th.wording];
      if (expected === undefined)
        errors.push(`${where}.${f}.wording: unknown wording "${th.wording}"`);
      else if (expected !== th.comparator)
        errors.push(
          `${where}.${f}.comparator: "${th.wording}" means ${expected}, not ${th.comparator}`,
        );
      const quoteText = quotes.get(th.quote)?.text ?? '';
      if (!normaliseForQuote(quoteText).includes(normaliseForQuote(th.wording)))
        errors.push(`${where}.${f}.wording: "${th.wording}" is not in quote "${th.quote}"`);
      if (th.option !== undefined && !optionIds.has(th.option))
        errors.push(`${where}.${f}.option: unknown indicator option "${th.option}"`);
    });
    if (tier.rate) {
      const r = tier.rate;
      figure(`${tw}.rate`, r.asWritten, r.quote, (p) =>
        p?.unit === 'percent-range'
          ? p.max === r.maxPercent && p.min === r.minPercent
          : p?.unit === 'percent' && p.value === r.maxPercent && r.minPercent === undefined,
      );
      if (toBasisPoints(r.maxPercent) === null)
        errors.push(`${where}.${tw}.rate.maxPercent: more than two decimals`);
      if (!rule.base) errors.push(`${where}.base: a rule with a rate must say what it applies to`);
    }
    money(`${tw}.cap`, tier.cap);
    money(`${tw}.fixed`, tier.fixed);
    const hasMoney = tier.rate || tier.cap || tier.fixed;
    if (rule.kind === 'qualification' && hasMoney)
      errors.push(`${where}.${tw}: a qualification carries no rate, cap or amount`);
    if (rule.kind !== 'qualification' && !hasMoney && !rule.variants && !tier.noAmount)
      errors.push(`${where}.${tw}: needs a rate, a cap or a fixed amount`);
    if (tier.fixed && (tier.rate || tier.cap))
      errors.push(`${where}.${tw}: a fixed amount excludes a rate or cap`);
  });
  (rule.variants ?? []).forEach((variant, k) =>
    money(`variants[${k}] (${variant.id}).cap`, variant.cap),
  );
  rule.notCovered.forEach((n, k) => {
    if (tierOf.has(n.city))
      errors.push(`${where}.notCovered[${k}].city: ${n.city} is in tier ${tierOf.get(n.city)}`);
    n.quotes.forEach((q) => ref(`notCovered[${k}].quotes`, q));
  });
  rule.caveats.forEach((c, k) => ref(`caveats[${k}].quote`, c.quote));
  if (rule.relief) {
    const r = rule.relief;
    if (!known.claimIds.has(r.claim))
      errors.push(`${where}.relief.claim: unknown claim "${r.claim}"`);
    figure(
      'relief',
      r.asWritten.replace(/^不超过\s*/u, ''),
      r.quote,
      (f) => f?.unit === 'percent' && f.value === r.maxPercent,
    );
  }
  if (rule.perHead) {
    ref('perHead.quote', rule.perHead.quote);
    if (!rule.trigger || rule.tiers.some((t) => !t.fixed))
      errors.push(`${where}.perHead: needs a trigger claim and a fixed sum per person`);
  }
  return errors;
}
