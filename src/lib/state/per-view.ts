/**
 * Per-view pages: each single cluster in each language has a prerendered page of its own,
 * `/<cluster>-<lang>` for the explorer and `/embed/<cluster>-<lang>` for the embed, whose HTML
 * carries that view's static map, table and share image (`/map/<cluster>-<lang>.png`). A link
 * preview, a reader without JavaScript and a search engine all get the view, not the default.
 * The query still works on top of them; the app's own navigation goes back to the route's base
 * path with a query (`/?c=…`), which is the same route, so nothing remounts. Pure.
 */
import { serialiseView } from './url';
import { defaultView, LANGS, type Lang, type ViewState } from './view';
import { viewHref } from './nav';

/** The path segment: a cluster id, a hyphen, a language (`new-energy-en`). */
export const VIEW_SLUG = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(zh|en)$/;

export interface SlugView {
  cluster: string;
  lang: Lang;
}

/** The cluster and language a slug names, or null (not a slug, or not one of the clusters). */
export function parseSlug(slug: string, clusterIds: readonly string[]): SlugView | null {
  const m = VIEW_SLUG.exec(slug);
  if (!m || !clusterIds.includes(m[1]!)) return null;
  return { cluster: m[1]!, lang: m[2] as Lang };
}

/** The view a per-view page shows before any query is read (the default view without a slug). */
export function startView(slug: string | undefined, clusterIds: readonly string[]): ViewState {
  const view = defaultView();
  const named = slug ? parseSlug(slug, clusterIds) : null;
  if (named) {
    view.clusters = [named.cluster];
    view.lang = named.lang;
  }
  return view;
}

/** The language a path's slug names (`new-energy-en` → en), or null: the page's `<html lang>`. */
export function slugLang(slug: string | undefined): Lang | null {
  const m = slug ? VIEW_SLUG.exec(slug) : null;
  return m ? (m[2] as Lang) : null;
}

/** The slug of a view that has a page of its own (one cluster, nothing else but the language). */
export function slugOf(view: ViewState): string | null {
  if (view.clusters.length !== 1) return null;
  const own = { ...defaultView(), clusters: [...view.clusters], lang: view.lang };
  // Everything a link can say, compared as the link says it (title included).
  return serialiseView(view) === serialiseView(own) ? `${view.clusters[0]}-${view.lang}` : null;
}

/** Every per-view slug, for prerendering. */
export function allSlugs(clusterIds: readonly string[]): string[] {
  return clusterIds.flatMap((id) => LANGS.map((lang) => `${id}-${lang}`));
}

/** The route's own path without the slug: `/embed/new-energy-en` → `/embed`, `/auto-zh` → `/`. */
export function routePath(pathname: string, slug: string | undefined): string {
  if (!slug || !pathname.endsWith(`/${slug}`)) return pathname;
  return pathname.slice(0, -(slug.length + 1)) || '/';
}

/**
 * The link to share for a view on a route (`/` or `/embed`, with the site's base): the view's own
 * page when it has one, else the route with the view in its query.
 * @example canonicalHref('/embed', { ...defaultView(), clusters: ['automobiles'] }) === '/embed/automobiles-zh'
 */
export function canonicalHref(route: string, view: ViewState): string {
  const slug = slugOf(view);
  if (!slug) return viewHref(route, view);
  return `${route.replace(/\/$/, '')}/${slug}`;
}
