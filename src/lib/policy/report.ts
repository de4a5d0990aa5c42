/**
 * The calculator's answer as plain data, shared by the CLI's JSON and the UI: every result with
 * its status as of the date, its window, caveats and the quote behind its amount; the rules left
 * out for a missing value; totals per city kept apart by recipient and by how binding the text
 * is; and what the dataset does not hold (a city's own programmes). Pure.
 */
import { evaluate, missingInputs, type CityRef, type RuleResult } from './engine';
import { INPUT_FIELDS, type InputField } from './inputs';
import type { Project } from './project';
import type { Text } from './reasons';
import type { RuleQuote, SubsidyData, SubsidyRule } from './schema';
import { STACKING_NOTE, summarizeByCity, type CitySummary } from './summary';

export interface QuoteRef {
  id: string;
  locator: string;
  text: string;
}

export interface ReportRow extends RuleResult {
  title: Text;
  document: { id: string; title: Text; docNumber?: string };
  /** The quote that holds the amount (cap, rate or fixed sum), else the rule's first quote. */
  quote: QuoteRef;
  caveats: { kind: string; text: Text; quote: QuoteRef }[];
}

export interface SkippedRule {
  rule: string;
  title: Text;
  /** CLI flags still needed, e.g. ["--new-fai"]. */
  missing: string[];
  /** The same as input fields, for the UI. */
  fields: string[];
  /** The missing inputs by their labels. */
  labels: Text;
}

export interface CityNote {
  city: string;
  note: Text;
}

export interface Report {
  asOf: string;
  includeInferred: boolean;
  results: ReportRow[];
  skipped: SkippedRule[];
  summary: CitySummary[];
  /** Cities for which the dataset holds no city- or district-level programme. */
  cityNotes: CityNote[];
  notes: Text[];
}

function quoteRef(rule: SubsidyRule, id: string): QuoteRef {
  const q: RuleQuote = rule.quotes.find((x) => x.id === id) ?? rule.quotes[0]!;
  return { id: q.id, locator: q.locator, text: q.text };
}

/** The quote behind a result's amount: the cap, rate or fixed sum of the tier applied. */
export function amountQuote(rule: SubsidyRule, tierId: string | null): QuoteRef {
  const tier = rule.tiers.find((t) => t.id === tierId) ?? rule.tiers[0]!;
  return quoteRef(
    rule,
    tier.cap?.quote ?? tier.rate?.quote ?? tier.fixed?.quote ?? rule.quotes[0]!.id,
  );
}

const flagOf = (m: string) =>
  m === 'digitalType'
    ? '--digital-type'
    : m.startsWith('claim:')
      ? `--claim ${m.slice(6)}`
      : `--${INPUT_FIELDS[m as InputField].flag}`;

/** Rules left out because some, not all, of their values were given, with what is missing. */
export function skippedRules(rules: readonly SubsidyRule[], project: Project): SkippedRule[] {
  return rules.flatMap((rule) => {
    const missing = missingInputs(rule, project);
    const needsClaim = missing.some((m) => m.startsWith('claim:'));
    const needed = new Set(
      rule.tiers.flatMap((t) => t.thresholds.filter((th) => !th.option).map((th) => th.field)),
    );
    if (rule.base?.field) needed.add(rule.base.field);
    const given =
      [...needed].some((f) => !missing.includes(f)) ||
      (rule.variants !== undefined && project.digitalType !== undefined);
    if (!missing.length || needsClaim || !given) return [];
    const label = (m: string, lang: 'zh' | 'en') =>
      m === 'digitalType'
        ? { zh: '数字化项目类型', en: 'digital project type' }[lang]
        : INPUT_FIELDS[m as InputField].label[lang];
    return [
      {
        rule: rule.id,
        title: rule.title,
        missing: missing.map(flagOf),
        fields: missing,
        labels: {
          zh: missing.map((m) => label(m, 'zh')).join('、'),
          en: missing.map((m) => label(m, 'en')).join(', '),
        },
      },
    ];
  });
}

/** Cities with no city- or district-level rule in the data: say so, never show a bare 0. */
export function cityNotes(
  rules: readonly SubsidyRule[],
  cities: readonly CityRef[],
  codes: readonly string[],
): CityNote[] {
  const local = new Set(
    rules
      .filter((r) => r.level !== 'province')
      .map((r) => r.district?.city ?? r.tiers[0]!.cities[0]!),
  );
  return codes.flatMap((code) => {
    if (local.has(code)) return [];
    const name = cities.find((c) => c.code === code)?.name ?? { zh: code, en: code };
    return [
      {
        city: code,
        note: {
          zh: `${name.zh}市本级（及区县）的扶持政策不在本数据集中；这里只计算省级规则`,
          en: `${name.en}'s own city and district programmes are not in this dataset; only provincial rules are evaluated here`,
        },
      },
    ];
  });
}

export function buildReport(
  project: Project,
  data: SubsidyData,
  cities: readonly CityRef[],
  asOf: string,
  includeInferred = false,
): Report {
  const rules = new Map(data.rules.map((r) => [r.id, r]));
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  const results = evaluate(project, data.rules, cities, asOf).map((r): ReportRow => {
    const rule = rules.get(r.rule)!;
    const doc = documents.get(rule.document)!;
    return {
      ...r,
      title: rule.title,
      document: {
        id: doc.id,
        title: doc.title,
        ...(doc.docNumber ? { docNumber: doc.docNumber } : {}),
      },
      quote: amountQuote(rule, r.tier),
      caveats: rule.caveats.map((c) => ({
        kind: c.kind,
        text: c.text,
        quote: quoteRef(rule, c.quote),
      })),
    };
  });
  return {
    asOf,
    includeInferred,
    results,
    skipped: skippedRules(data.rules, project),
    summary: summarizeByCity(results, { includeInferred }),
    cityNotes: cityNotes(data.rules, cities, project.cities),
    notes: [
      STACKING_NOTE,
      {
        zh: '“最高”额度来自征求意见稿和计划文本，与有效规则的金额分开合计。',
        en: 'Caps ("at most" amounts) from drafts and plans are totalled apart from rules in force.',
      },
    ],
  };
}
