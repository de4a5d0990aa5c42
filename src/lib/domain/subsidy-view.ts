/**
 * Glue between the URL's calculator state, the rules engine and the map: which project to
 * evaluate, for which cities, and how the map colours cities by the enterprise's maximum.
 */
import type { AtlasIndex } from '../data/atlas';
import type { CalcState } from '../state/view';
import type { CitySummary, RuleResult, SubsidyRule } from '../policy';
import type { Project } from '../policy/project';
import type { Report } from '../policy/report';
import type { NotCountedWhy } from '../policy/summary';
import type { Recipient } from '../policy/schema';
import { t, type Lang, type MessageKey } from '../i18n/messages';
import { COUNT_COLORS, NONE_COLOR } from './palette';
import type { CityMetric, LegendClass } from './aggregate';

/** True when the calculator has at least one amount to evaluate. */
export function hasInputs(calc: CalcState): boolean {
  return [calc.investment, calc.newFai, calc.equipment, calc.digitalInput].some((v) => v !== null);
}

/** City codes the side-by-side table shows: the chosen ones (≤ 6) or all 21. */
export function calcCityCodes(index: AtlasIndex, calc: CalcState): string[] {
  if (calc.cities === 'all') return index.atlas.cities.map((c) => c.code);
  return calc.cities.flatMap((id) => {
    const c = index.cityById.get(id);
    return c ? [c.code] : [];
  });
}

/** The engine's project for the given cities from the calculator's inputs (unset values omitted). */
export function projectFromCalc(calc: CalcState, cities: string[]): Project {
  const p: Project = { cities };
  if (calc.investment !== null) p.totalInvestment = calc.investment;
  if (calc.newFai !== null) p.newFixedAssetInvestment = calc.newFai;
  if (calc.equipment !== null) p.equipmentPurchase = calc.equipment;
  if (calc.digitalInput !== null) p.digitalInput = calc.digitalInput;
  if (calc.digitalScore !== null) p.digitalScore = calc.digitalScore;
  if (calc.digitalType !== null) p.digitalType = calc.digitalType;
  if (calc.investmentYear !== null) {
    p.projectStart = `${calc.investmentYear}-01-01`;
    p.projectEnd = `${calc.investmentYear}-12-31`;
  }
  return p;
}

/** As-of presets: the plan's issue date, mid-2023 (the 2023 opinion prints no date), today. */
export const AS_OF_PRESETS = [
  { key: 'calcAsOfPlan', date: '2021-07-30' },
  { key: 'calcAsOfOpinion', date: '2023-06-01' },
  { key: 'calcAsOfToday', date: null },
] as const satisfies readonly { key: MessageKey; date: string | null }[];

export const RECIPIENT_KEYS = {
  enterprise: 'whoEnterprise',
  'city-government': 'whoCityGov',
  individual: 'whoIndividual',
  other: 'whoOther',
} as const satisfies Record<Recipient, MessageKey>;

export const WHY_KEYS = {
  expired: 'whyExpired',
  'not-yet': 'whyNotYet',
  inferred: 'whyInferred',
  restates: 'whyRestates',
  'no-amount': 'whyNoAmount',
  'not-a-grant': 'whyNotAGrant',
} as const satisfies Record<NotCountedWhy, MessageKey>;

/** The badge on a rule or result: its status on the as-of date, with the end day when known. */
export function statusBadge(
  r: Pick<RuleResult, 'status' | 'window'>,
  lang: Lang,
): { text: string; tone: 'ok' | 'warn' | 'off' } {
  const until = r.window.to
    ? t(lang, 'statusUntil', { date: r.window.to })
    : t(lang, 'statusEndUnknown');
  switch (r.status) {
    case 'expired':
      return { text: t(lang, 'statusExpired', { date: r.window.ended! }), tone: 'off' };
    case 'not-yet':
      return { text: t(lang, 'statusNotYet', { date: r.window.starts! }), tone: 'off' };
    case 'in-force':
      return { text: `${t(lang, 'statusInForce')} · ${until}`, tone: 'ok' };
    case 'draft':
      return { text: `${t(lang, 'statusDraft')} · ${until}`, tone: 'warn' };
    case 'plan':
      return { text: `${t(lang, 'statusPlan')} · ${until}`, tone: 'warn' };
  }
}

