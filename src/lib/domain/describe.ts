/** Sentences for a city's value under the current measure (tooltips, labels' titles, summaries). */
import type { CityMetric } from './aggregate';
import { t, type Lang, type MessageKey } from '../i18n/messages';
import { starGlyphs } from '../layers/city-labels';

export function describeValue(metric: CityMetric, v: { value: number; core: number | null }, lang: Lang): string {
  switch (metric.measure) {
    case 'stars':
      return `${t(lang, `star${v.value}` as MessageKey)}`.replace(/ ★+$/, '') + (v.value ? ` ${starGlyphs(v.value)}` : '');
    case 'hosted':
      return t(lang, 'hostedValue', { n: v.value, core: v.core ?? 0 });
    case 'sum':
      return t(lang, 'sumValue', { n: v.value });
    case 'core':
      return t(lang, 'coreValue', { n: v.value });
  }
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
  }
}
