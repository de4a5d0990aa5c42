/**
 * The view state: everything a shareable link can say about what the atlas shows. The URL is the
 * source of truth (see `url.ts`); this module holds the type, the defaults and the validity rules.
 * Pure: no DOM, no Svelte.
 */
import type { PairingYear } from '../domain/carriers';
import { DIGITAL_TYPES, type DigitalType } from '../policy/inputs';
import { LANGS, type Lang } from '../i18n/messages';

export { DIGITAL_TYPES, LANGS };
export type { DigitalType, Lang, PairingYear };
export type MainPane = 'map' | 'table';
/** Multi-cluster aggregate: sum of stars, or count of core (3-star) ratings. */
export type Aggregate = 'stars' | 'core';
export type SortBy = 'cluster' | 'city' | 'default';
export type SortDir = 'asc' | 'desc';

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
  /** The day rules are judged on (YYYY-MM-DD); null means today. */
  asOf: string | null;
  /** The year the investment is made, checked against a rule's investment period. */
  investmentYear: number | null;
  /** Count tiers whose cities the data infers from a named region. */
  inferred: boolean;
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

export const MAIN_PANES: readonly MainPane[] = ['map', 'table'];
export const AGGREGATES: readonly Aggregate[] = ['stars', 'core'];
export const SORT_BYS: readonly SortBy[] = ['cluster', 'city', 'default'];
export const SORT_DIRS: readonly SortDir[] = ['asc', 'desc'];
export const PAIRING_YEARS: readonly PairingYear[] = [2021, 2023];

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
      asOf: null,
      investmentYear: null,
      inferred: false,
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

/** Investment years the calculator accepts. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export function isYear(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= MIN_YEAR && (value as number) <= MAX_YEAR;
}
