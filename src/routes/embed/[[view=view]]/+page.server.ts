import { checkSlug, viewEntries } from '$lib/server/per-view';
import { getMapGeometry } from '$lib/server/static-map';

/** `/embed` and each single cluster's own embed, `/embed/<cluster>-<lang>`. */
export const entries = viewEntries;

export function load({ params }) {
  checkSlug(params.view);
  return { mapGeometry: getMapGeometry() };
}
