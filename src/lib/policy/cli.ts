/**
 * The subsidy CLI's pure half: argv → a validated `Project`, or one line saying what is wrong.
 * `scripts/subsidy.ts` only reads files, calls this and `evaluate`, and prints.
 */
import { parseAmountText } from './amount-input';
import type { CityRef } from './engine';
import {
  DIGITAL_TYPES,
  INPUT_FIELDS,
  INPUT_FIELD_IDS,
  type DigitalType,
  type InputField,
} from './inputs';
import { consistencyError } from './consistency';
import type { Project } from './project';
import { isIsoDate } from './validity';
import type { SubsidyData } from './schema';

/** A city as the CLI can name it (a `CityRecord` fits). */
export interface NamedCity extends CityRef {
  id: string;
  pinyin: string;
}

export type CliParse =
  | { ok: true; help: true }
  | {
      ok: true;
      help: false;
      project: Project;
      asOf: string;
      includeInferred: boolean;
      /** Some amount, digital type or claim is given: there is something to evaluate. */
      hasValues: boolean;
    }
  | { ok: false; error: string };

/** Flags about time and totals, not about the project's amounts. */
const DATE_FLAGS = ['as-of', 'project-start', 'project-end', 'investment-year'] as const;
type DateFlag = (typeof DATE_FLAGS)[number];

const LIST_FLAGS = ['city', 'district', 'claim', 'head-count'] as const;
type ListFlag = (typeof LIST_FLAGS)[number];
const FIELD_BY_FLAG = new Map<string, InputField>(
  INPUT_FIELD_IDS.map((f) => [INPUT_FIELDS[f].flag, f]),
);

/**
 * Parses `--flag value` / `--flag=value`. `--city`, `--district` and `--claim` repeat and take
 * comma-separated lists; every other flag is given at most once. With `requireValues: false`
 * (the comparison and the shortlist, for which a project is optional) a project with no amount
 * is accepted and `hasValues` is false; the subsidy CLI refuses it.
 */
