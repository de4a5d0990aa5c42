import { retierMap } from '$lib/domain/editions';
import { loadEditions } from '$lib/server/editions';
import { getMapGeometry } from '$lib/server/static-map';
import { getDataset } from '$lib/server/dataset';
import { glossesFor } from '$lib/server/glossary';

/**
 * The clusters the 2023 opinion re-tiers (id → tier): the explorer marks them; the static map;
 * the English renderings of the plan's box titles the cluster panel names.
 */
export function load() {
  return {
    retier: retierMap(loadEditions()),
    mapGeometry: getMapGeometry(),
    glosses: glossesFor(getDataset().clusters.map((c) => c.panel.title)),
  };
}
