import { retierMap } from '$lib/domain/editions';
import { loadEditions } from '$lib/server/editions';
import { getMapGeometry } from '$lib/server/static-map';

/** The clusters the 2023 opinion re-tiers (id → tier): the explorer marks them; the static map. */
export function load() {
  return { retier: retierMap(loadEditions()), mapGeometry: getMapGeometry() };
}
