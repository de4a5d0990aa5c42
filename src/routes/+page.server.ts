import { retierMap } from '$lib/domain/editions';
import { loadEditions } from '$lib/server/editions';

/** The clusters the 2023 opinion re-tiers (id → tier): the explorer marks them. */
export function load() {
  return { retier: retierMap(loadEditions()) };
}
