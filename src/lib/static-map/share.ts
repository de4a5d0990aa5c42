/**
 * Share images: one PNG and one SVG per prerendered view (the default, and each single
 * cluster) in each language, written at build time to `/map/<view>-<lang>.png|svg` and named by
 * the pages' `og:image` / `twitter:image`. Pure: what each card says, and where it lives.
 */
import type { AtlasIndex } from '../data/atlas';
import { cityMetric } from '../domain/aggregate';
import { legendLabel, legendTitle } from '../domain/describe';
import { creditOf } from '../export/files';
import { t, type Lang } from '../i18n/messages';
import type { ShareCard } from './svg';

/** 'all' for the default view, else the one cluster's id. */
export type ShareView = string;

/** Every view with an image: the default and each cluster alone. */
export function shareViews(index: AtlasIndex): ShareView[] {
  return ['all', ...index.atlas.clusters.map((k) => k.id)];
}

/** The image for a selection: its cluster's when one is chosen, else the default view's. */
export function shareViewOf(clusters: readonly string[]): ShareView {
  return clusters.length === 1 ? clusters[0]! : 'all';
}

/** Path of a share image under the site's base, without extension: `map/new-energy-en`. */
export function shareImagePath(view: ShareView, lang: Lang): string {
  return `map/${view}-${lang}`;
}

/** The metric, title, legend and credit a card shows. */
export function shareCard(index: AtlasIndex, view: ShareView, lang: Lang, site: string) {
  const metric = cityMetric(index, view === 'all' ? [] : [view], 'stars');
  const names = metric.clusters.map((id) => index.cluster(id)!.name[lang]);
  const title = names.length ? `${names[0]} · ${t(lang, 'appTitle')}` : t(lang, 'appTitle');
  const credit = creditOf(index);
  const card: ShareCard = {
    title,
    legendTitle: legendTitle(metric, names, lang),
    legend: metric.legend.map((c) => ({ color: c.color, label: legendLabel(metric, c, lang) })),
    credit: `${t(lang, 'source')}: ${credit.source} · ${t(lang, 'datasetVersion', { version: credit.version, date: credit.date })}`,
    site,
  };
  return { metric, card, alt: t(lang, 'shareImageAlt', { title }) };
}
