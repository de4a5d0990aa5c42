/** Browser: the map the early boot script (boot.js) started, if it is for this element. */
import type { Map as MlMap } from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import bootUrl from './boot.js?url';
import topojsonUrl from 'topojson-client/dist/topojson-client.min.js?url';
import { buildOfflineStyle } from '../layers';
import { MAP_OPTIONS } from './bounds';

export const BOOT_URL = bootUrl;
export const TOPOJSON_URL = topojsonUrl;

export async function adoptEarlyMap(container: HTMLElement): Promise<MlMap | null> {
  const early = (window as unknown as { __gdAtlasEarly?: Promise<MlMap> }).__gdAtlasEarly;
  if (!early) return null;
  try {
    const map = await early;
    return map.getContainer() === container ? map : null;
  } catch {
    return null;
  }
}

/**
 * What boot.js needs, serialised into the page: the offline style (sources left empty: boot.js
 * fills the cities, MapView the zones), the map options, and where the worker and boundaries are.
 * `<` is escaped so the JSON cannot close its <script> element.
 */
export function earlyBootJson(worker: string, geo: string): string {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  const style: StyleSpecification = buildOfflineStyle({
    cities: empty,
    zones: empty,
    zonesVisible: false,
  });
  return JSON.stringify({ style, options: MAP_OPTIONS, worker, geo }).replace(/</g, '\\u003c');
}
