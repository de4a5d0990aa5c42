/**
 * What a PNG export writes around the map, in the view's language: the title, the legend and the
 * credit line (the stars' document by source id, the dataset version, the plan period). Pure.
 */
import type { AtlasIndex } from '../data/atlas';
import type { CityMetric } from '../domain/aggregate';
import type { Credit } from '../domain/credit';
import { legendLabel } from '../domain/describe';
import { t, type Lang } from '../i18n/messages';
import type { PngSpec } from './png';

export interface PngView {
  index: AtlasIndex;
  metric: CityMetric;
  lang: Lang;
  title: string;
  legendTitle: string;
  credit: Credit;
  /** The plan-period sentence ('' when the dataset states none). */
  periodNote: string;
}

export function pngSpec(view: PngView, date: string, scale: 1 | 2): Omit<PngSpec, 'labels'> {
  const { index, metric, lang } = view;
  const parts = [
    t(lang, 'labelled', { label: t(lang, 'source'), text: view.credit.text[lang] }),
    t(lang, 'datasetVersion', { version: index.atlas.version, date: index.atlas.date }),
    view.periodNote,
  ].filter(Boolean);
  return {
    title: view.title,
    legendTitle: view.legendTitle,
    legend: metric.legend.map((c) => ({ color: c.color, label: legendLabel(metric, c, lang) })),
    credit: parts.join(' · '),
    date,
    scale,
  };
}
