/**
 * Turns the generated TopoJSON into the GeoJSON the layers draw: city polygons, and zone
 * outlines merged from the cities of each zone (so zone lines follow city borders exactly).
 */
import { feature, merge } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { ZoneId } from '../data/schema';

export interface CityProps {
  code: string;
  name: string;
  cp?: [number, number];
}

export type CityTopology = Topology<{ cities: GeometryCollection<CityProps> }>;

/** Checks the shape a fetched file must have before anything draws it. */
export function isCityTopology(x: unknown): x is CityTopology {
  const t = x as CityTopology | null;
  return (
    !!t &&
    t.type === 'Topology' &&
    Array.isArray(t.arcs) &&
    !!t.objects?.cities &&
    Array.isArray(t.objects.cities.geometries) &&
    t.objects.cities.geometries.length === 21
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

export function zoneFeatures(
  topo: CityTopology,
  zoneOf: (code: string) => ZoneId | undefined,
): FeatureCollection<MultiPolygon, { zone: ZoneId }> {
  const zones: ZoneId[] = ['prd', 'east', 'west', 'north'];
  const features: Feature<MultiPolygon, { zone: ZoneId }>[] = zones.map((zone) => ({
    type: 'Feature',
    properties: { zone },
    geometry: merge(
      topo,
      topo.objects.cities.geometries.filter(
        (g) => zoneOf((g.properties as CityProps).code) === zone,
      ) as never,
    ),
  }));
  return { type: 'FeatureCollection', features };
}
