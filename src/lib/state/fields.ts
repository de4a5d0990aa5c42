/**
 * One codec per view field: its query param, how a value is read (reporting what is not used)
 * and how it is written (null for the default, so it is omitted). The table order is the order
 * params are written in.
 */
import {
  AGGREGATES,
  DIGITAL_TYPES,
  LANGS,
  MAIN_PANES,
  MAX_CALC_CITIES,
  MAX_CLUSTERS,
  MAX_DIGITAL_SCORE,
  PAIRING_YEARS,
  SORT_DIRS,
  cleanTitle,
  flattenText,
  isYear,
  type ViewContext,
  type ViewState,
} from './view';
import { isIsoDate } from '../policy/validity';

export type IgnoreReason =
  | 'unknown-key'
  | 'duplicate'
  | 'invalid-value'
  | 'unknown-cluster'
  | 'unknown-city'
  | 'too-long'
  | 'too-many'
  | 'truncated';

export type ViewField =
  | 'clusters'
  | 'city'
  | 'zones'
  | 'lang'
  | 'view'
  | 'agg'
  | 'sort'
  | 'carriers'
  | 'pairings'
  | 'calcCities'
  | 'investment'
  | 'newFai'
  | 'equipment'
  | 'digitalType'
  | 'digitalInput'
  | 'digitalScore'
  | 'asOf'
  | 'investmentYear'
  | 'inferred'
  | 'title';

export interface Lookup {
  cluster(ref: string): string | null;
  /** A city id from its id, 6-digit code, zh name (with or without 市) or en name. */
  city(ref: string): string | null;
}

export type Report = (value: string, reason: IgnoreReason) => void;

export interface Codec {
  field: ViewField;
  param: string;
  /** Set the field on `view` from a non-blank value; report anything not used. */
  read(raw: string, lookup: Lookup, view: ViewState, report: Report): void;
  /** The value to write, or null when it is the default (and so omitted). */
  write(view: ViewState): string | null;
}

/** Bad items reported per list before the rest is reported as one 'too-many' entry. */
const MAX_ITEM_PROBLEMS = 10;

function readList(
  raw: string,
  max: number,
  resolve: (ref: string) => string | null,
  unknown: IgnoreReason,
  report: Report,
): string[] {
  const kept: string[] = [];
  const items = raw.split(',');
  let problems = 0;
  for (let i = 0; i < items.length; i++) {
    const item = (items[i] ?? '').trim();
    if (item === '') continue;
    if (kept.length >= max || problems >= MAX_ITEM_PROBLEMS) {
      report(items.slice(i).join(',').trim(), 'too-many');
      break;
    }
    const id = resolve(item);
    if (id !== null && !kept.includes(id)) kept.push(id);
    else {
      report(item, id === null ? unknown : 'duplicate');
      problems++;
    }
  }
  return kept;
}

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

function word(raw: string): string {
  return raw.trim().toLowerCase();
}

function pick<T extends string>(options: readonly T[], raw: string): T | null {
  const w = word(raw);
  return options.find((o) => o === w) ?? null;
}

function readAmount(raw: string, max = Number.MAX_SAFE_INTEGER): number | null {
  const w = word(raw);
  // Digits, optionally grouped with commas as people type money ("1,200,000").
  if (!/^\d{1,16}$/.test(w) && !/^\d{1,3}(?:,\d{3}){1,5}$/.test(w)) return null;
  const n = Number(w.replace(/,/g, ''));
  return Number.isSafeInteger(n) && n <= max ? n : null;
}

function flag(
  field: ViewField,
  param: string,
  get: (v: ViewState) => boolean,
  set: (v: ViewState, on: boolean) => void,
): Codec {
  return {
    field,
    param,
    read(raw, _lookup, view, report) {
      const w = word(raw);
      if (TRUE_WORDS.includes(w)) set(view, true);
      else if (!FALSE_WORDS.includes(w)) report(raw, 'invalid-value');
    },
    write: (view) => (get(view) ? '1' : null),
  };
}

function choice<T extends string>(
  field: ViewField,
  param: string,
  options: readonly T[],
  get: (v: ViewState) => T | null,
  set: (v: ViewState, value: T) => void,
  fallback: T | null,
): Codec {
  return {
    field,
    param,
    read(raw, _lookup, view, report) {
      // Language tags arrive as "zh-CN" or "en_US"; only the primary subtag matters.
      const value = pick(options, param === 'lang' ? (raw.split(/[-_]/)[0] ?? '') : raw);
      if (value === null) report(raw, 'invalid-value');
      else set(view, value);
    },
    write: (view) => (get(view) === fallback ? null : get(view)),
  };
}

type AmountField = 'investment' | 'newFai' | 'equipment' | 'digitalInput' | 'digitalScore';

function amount(field: AmountField, param: string, max?: number): Codec {
  return {
    field,
    param,
    read(raw, _lookup, view, report) {
      const n = readAmount(raw, max);
      if (n === null) report(raw, 'invalid-value');
      else view.calc[field] = n;
    },
    write: (view) => (view.calc[field] === null ? null : String(view.calc[field])),
  };
}

