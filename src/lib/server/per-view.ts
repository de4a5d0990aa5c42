/** The per-view pages to prerender, and the check every per-view page's load makes. */
import { error } from '@sveltejs/kit';
import { allSlugs, parseSlug } from '$lib/state/per-view';
import { getAtlas } from './dataset';

const clusterIds = () => getAtlas().clusters.map((c) => c.id);

/** Every single cluster in every language (the base page, without a slug, is prerendered too). */
export function viewEntries(): { view: string }[] {
  return allSlugs(clusterIds()).map((view) => ({ view }));
}

/** A slug that looks right but names no cluster is a 404, not the default view. */
export function checkSlug(slug: string | undefined): void {
  if (slug !== undefined && !parseSlug(slug, clusterIds())) error(404, `No view ${slug}`);
}
