/**
 * Where a carrier goes on the map, at the precision its sources support. No source gives
 * coordinates, so a carrier is drawn at an interior point of its county, else of its host city,
 * else not at all, and the returned `precision` says which (the legend shows it to users).
 */
import { booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Precision } from '../data/platforms-schema';

export type Area = Feature<Polygon | MultiPolygon>;
/** Polygons keyed by feature `id` (county or city code). */
export type AreaCollection = FeatureCollection<Polygon | MultiPolygon>;
export type LngLat = [number, number];

/** The fields placement needs; a full `Carrier` fits. */
export interface PlaceableCarrier {
  id: string;
  county: string | null;
  hostCity: string | null;
}

export interface Placement {
  id: string;
  lngLat: LngLat | null;
  precision: Precision;
}

/** Index a collection by feature id (numbers and strings both become strings). */
export function indexById(collection: AreaCollection): Map<string, Area> {
  const byId = new Map<string, Area>();
  for (const f of collection.features) {
    if (f.id !== undefined && f.id !== null) byId.set(String(f.id), f);
  }
  return byId;
}

/**
 * A point guaranteed to lie inside the area: the centroid when it does (it reads best), else
 * Turf's point-on-feature, because the centroid of a crescent or an island group can fall
 * outside the shape.
 */
export function interiorPoint(area: Area): LngLat {
  const c = centroid(area).geometry.coordinates;
  if (booleanPointInPolygon(c, area)) return [c[0]!, c[1]!];
  const p = pointOnFeature(area).geometry.coordinates;
  return [p[0]!, p[1]!];
}

/**
 * Place each carrier at its county, else its host city, else nowhere.
 *
 * @example
 * placeCarriers([{ id: 'x', county: '441602', hostCity: '441600' }], counties, cities);
 * // → [{ id: 'x', lngLat: [114.7, 23.7], precision: 'county' }]
 */
export function placeCarriers(
  carriers: readonly PlaceableCarrier[],
  counties: AreaCollection,
  cities: AreaCollection,
): Placement[] {
  const countyById = indexById(counties);
  const cityById = indexById(cities);
  return carriers.map(({ id, county, hostCity }) => {
    const countyArea = county ? countyById.get(county) : undefined;
    if (countyArea) return { id, lngLat: interiorPoint(countyArea), precision: 'county' };
    const cityArea = hostCity ? cityById.get(hostCity) : undefined;
    if (cityArea) return { id, lngLat: interiorPoint(cityArea), precision: 'city' };
    return { id, lngLat: null, precision: 'unknown' };
  });
}