function readSort(raw: string, lookup: Lookup, view: ViewState, report: Report): void {
  const parts = raw.trim().split(':');
  const by = word(parts[0] ?? '');
  const dirAt = by === 'default' ? 1 : 2;
  const dir = parts.length > dirAt ? pick(SORT_DIRS, parts[dirAt] ?? '') : 'desc';
  if (dir === null || parts.length > dirAt + 1 || (by !== 'default' && parts.length < 2)) {
    report(raw, 'invalid-value');
  } else if (by === 'default') {
    view.sort = { by, key: null, dir };
  } else if (by === 'cluster' || by === 'city') {
    const ref = parts[1] ?? '';
    const key = by === 'cluster' ? lookup.cluster(ref) : lookup.city(ref);
    if (key === null) report(raw, by === 'cluster' ? 'unknown-cluster' : 'unknown-city');
    else view.sort = { by, key, dir };
  } else report(raw, 'invalid-value');
}

function writeSort({ sort }: ViewState): string | null {
  if (sort.by !== 'default') return `${sort.by}:${sort.key}:${sort.dir}`;
  return sort.dir === 'desc' ? null : `default:${sort.dir}`;
}

/** Fields in the order their params are written. */
export const CODECS: readonly Codec[] = [
  {
    field: 'clusters',
    param: 'c',
    read(raw, lookup, view, report) {
      view.clusters = readList(raw, MAX_CLUSTERS, lookup.cluster, 'unknown-cluster', report);
    },
    write: (view) => (view.clusters.length ? view.clusters.join(',') : null),
  },
  {
    field: 'city',
    param: 'city',
    read(raw, lookup, view, report) {
      view.city = lookup.city(raw);
      if (view.city === null) report(raw, 'unknown-city');
    },
    write: (view) => view.city,
  },
  flag(
    'zones',
    'zones',
    (v) => v.zones,
    (v, on) => (v.zones = on),
  ),
  choice(
    'lang',
    'lang',
    LANGS,
    (v) => v.lang,
    (v, x) => (v.lang = x),
    'zh',
  ),
  choice(
    'view',
    'view',
    MAIN_PANES,
    (v) => v.view,
    (v, x) => (v.view = x),
    'map',
  ),
  choice(
    'agg',
    'agg',
    AGGREGATES,
    (v) => v.agg,
    (v, x) => (v.agg = x),
    'stars',
  ),
  { field: 'sort', param: 'sort', read: readSort, write: writeSort },
  flag(
    'carriers',
    'carriers',
    (v) => v.layers.carriers,
    (v, on) => (v.layers.carriers = on),
  ),
  {
    field: 'pairings',
    param: 'pairs',
    read(raw, _lookup, view, report) {
      const year = PAIRING_YEARS.find((y) => String(y) === word(raw));
      if (year !== undefined) view.layers.pairings = year;
      else if (!FALSE_WORDS.includes(word(raw))) report(raw, 'invalid-value');
    },
    write: (view) => (view.layers.pairings === false ? null : String(view.layers.pairings)),
  },
  {
    field: 'calcCities',
    param: 'sc',
    read(raw, lookup, view, report) {
      view.calc.cities =
        word(raw) === 'all'
          ? 'all'
          : readList(raw, MAX_CALC_CITIES, lookup.city, 'unknown-city', report);
    },
    write: ({ calc }) =>
      calc.cities === 'all' ? 'all' : calc.cities.length ? calc.cities.join(',') : null,
  },
  amount('investment', 'inv'),
  amount('newFai', 'fai'),
  amount('equipment', 'eq'),
  choice(
    'digitalType',
    'dt',
    DIGITAL_TYPES,
    (v) => v.calc.digitalType,
    (v, x) => (v.calc.digitalType = x),
    null,
  ),
  amount('digitalInput', 'di'),
  amount('digitalScore', 'ds', MAX_DIGITAL_SCORE),
  {
    field: 'asOf',
    param: 'asof',
    read(raw, _lookup, view, report) {
      if (isIsoDate(raw.trim())) view.calc.asOf = raw.trim();
      else report(raw, 'invalid-value');
    },
    write: (view) => view.calc.asOf,
  },
  {
    field: 'investmentYear',
    param: 'iy',
    read(raw, _lookup, view, report) {
      const n = /^\d{4}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
      if (isYear(n)) view.calc.investmentYear = n;
      else report(raw, 'invalid-value');
    },
    write: (view) => (view.calc.investmentYear === null ? null : String(view.calc.investmentYear)),
  },
  flag(
    'inferred',
    'inf',
    (v) => v.calc.inferred,
    (v, on) => (v.calc.inferred = on),
  ),
  {
    field: 'title',
    param: 'title',
    read(raw, _lookup, view, report) {
      const flat = flattenText(raw);
      const title = cleanTitle(flat);
      if (title === '') return report(raw, 'invalid-value');
      view.title = title;
      if (title !== flat) report(flat.slice(title.length).trim(), 'truncated');
    },
    write: (view) => (view.title === null ? null : cleanTitle(view.title) || null),
  },
];

/** Id lookups built once per parse; a city's id, code and names all resolve to its id. */
export function makeLookup(ctx: ViewContext): Lookup {
  const clusters = new Set(ctx.clusterIds);
  const cities = new Map<string, string>();
  for (const c of ctx.cities) {
    for (const name of [c.id, c.code, c.zh, `${c.zh}市`, c.en.toLowerCase()]) {
      if (!cities.has(name)) cities.set(name, c.id);
    }
  }
  return {
    cluster: (ref) => {
      const id = word(ref);
      return clusters.has(id) ? id : null;
    },
    city: (ref) => cities.get(ref.trim()) ?? cities.get(word(ref)) ?? null,
  };
}
