import { describe, expect, it } from 'vitest';
import { merge } from 'topojson-client';
import { booleanPointInPolygon } from '@turf/turf';
import dataset from '../../../data/clusters.json';
import shipped from '../../../static/geo/cities.topo.json';
import {
  cityFeatures,
  isCityTopology,
  zoneFeatures,
  type CityProps,
  type CityTopology,
} from './topo';

const topo = shipped as unknown as CityTopology;

describe('the shipped boundary file', () => {
  it('has the 21 cities and the 4 zones', () => {
    expect(isCityTopology(topo)).toBe(true);
    expect(
      cityFeatures(topo)
        .features.map((f) => f.id)
        .sort(),
    ).toEqual(dataset.cities.map((c) => Number(c.code)).sort());
    expect(zoneFeatures(topo).features.map((f) => f.properties.zone)).toEqual(
      dataset.zones.map((z) => z.id),
    );
  });

  it("anchors each city's label inside its own polygon, so an unmoved label sits in its city", () => {
    for (const f of cityFeatures(topo).features)
      expect(booleanPointInPolygon(f.properties.cp!, f), f.properties.name).toBe(true);
  });

  it('draws each zone exactly as the merge of its cities in the dataset (npm run geo is current)', () => {
    const zoneOf = new Map(dataset.cities.map((c) => [c.code, c.zone]));
    for (const zone of zoneFeatures(topo).features) {
      const members = topo.objects.cities.geometries.filter(
        (g) => zoneOf.get((g.properties as CityProps).code) === zone.properties.zone,
      );
      expect(members.length).toBeGreaterThan(0);
      expect(zone.geometry).toEqual(merge(topo, members as never));
    }
  });
});

describe('isCityTopology', () => {
  const copy = () => JSON.parse(JSON.stringify(shipped)) as CityTopology;
  it('rejects a file without the zones, with a missing zone or an unknown one', () => {
    const noZones = copy() as unknown as { objects: Record<string, unknown> };
    delete noZones.objects.zones;
    expect(isCityTopology(noZones)).toBe(false);
    const short = copy();
    short.objects.zones.geometries.pop();
    expect(isCityTopology(short)).toBe(false);
    const unknown = copy();
    (unknown.objects.zones.geometries[0]!.properties as { zone: string }).zone = 'mars';
    expect(isCityTopology(unknown)).toBe(false);
  });
  it('rejects a file with a city missing, and non-topologies', () => {
    const short = copy();
    short.objects.cities.geometries.pop();
    expect(isCityTopology(short)).toBe(false);
    for (const x of [null, 1, 'Topology', {}, { type: 'Topology' }])
      expect(isCityTopology(x)).toBe(false);
  });
});
