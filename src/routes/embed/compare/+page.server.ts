import { AtlasIndex } from '$lib/data/atlas';
import { embedCities } from '$lib/domain/compare';
import { getCarrierAtlas } from '$lib/server/carriers';
import { getAtlas } from '$lib/server/dataset';

/**
 * The carriers and pairings of the default comparison, so the prerendered page (shown without
 * JavaScript) has every row; a link's own cities load /data/carriers.json.
 */
export function load() {
  const codes = embedCities(new AtlasIndex(getAtlas()), []);
  const all = getCarrierAtlas();
  return {
    defaultCodes: codes,
    defaultCarriers: {
      ...all,
      carriers: all.carriers.filter((c) => c.hostCity !== null && codes.includes(c.hostCity)),
      pairings: all.pairings.filter((p) => codes.includes(p.helper) || codes.includes(p.partner)),
      unknowns: [],
    },
  };
}
