/** Fetches and checks the city TopoJSON; a missing or corrupt file becomes an error message. */
import { cityFeatures, isCityTopology, zoneFeatures, type CityTopology } from './topo';

export type GeoResult =
  | {
      ok: true;
      topo: CityTopology;
      cities: ReturnType<typeof cityFeatures>;
      zones: ReturnType<typeof zoneFeatures>;
    }
  | { ok: false; error: string };

export async function loadCityGeo(url: string, fetcher: typeof fetch = fetch): Promise<GeoResult> {
  try {
    const res = await fetcher(url);
    if (!res.ok) return { ok: false, error: `HTTP ${res.status}` };
    const topo: unknown = await res.json();
    if (!isCityTopology(topo))
      return { ok: false, error: 'not a TopoJSON of the 21 cities and 4 zones' };
    return { ok: true, topo, cities: cityFeatures(topo), zones: zoneFeatures(topo) };
  } catch (e) {
    return { ok: false, error: (e as Error).message || 'unreadable' };
  }
}
