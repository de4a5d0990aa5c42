/**
 * What the map shows for a selection of clusters: one value and class per city, and the legend
 * that explains it. No cluster: clusters hosted (and how many as core). One cluster: its stars.
 * Several: the sum of stars, or the count of core ratings (`agg`).
 */
import type { AtlasIndex } from '../data/atlas';
import type { Rating, ZoneId } from '../data/schema';
import { COUNT_COLORS, STAR_COLORS, UNPRINTED_COLOR } from './palette';
import { isMember, starCount } from './rating';

/** The single-cluster class of a member whose level is not printed (after ★★★ = 3). */
export const UNPRINTED_CLASS = 4;

export type Measure = 'hosted' | 'stars' | 'sum' | 'core' | 'amount';

export interface CityValue {
  value: number;
  /** Secondary number: core ratings among the hosted clusters (hosted) or null. */
  core: number | null;
  /**
   * Selected clusters the city hosts whose level is not printed: counted apart, never as stars
   * (one cluster: 1 and class `UNPRINTED_CLASS`; sum: not in `value`; hosted: in `value` too).
   */
  unprinted: number;
  cls: number;
  color: string;
}

export interface LegendClass {
  cls: number;
  color: string;
  min: number;
  max: number;
}

export interface CityMetric {
  measure: Measure;
  clusters: string[];
  /** Largest possible value, for the legend ("of 20", "of 9"). */
  maxPossible: number;
  byCity: Map<string, CityValue>;
  legend: LegendClass[];
}

/** Splits 1..max into at most 4 equal classes after class 0 (value 0). */
export function countClasses(max: number): LegendClass[] {
  const classes: LegendClass[] = [{ cls: 0, color: COUNT_COLORS[0], min: 0, max: 0 }];
  if (max <= 0) return classes;
  const n = Math.min(4, max);
  for (let k = 0; k < n; k++) {
    const min = Math.floor((k * max) / n) + 1;
    const hi = Math.floor(((k + 1) * max) / n);
    classes.push({
      cls: k + 1,
      color: COUNT_COLORS[n === 4 ? k + 1 : k + 1 + (4 - n)]!,
      min,
      max: hi,
    });
  }
  return classes;
}

function classify(classes: LegendClass[], value: number): LegendClass {
  return classes.find((c) => value >= c.min && value <= c.max) ?? classes[classes.length - 1]!;
}

export function cityMetric(
  index: AtlasIndex,
  clusters: readonly string[],
  agg: 'stars' | 'core',
): CityMetric {
  const valid = clusters.filter((id) => index.clusterPos.has(id));
  const { cities } = index.atlas;
  const byCity = new Map<string, CityValue>();
  if (valid.length === 1) {
    const id = valid[0]!;
    const legend: LegendClass[] = STAR_COLORS.map((color, s) => ({
      cls: s,
      color,
      min: s,
      max: s,
    }));
    for (const c of cities) {
      const s = index.stars(id, c.code);
      byCity.set(
        c.code,
        s === null
          ? { value: 0, core: null, unprinted: 1, cls: UNPRINTED_CLASS, color: UNPRINTED_COLOR }
          : { value: s, core: null, unprinted: 0, cls: s, color: STAR_COLORS[s] },
      );
    }
    if ([...byCity.values()].some((v) => v.unprinted))
      legend.push({ cls: UNPRINTED_CLASS, color: UNPRINTED_COLOR, min: 0, max: 0 });
    return { measure: 'stars', clusters: valid, maxPossible: 3, byCity, legend };
  }
  const ids = valid.length ? valid : index.atlas.clusters.map((c) => c.id);
  const measure: Measure = valid.length === 0 ? 'hosted' : agg === 'core' ? 'core' : 'sum';
  const maxPossible = measure === 'sum' ? 3 * ids.length : ids.length;
  const legend = countClasses(maxPossible);
  for (const c of cities) {
    let value = 0;
    let core = 0;
    let unprinted = 0;
    for (const id of ids) {
      const s = index.stars(id, c.code);
      if (s === 3) core++;
      if (s === null) unprinted++;
      value +=
        measure === 'sum'
          ? starCount(s)
          : measure === 'core'
            ? s === 3
              ? 1
              : 0
            : isMember(s)
              ? 1
              : 0;
    }
    const k = classify(legend, value);
    byCity.set(c.code, {
      value,
      core: measure === 'hosted' ? core : null,
      unprinted: measure === 'core' ? 0 : unprinted,
      cls: k.cls,
      color: k.color,
    });
  }
  return { measure, clusters: valid, maxPossible, byCity, legend };
}

export interface ZoneSummary {
  zone: ZoneId;
  cities: number;
  /** Cities rated core / key / general for the selection (single cluster), or core counts. */
  core: number;
  key: number;
  general: number;
  /** Member, level not printed (counted apart, never as a star level). */
  unprinted: number;
}

/**
 * Per-zone counts for the selection. One or more clusters: cities with at least one rating at
 * each level (a city counts once, at its best level). None: core/key/general ratings in total.
 */
export function zoneSummary(index: AtlasIndex, clusters: readonly string[]): ZoneSummary[] {
  const valid = clusters.filter((id) => index.clusterPos.has(id));
  return index.atlas.zones.map((z) => {
    const zc = index.atlas.cities.filter((c) => c.zone === z.id);
    const out: ZoneSummary = {
      zone: z.id,
      cities: zc.length,
      core: 0,
      key: 0,
      general: 0,
      unprinted: 0,
    };
    for (const c of zc) {
      if (valid.length === 0) {
        for (const cl of index.atlas.clusters) bump(out, index.stars(cl.id, c.code));
      } else {
        const ratings = valid.map((id) => index.stars(id, c.code));
        const best = Math.max(...ratings.map(starCount));
        bump(out, best === 0 && ratings.includes(null) ? null : (best as Rating));
      }
    }
    return out;
  });
}

function bump(z: ZoneSummary, s: Rating): void {
  if (s === null) z.unprinted++;
  else if (s === 3) z.core++;
  else if (s === 2) z.key++;
  else if (s === 1) z.general++;
}
