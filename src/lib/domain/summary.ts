/**
 * Plain-text summaries of the current view, generated from the data: the embed's accessible
 * description and its visible ranked list ("新能源: core cities 广州, 深圳…").
 */
import type { AtlasIndex } from '../data/atlas';
import { UNPRINTED_CLASS, type CityMetric } from './aggregate';
import { rankKey, t, type Lang } from '../i18n/messages';

export interface RankedGroup {
  /** Heading of the group, e.g. "核心" or "12". */
  label: string;
  value: number;
  cities: { code: string; name: string }[];
}

/** Group order for one cluster: ★★★, ★★, ★, member with level not printed, not laid out. */
const STAR_RANK = [0, 2, 3, 4, 1];

/** Cities grouped by value, best first (stars levels for one cluster, numbers otherwise). */
export function rankedGroups(index: AtlasIndex, metric: CityMetric, lang: Lang): RankedGroup[] {
  // One cluster: group by class, so members with an unprinted level stand apart from ★ and 0.
  const stars = metric.measure === 'stars';
  const byValue = new Map<number, { code: string; name: string }[]>();
  for (const city of index.atlas.cities) {
    const cv = metric.byCity.get(city.code);
    const v = (stars ? cv?.cls : cv?.value) ?? 0;
    if (!byValue.has(v)) byValue.set(v, []);
    byValue.get(v)!.push({ code: city.code, name: city.name[lang] });
  }
  const order = (v: number) => (stars ? STAR_RANK[v]! : v);
  return [...byValue]
    .sort((a, b) => order(b[0]) - order(a[0]))
    .map(([value, cities]) => ({
      value,
      label: stars
        ? t(lang, value === UNPRINTED_CLASS ? 'rankUnprinted' : rankKey(value))
        : String(value),
      cities,
    }));
}

/** One paragraph: "<title>: core 广州, 深圳; key …; general …; not laid out …". */
export function textSummary(
  index: AtlasIndex,
  metric: CityMetric,
  title: string,
  lang: Lang,
): string {
  const sep = t(lang, 'listSep');
  const groups = rankedGroups(index, metric, lang);
  const parts = groups.map((g) => {
    const names = g.cities.map((c) => c.name).join(sep);
    return t(lang, metric.measure === 'stars' ? 'starsGroup' : 'labelled', {
      label: g.label,
      names,
      text: names,
    });
  });
  return t(lang, 'titled', { title, text: parts.join(t(lang, 'clauseSep')) });
}
