/**
 * Turns the generated TopoJSON into the GeoJSON the layers draw: city polygons, and zone
 * outlines that `npm run geo` merged from the cities of each zone (so zone lines follow city
 * borders exactly, and the browser does no polygon merging while the map loads).
 */
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { ZoneId } from '../data/schema';

export interface CityProps {
  code: string;
  name: string;
  cp?: [number, number];
}

export interface ZoneProps {
  zone: ZoneId;
}

export type CityTopology = Topology<{
  cities: GeometryCollection<CityProps>;
  zones: GeometryCollection<ZoneProps>;
}>;

const ZONES: readonly string[] = ['prd', 'east', 'west', 'north'] satisfies ZoneId[];

/** Checks the shape a fetched file must have before anything draws it. */
export function isCityTopology(x: unknown): x is CityTopology {
  const t = x as CityTopology | null;
  return (
    !!t &&
    t.type === 'Topology' &&
    Array.isArray(t.arcs) &&
    !!t.objects?.cities &&
    Array.isArray(t.objects.cities.geometries) &&
    t.objects.cities.geometries.length === 21 &&
    Array.isArray(t.objects.zones?.geometries) &&
    t.objects.zones.geometries.length === ZONES.length &&
    t.objects.zones.geometries.every((g) =>
      ZONES.includes((g.properties as Partial<ZoneProps> | undefined)?.zone ?? ''),
    )
  );
}

export function cityFeatures(
  topo: CityTopology,
): FeatureCollection<Polygon | MultiPolygon, CityProps> {
  const fc = feature(topo, topo.objects.cities) as FeatureCollection<
    Polygon | MultiPolygon,
    CityProps
  >;
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ ...f, id: Number(f.properties.code) })),
  };
}

/** The four zone outlines, merged from their cities' arcs when the file was built. */
export function zoneFeatures(topo: CityTopology): FeatureCollection<MultiPolygon, ZoneProps> {
  return feature(topo, topo.objects.zones) as FeatureCollection<MultiPolygon, ZoneProps>;
}