const csvCell = (v: string | number | boolean | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The results as CSV, one row per city × rule, in the chosen language; UTF-8 text. */
export function reportCsv(report: Report, lang: Lang): string {
  const header = [
    'as_of',
    'city_code',
    'city',
    'rule',
    'title',
    'eligible',
    'max_amount_yuan',
    'cap_applied',
    'recipient',
    'membership',
    'status',
    'valid_from',
    'valid_to',
    'in_totals',
    'reason',
    'window',
    'quote',
    'locator',
  ];
  const counted = new Map(report.summary.map((s) => [s.city, new Set(s.counted)]));
  const rows = report.results.map((r) => [
    report.asOf,
    r.city,
    r.cityName[lang],
    r.rule,
    r.title[lang],
    r.eligible,
    r.maxAmountYuan,
    r.capApplied,
    r.recipient,
    r.membership,
    r.status,
    r.window.from,
    r.window.to,
    counted.get(r.city)?.has(r.rule) ?? false,
    r.reason[lang],
    r.statusReason[lang],
    r.quote.text,
    r.quote.locator,
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/** Classes for amounts: 0, then four equal intervals up to the largest amount. */
export function amountClasses(max: number): LegendClass[] {
  const classes: LegendClass[] = [{ cls: 0, color: NONE_COLOR, min: 0, max: 0 }];
  if (max <= 0) return classes;
  for (let k = 0; k < 4; k++) {
    classes.push({
      cls: k + 1,
      color: COUNT_COLORS[k + 1]!,
      min: k === 0 ? 1 : Math.floor((k * max) / 4) + 1,
      max: Math.floor(((k + 1) * max) / 4),
    });
  }
  return classes;
}

/** The map's metric: each city's maximum support for the enterprise under the quoted rules. */
export function amountMetric(index: AtlasIndex, summaries: CitySummary[]): CityMetric {
  const byCode = new Map(summaries.map((s) => [s.city, s.maxByRecipient.enterprise]));
  const max = Math.max(0, ...byCode.values());
  const legend = amountClasses(max);
  const byCity = new Map(
    index.atlas.cities.map((c) => {
      const value = byCode.get(c.code) ?? 0;
      const k = legend.find((l) => value >= l.min && value <= l.max) ?? legend[legend.length - 1]!;
      return [c.code, { value, core: null, unprinted: 0, cls: k.cls, color: k.color }];
    }),
  );
  return { measure: 'amount', clusters: [], maxPossible: max, byCity, legend };
}

/** Results as a grid: one row per rule (in data order) with a cell per city. */
export function resultGrid(
  results: RuleResult[],
  cities: string[],
): { rule: string; cells: (RuleResult | null)[] }[] {
  const rules = [...new Set(results.map((r) => r.rule))];
  const at = new Map(results.map((r) => [`${r.rule}|${r.city}`, r]));
  return rules.map((rule) => ({ rule, cells: cities.map((c) => at.get(`${rule}|${c}`) ?? null) }));
}

/** Province rules for the tier table, and the city/district extras grouped by their city. */
export function splitRules(rules: SubsidyRule[]): {
  province: SubsidyRule[];
  local: Map<string, SubsidyRule[]>;
} {
  const local = new Map<string, SubsidyRule[]>();
  for (const r of rules.filter((r) => r.level !== 'province')) {
    const city = r.district?.city ?? r.tiers[0]!.cities[0]!;
    if (!local.has(city)) local.set(city, []);
    local.get(city)!.push(r);
  }
  return { province: rules.filter((r) => r.level === 'province'), local };
}
