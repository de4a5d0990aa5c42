/**
 * Plain-text summaries of the current view, generated from the data: the embed's accessible
 * description and its visible ranked list ("新能源: core cities 广州, 深圳…").
 */
import type { AtlasIndex } from '../data/atlas';
import type { CityMetric } from './aggregate';
import { rankKey, t, type Lang } from '../i18n/messages';

export interface RankedGroup {
  /** Heading of the group, e.g. "核心" or "12". */
  label: string;
  value: number;
  cities: { code: string; name: string }[];
}

/** Cities grouped by value, best first (stars levels for one cluster, numbers otherwise). */
export function rankedGroups(index: AtlasIndex, metric: CityMetric, lang: Lang): RankedGroup[] {
  const byValue = new Map<number, { code: string; name: string }[]>();
  for (const city of index.atlas.cities) {
    const v = metric.byCity.get(city.code)?.value ?? 0;
    if (!byValue.has(v)) byValue.set(v, []);
    byValue.get(v)!.push({ code: city.code, name: city.name[lang] });
  }
  return [...byValue]
    .sort((a, b) => b[0] - a[0])
    .map(([value, cities]) => ({
      value,
      label: metric.measure === 'stars' ? t(lang, rankKey(value)) : String(value),
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