export function parseCli(
  argv: readonly string[],
  data: SubsidyData,
  cities: readonly NamedCity[],
  today: string,
  { requireValues = true }: { requireValues?: boolean } = {},
): CliParse {
  const lists: Record<ListFlag, string[]> = { city: [], district: [], claim: [], 'head-count': [] };
  const dates: Partial<Record<DateFlag, string>> = {};
  let includeInferred = false;
  const values: Partial<Record<InputField, number>> = {};
  let digitalType: DigitalType | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };
    if (!arg.startsWith('--')) return fail(`unexpected argument "${arg}" (flags start with --)`);
    if (arg === '--include-inferred') {
      includeInferred = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.slice(2, eq < 0 ? undefined : eq);
    const known =
      (LIST_FLAGS as readonly string[]).includes(flag) ||
      (DATE_FLAGS as readonly string[]).includes(flag) ||
      flag === 'digital-type' ||
      FIELD_BY_FLAG.has(flag);
    if (!known) return fail(`unknown flag --${flag} (see --help)`);
    let value: string | undefined = eq < 0 ? argv[i + 1] : arg.slice(eq + 1);
    if (eq < 0) {
      if (value === undefined || value.startsWith('--')) return fail(`--${flag} needs a value`);
      i++;
    }
    value = value!.trim();
    if (value === '') return fail(`--${flag} needs a value`);
    if ((LIST_FLAGS as readonly string[]).includes(flag)) {
      lists[flag as ListFlag].push(
        ...value
          .split(/[,，]/)
          .map((s) => s.trim())
          .filter(Boolean),
      );
      continue;
    }
    if ((DATE_FLAGS as readonly string[]).includes(flag)) {
      if (dates[flag as DateFlag] !== undefined) return fail(`--${flag} is given twice`);
      const ok = flag === 'investment-year' ? /^\d{4}$/.test(value) : isIsoDate(value);
      if (!ok)
        return fail(
          `--${flag} must be ${flag === 'investment-year' ? 'a year, e.g. 2024' : 'a date YYYY-MM-DD'}, not "${value}"`,
        );
      dates[flag as DateFlag] = value;
      continue;
    }
    if (flag === 'digital-type') {
      if (digitalType !== undefined) return fail('--digital-type is given twice');
      if (!(DIGITAL_TYPES as readonly string[]).includes(value))
        return fail(`--digital-type must be one of ${DIGITAL_TYPES.join(', ')}, not "${value}"`);
      digitalType = value as DigitalType;
      continue;
    }
    const field = FIELD_BY_FLAG.get(flag)!;
    if (values[field] !== undefined) return fail(`--${flag} is given twice`);
    const n = parseInputValue(field, value);
    if (typeof n === 'string') return fail(`--${flag}: ${n}`);
    values[field] = n;
  }

  if (!lists.city.length) return fail('missing --city (a name, id or code; "all" for every city)');
  const codes: string[] = [];
  for (const token of lists.city) {
    const found = token.toLowerCase() === 'all' ? cities : [resolveCity(token, cities)];
    if (found[0] === undefined)
      return fail(`unknown city "${token}" (use a Chinese or English name, an id or a code)`);
    for (const c of found as NamedCity[]) if (!codes.includes(c.code)) codes.push(c.code);
  }
  const districts: string[] = [];
  for (const token of lists.district) {
    const d = resolveDistrict(token, data);
    if (!d)
      return fail(
        `unknown district "${token}" (known: ${knownDistricts(data)
          .map((x) => x.id)
          .join(', ')})`,
      );
    if (!codes.includes(d.city))
      return fail(`district ${d.name.zh} is in city ${d.city}, which is not among --city`);
    if (!districts.includes(d.id)) districts.push(d.id);
  }
  const claimIds = new Set(data.claims.map((c) => c.id));
  for (const c of lists.claim)
    if (!claimIds.has(c)) return fail(`unknown claim "${c}" (see --help for the list)`);
  const headCounts: Record<string, number> = {};
  for (const h of lists['head-count']) {
    const m = /^([a-z0-9-]+)=(\d+)$/.exec(h);
    if (!m || Number(m[2]) < 1)
      return fail(`--head-count takes <claim>=<people>, e.g. senior-manager-talent=3, not "${h}"`);
    if (!claimIds.has(m[1]!)) return fail(`unknown claim "${m[1]}" in --head-count`);
    if (!lists.claim.includes(m[1]!)) lists.claim.push(m[1]!);
    headCounts[m[1]!] = Number(m[2]);
  }
  const hasValues = Object.keys(values).length > 0 || !!digitalType || lists.claim.length > 0;
  if (!hasValues && requireValues)
    return fail(
      'nothing to evaluate: give at least one amount (e.g. --equipment 7000000) or a --claim',
    );

  if (dates['investment-year'] && (dates['project-start'] || dates['project-end']))
    return fail('give --investment-year or --project-start/--project-end, not both');
  const year = dates['investment-year'];
  const projectStart = year ? `${year}-01-01` : dates['project-start'];
  const projectEnd = year ? `${year}-12-31` : dates['project-end'];
  if (projectStart && projectEnd && projectStart > projectEnd)
    return fail(`--project-start ${projectStart} is after --project-end ${projectEnd}`);
  const inconsistent = consistencyError(values);
  if (inconsistent) return fail(inconsistent);

  const project: Project = {
    cities: codes,
    ...(districts.length ? { districts } : {}),
    ...(lists.claim.length ? { claims: [...new Set(lists.claim)] } : {}),
    ...(Object.keys(headCounts).length ? { headCounts } : {}),
    ...(digitalType ? { digitalType } : {}),
    ...(projectStart ? { projectStart } : {}),
    ...(projectEnd ? { projectEnd } : {}),
    ...values,
  };
  return {
    ok: true,
    help: false,
    project,
    asOf: dates['as-of'] ?? today,
    includeInferred,
    hasValues,
  };
}

function fail(error: string): CliParse {
  return { ok: false, error };
}

/**
 * A flag's value in its field's unit, or a message. Yuan may carry 元/万/亿 ("700万"); shares
 * may carry "%". Negative values only for signed fields (profit, growth).
 */
