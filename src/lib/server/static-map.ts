/**
 * Build-time: the static map's geometry, projected once from the shipped TopoJSON (server code,
 * never shipped). Pages with a map return it from their load, so the prerendered HTML carries
 * the SVG and the client can redraw it for the URL's view without d3 or a fetch.
 */
import topo from '../../../static/geo/cities.topo.json';
import type { CityTopology } from '../geo/topo';
import { projectCities, type StaticGeometry } from '../static-map/geometry';

let cached: StaticGeometry | null = null;

export function getMapGeometry(): StaticGeometry {
  return (cached ??= projectCities(topo as unknown as CityTopology));
}
