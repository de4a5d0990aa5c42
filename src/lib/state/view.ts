/**
 * The view state: everything a shareable link can say about what the atlas shows. The URL is the
 * source of truth (see `url.ts`); this module holds the type, the defaults and the validity rules.
 * Pure: no DOM, no Svelte.
 */

export type Lang = 'zh' | 'en';
export type MainPane = 'map' | 'table';
/** Multi-cluster aggregate: sum of stars, or count of core (3-star) ratings. */
export type Aggregate = 'stars' | 'core';
export type SortBy = 'cluster' | 'city' | 'default';
export type SortDir = 'asc' | 'desc';
export type PairingYear = 2021 | 2023;
export type DigitalType = 'iiot' | '5g' | 'supply-chain';

export interface SortState {
  by: SortBy;
  /** Cluster id when sorting by a cluster column, city id when by a city row, null by default. */
  key: string | null;
  dir: SortDir;
}

export interface LayerState {
  carriers: boolean;
  pairings: false | PairingYear;
}

/** Subsidy calculator inputs; amounts in yuan, non-negative safe integers. */
export interface CalcState {
  cities: string[] | 'all';
  investment: number | null;
  newFai: number | null;
  equipment: number | null;
  digitalType: DigitalType | null;
  digitalInput: number | null;
  /** 0–100. */
  digitalScore: number | null;
}

export interface ViewState {
  clusters: string[];
  city: string | null;
  zones: boolean;
  lang: Lang;
  view: MainPane;
  agg: Aggregate;
  sort: SortState;
  layers: LayerState;
  calc: CalcState;
  /** Embed title: plain text, rendered as text (never HTML). */
  title: string | null;
}

/** The known ids a link is checked against; passed in so parsing stays pure. */
export interface ViewContext {
  clusterIds: readonly string[];
  cities: readonly { id: string; code: string; zh: string; en: string }[];
}

export const LANGS: readonly Lang[] = ['zh', 'en'];
export const MAIN_PANES: readonly MainPane[] = ['map', 'table'];
export const AGGREGATES: readonly Aggregate[] = ['stars', 'core'];
export const SORT_BYS: readonly SortBy[] = ['cluster', 'city', 'default'];
export const SORT_DIRS: readonly SortDir[] = ['asc', 'desc'];
export const PAIRING_YEARS: readonly PairingYear[] = [2021, 2023];
export const DIGITAL_TYPES: readonly DigitalType[] = ['iiot', '5g', 'supply-chain'];

export const MAX_CLUSTERS = 20;
export const MAX_CALC_CITIES = 6;
export const MAX_TITLE_LENGTH = 120;
export const MAX_DIGITAL_SCORE = 100;

/** A fresh, mutable default view (safe to hand to `$state`). */
export function defaultView(): ViewState {
  return {
    clusters: [],
    city: null,
    zones: false,
    lang: 'zh',
    view: 'map',
    agg: 'stars',
    sort: { by: 'default', key: null, dir: 'desc' },
    layers: { carriers: false, pairings: false },
    calc: {
      cities: [],
      investment: null,
      newFai: null,
      equipment: null,
      digitalType: null,
      digitalInput: null,
      digitalScore: null,
    },
    title: null,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The default view, deep-frozen: compare against it, copy it with `defaultView()`. */
export const DEFAULT_VIEW: Readonly<ViewState> = deepFreeze(defaultView());

/** Build the parsing context from the dataset's shape (`data/clusters.json`). */
export function contextFromDataset(data: {
  clusters: readonly { id: string }[];
  cities: readonly { id: string; code: string; name: { zh: string; en: string } }[];
}): ViewContext {
  return {
    clusterIds: data.clusters.map((c) => c.id),
    cities: data.cities.map((c) => ({ id: c.id, code: c.code, zh: c.name.zh, en: c.name.en })),
  };
}

// C0/C1 controls, bidi embeddings/overrides/isolates, and unpaired surrogates (which
// `encodeURIComponent` throws on). Valid surrogate pairs are matched first and kept; no lookbehind,
// which older Safari cannot parse.
const UNSAFE_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/g;

/** Unsafe characters become spaces, whitespace runs collapse to one space, ends are trimmed. */
export function flattenText(text: string): string {
  return text
    .replace(UNSAFE_CHARS, (m) => (m.length === 2 ? m : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Clean an embed title: `flattenText`, then cut to 120 code points. Returns '' when nothing is
 * left. Idempotent. It does not escape HTML: the title is only ever rendered as text.
 * @example cleanTitle('  Heyuan\n\tclusters ') === 'Heyuan clusters'
 */
export function cleanTitle(text: string): string {
  const flat = flattenText(text);
  const points = Array.from(flat);
  return points.length <= MAX_TITLE_LENGTH
    ? flat
    : points.slice(0, MAX_TITLE_LENGTH).join('').trimEnd();
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAmount(value: unknown, max = Number.MAX_SAFE_INTEGER): boolean {
  return (
    value === null ||
    (Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max)
  );
}

function isIdList(value: unknown, max: number, isId: (id: unknown) => boolean): boolean {
  return (
    Array.isArray(value) &&
    value.length <= max &&
    new Set(value).size === value.length &&
    value.every(isId)
  );
}

/**
 * Whether `value` is a complete, canonical view state. With a context, ids must be known ones;
 * without, they only need to look like slugs.
 */
export function isValidView(value: unknown, ctx?: ViewContext): value is ViewState {
  const clusterIds = ctx ? new Set(ctx.clusterIds) : null;
  const cityIds = ctx ? new Set(ctx.cities.map((c) => c.id)) : null;
  const isSlug = (id: unknown): id is string => typeof id === 'string' && SLUG.test(id);
  const isCluster = (id: unknown) => isSlug(id) && (!clusterIds || clusterIds.has(id));
  const isCity = (id: unknown) => isSlug(id) && (!cityIds || cityIds.has(id));

  if (!isObject(value)) return false;
  const { sort, layers, calc, title } = value;
  if (!isObject(sort) || !isObject(layers) || !isObject(calc)) return false;
  const sortOk =
    SORT_DIRS.includes(sort.dir as SortDir) &&
    (sort.by === 'default'
      ? sort.key === null
      : sort.by === 'cluster'
        ? isCluster(sort.key)
        : sort.by === 'city' && isCity(sort.key));
  return (
    isIdList(value.clusters, MAX_CLUSTERS, isCluster) &&
    (value.city === null || isCity(value.city)) &&
    typeof value.zones === 'boolean' &&
    LANGS.includes(value.lang as Lang) &&
    MAIN_PANES.includes(value.view as MainPane) &&
    AGGREGATES.includes(value.agg as Aggregate) &&
    sortOk &&
    typeof layers.carriers === 'boolean' &&
    (layers.pairings === false || PAIRING_YEARS.includes(layers.pairings as PairingYear)) &&
    (calc.cities === 'all' || isIdList(calc.cities, MAX_CALC_CITIES, isCity)) &&
    isAmount(calc.investment) &&
    isAmount(calc.newFai) &&
    isAmount(calc.equipment) &&
    (calc.digitalType === null || DIGITAL_TYPES.includes(calc.digitalType as DigitalType)) &&
    isAmount(calc.digitalInput) &&
    isAmount(calc.digitalScore, MAX_DIGITAL_SCORE) &&
    (title === null || (typeof title === 'string' && title !== '' && cleanTitle(title) === title))
  );
}
