import { retierMap } from '$lib/domain/editions';
import { loadEditions } from '$lib/server/editions';
import { checkSlug, viewEntries } from '$lib/server/per-view';
import { getMapGeometry } from '$lib/server/static-map';
import { getDataset } from '$lib/server/dataset';
import { glossesFor } from '$lib/server/glossary';

/** `/` and each single cluster's own page, `/<cluster>-<lang>`. */
export const entries = viewEntries;

/**
 * The clusters the 2023 opinion re-tiers (id → tier): the explorer marks them; the static map;
 * the English renderings of the plan's box titles the cluster panel names.
 */
export function load({ params }) {
  checkSlug(params.view);
  return {
    retier: retierMap(loadEditions()),
    mapGeometry: getMapGeometry(),
    glosses: glossesFor(getDataset().clusters.map((c) => c.panel.title)),
  };
}
