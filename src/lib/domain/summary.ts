/**
 * Plain-text summaries of the current view, generated from the data: the embed's accessible
 * description and its visible ranked list ("新能源: core cities 广州, 深圳…").
 */
import type { AtlasIndex } from '../data/atlas';
import type { CityMetric } from './aggregate';
import type { Lang } from '../i18n/messages';

export interface RankedGroup {
  /** Heading of the group, e.g. "核心" or "12". */
  label: string;
  value: number;
  cities: { code: string; name: string }[];
}

const LEVELS: Record<Lang, string[]> = {
  zh: ['未布局', '一般', '重点', '核心'],
  en: ['not laid out', 'general', 'key', 'core'],
};

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
      label: metric.measure === 'stars' ? LEVELS[lang][value]! : String(value),
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
  const sep = lang === 'zh' ? '、' : ', ';
  const groups = rankedGroups(index, metric, lang);
  const parts = groups.map((g) => {
    const names = g.cities.map((c) => c.name).join(sep);
    if (metric.measure === 'stars')
      return lang === 'zh' ? `${g.label}城市：${names}` : `${g.label}: ${names}`;
    return lang === 'zh' ? `${g.label}：${names}` : `${g.label}: ${names}`;
  });
  return `${title}${lang === 'zh' ? '——' : ' — '}${parts.join(lang === 'zh' ? '；' : '; ')}`;
}