export function parseInputValue(field: InputField, raw: string): number | string {
  const info = INPUT_FIELDS[field] as { unit: string; signed?: true };
  const negative = raw.startsWith('-');
  if (negative && !info.signed) return `"${raw}" is negative; it must be zero or more`;
  const body = negative ? raw.slice(1) : raw;
  if (info.unit === 'yuan') {
    const r = parseAmountText(body, 'yuan');
    if (!r || !r.ok) return `"${raw}" is not an amount in yuan (e.g. 7000000, 700万 or 1.5亿)`;
    return negative ? -r.yuan : r.yuan;
  }
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(body);
  if (!m || (m[2] && info.unit !== 'percent')) return `"${raw}" is not a number`;
  const n = Number(m[1]);
  if (info.unit === 'percent' && !info.signed && n > 100) return `"${raw}" is a share above 100%`;
  return negative ? -n : n;
}

/**
 * By Chinese name (with or without 市), English name, id, pinyin (any case, with or without
 * spaces between syllables: "He Yuan") or code.
 */
export function resolveCity(token: string, cities: readonly NamedCity[]): NamedCity | undefined {
  const t = token.trim().toLowerCase();
  const joined = t.replace(/[\s-]+/g, '');
  const zh = token.trim().replace(/市$/, '');
  return cities.find(
    (c) =>
      c.code === t ||
      c.id === t ||
      c.pinyin.replace(/\s+/g, '') === joined ||
      c.name.en.toLowerCase() === t ||
      c.name.zh === zh,
  );
}

function knownDistricts(data: SubsidyData) {
  const byId = new Map<string, NonNullable<SubsidyData['rules'][number]['district']>>();
  for (const r of data.rules) if (r.district) byId.set(r.district.id, r.district);
  return [...byId.values()];
}

function resolveDistrict(token: string, data: SubsidyData) {
  const t = token.trim().toLowerCase();
  return knownDistricts(data).find(
    (d) =>
      d.id === t ||
      d.name.en.toLowerCase() === t ||
      d.name.en.toLowerCase().replace(/ district$/, '') === t ||
      d.name.zh === token.trim() ||
      d.name.zh.replace(/区$/, '') === token.trim(),
  );
}

export function helpText(data: SubsidyData): string {
  const fields = INPUT_FIELD_IDS.map((f) => {
    const i = INPUT_FIELDS[f];
    const unit = i.unit === 'yuan' ? 'yuan, e.g. 7000000 or 700万' : i.unit;
    return `  --${i.flag.padEnd(22)}${i.label.en} (${unit})`;
  });
  const claims = data.claims.map((c) => `  ${c.id.padEnd(42)}${c.label.en}`);
  return [
    'Usage: npm run --silent subsidy -- --city <city> [--city <city>…] [values…]',
    '',
    'What could a project get, where? Prints JSON { results, skipped, summary }: one result per',
    'city × rule whose inputs are given. Amounts are whole yuan; maxAmountYuan is a ceiling.',
    '',
    '  --city <name|id|code|all>  Chinese or English name, id, pinyin or code; repeatable, or comma list',
    '  --district <id|name>       e.g. nanhai / 南海区 (district rules need it; its city must be a --city)',
    `  --digital-type <type>      ${DIGITAL_TYPES.join(' | ')} (digital-transformation benchmark)`,
    '  --claim <id>               an event the project claims (repeatable); ids below',
    "  --as-of YYYY-MM-DD         judge each rule's window on this day (default: today)",
    "  --project-start YYYY-MM-DD first day of the project's investment (rules with a period check it)",
    "  --project-end YYYY-MM-DD   last day of the project's investment",
    '  --investment-year YYYY     the whole investment in one year (instead of start/end)',
    '  --include-inferred         count tiers whose cities the data infers from a named region',
    ...fields,
    '  --help                     this text',
    '',
    'Claims:',
    ...claims,
    '',
    'Example: npm run --silent subsidy -- --city 河源 --investment 800000000 --new-fai 600000000 --equipment 300000000',
  ].join('\n');
}
