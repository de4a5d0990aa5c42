import { ratingGlyphs, UNPRINTED_GLYPH } from './rating';
import { UNPRINTED_CLASS } from './aggregate';

/** ★★★ for 3 stars, – for none, ○ for a member whose level is not printed. */
export const starGlyphs = ratingGlyphs;

/** What a city's value is made of; `unprinted` counts hosted clusters whose level is not printed. */
type Value = { value: number; core: number | null; unprinted?: number };

/** Sentences for a city's value under the current measure (tooltips, labels' titles, summaries). */
import type { CityMetric } from './aggregate';
import type { AtlasIndex } from '../data/atlas';
import { starKey, t, type Lang } from '../i18n/messages';

export function describeValue(metric: CityMetric, v: Value, lang: Lang): string {
  const apart = v.unprinted ? ` (${t(lang, 'unprintedCount', { n: v.unprinted })})` : '';
  switch (metric.measure) {
    case 'stars':
      if (v.unprinted) return t(lang, 'starUnprinted');
      return (
        `${t(lang, starKey(v.value))}`.replace(/ ★+$/, '') +
        (v.value ? ` ${starGlyphs(v.value as 1 | 2 | 3)}` : '')
      );
    case 'hosted':
      return t(lang, 'hostedValue', { n: v.value, core: v.core ?? 0 });
    case 'sum':
      return t(lang, 'sumValue', { n: v.value }) + apart;
    case 'core':
      return t(lang, 'coreValue', { n: v.value });
    case 'amount':
      return t(lang, 'amountValue', { amount: formatYuan(v.value, lang) });
  }
}

/** "广州：核心 ★★★" — a city and its value, for tooltips and label titles. */
export function citySentence(
  index: AtlasIndex,
  metric: CityMetric,
  code: string,
  lang: Lang,
): string {
  const v = metric.byCity.get(code) ?? { value: 0, core: null };
  return t(lang, 'labelled', {
    label: index.city(code)?.name[lang] ?? code,
    text: describeValue(metric, v, lang),
  });
}

/** Yuan as 万元 (zh) or ¥ with m/k (en): 50000000 → "5,000万元" / "¥50m". */
export function formatYuan(yuan: number, lang: Lang): string {
  return YUAN_FORMAT[lang](yuan);
}
const YUAN_FORMAT: Record<Lang, (yuan: number) => string> = {
  zh: (yuan) => `${(yuan / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}万元`,
  en: (yuan) =>
    yuan >= 1_000_000
      ? `¥${(yuan / 1_000_000).toLocaleString('en', { maximumFractionDigits: 2 })}m`
      : `¥${yuan.toLocaleString('en')}`,
};

/** The value as the short text on a map label or in a table cell. */
export function valueText(metric: CityMetric, v: Value, lang: Lang): string {
  switch (metric.measure) {
    case 'stars':
      return v.unprinted ? UNPRINTED_GLYPH : starGlyphs(v.value as 0 | 1 | 2 | 3);
    case 'hosted':
      return `${v.value} · ${v.core ?? 0}★`;
    case 'amount':
      return v.value ? formatYuan(v.value, lang) : '–';
    default:
      return String(v.value);
  }
}

/** A legend class's label: the star level's name, a number range, or an amount range. */
export function legendLabel(
  metric: CityMetric,
  c: { cls: number; min: number; max: number },
  lang: Lang,
): string {
  if (metric.measure === 'stars')
    return t(lang, c.cls === UNPRINTED_CLASS ? 'starUnprinted' : starKey(c.cls));
  if (metric.measure === 'amount')
    return c.max === 0
      ? t(lang, 'amountNone')
      : `${c.min <= 1 ? '> 0' : formatYuan(c.min, lang)} – ${formatYuan(c.max, lang)}`;
  return c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
}

/** The legend's heading for a selection. */
export function legendTitle(metric: CityMetric, clusterNames: string[], lang: Lang): string {
  switch (metric.measure) {
    case 'stars':
      return t(lang, 'legendStars', { cluster: clusterNames[0] ?? '' });
    case 'hosted':
      return t(lang, 'legendHosted', { max: metric.maxPossible });
    case 'sum':
      return t(lang, 'legendSum', { n: clusterNames.length, max: metric.maxPossible });
    case 'core':
      return t(lang, 'legendCore', { n: clusterNames.length, max: metric.maxPossible });
    case 'amount':
      return t(lang, 'legendAmount');
  }
}
