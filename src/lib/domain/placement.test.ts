import { booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  indexById,
  interiorPoint,
  placeCarriers,
  type Area,
  type AreaCollection,
  type PlaceableCarrier,
} from './placement';

/** A closed ring from corner points. */
const ring = (pts: Position[]): Position[] => [...pts, pts[0]!];

function square(id: string | number, x: number, y: number, size = 1): Area {
  return {
    type: 'Feature',
    id,
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        ring([
          [x, y],
          [x + size, y],
          [x + size, y + size],
          [x, y + size],
        ]),
      ],
    },
  };
}

/** A "C" shape whose centroid falls in the empty bite, outside the polygon. */
function crescent(id: string): Area {
  return {
    type: 'Feature',
    id,
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        ring([
          [0, 0],
          [3, 0],
          [3, 0.5],
          [0.5, 0.5],
          [0.5, 2.5],
          [3, 2.5],
          [3, 3],
          [0, 3],
        ]),
      ],
    },
  };
}

/** Two islands far apart: the centroid lands in the sea between them. */
function islands(id: string): Area {
  return {
    type: 'Feature',
    id,
    properties: {},
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          ring([
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ]),
        ],
        [
          ring([
            [10, 0],
            [11, 0],
            [11, 1],
            [10, 1],
          ]),
        ],
      ],
    },
  };
}

const collection = (...features: Area[]): AreaCollection => ({
  type: 'FeatureCollection',
  features,
});

const carrier = (over: Partial<PlaceableCarrier> = {}): PlaceableCarrier => ({
  id: 'c1',
  county: null,
  hostCity: null,
  ...over,
});

describe('interiorPoint', () => {
  it('uses the centroid when it lies inside the shape', () => {
    expect(interiorPoint(square('a', 0, 0, 2))).toEqual([1, 1]);
  });

  it.each([
    ['a crescent', crescent('c')],
    ['an island group', islands('i')],
  ])('falls back to a point on the shape for %s', (_name, shape) => {
    const p = interiorPoint(shape);
    expect(booleanPointInPolygon(p, shape)).toBe(true);
  });
});

describe('placeCarriers', () => {
  const counties = collection(square('441602', 0, 0), crescent('441625'));
  const cities = collection(square('441600', 0, 0, 4), square(441800, 10, 10, 2));

  it('places a carrier with a county inside that county', () => {
    const [p] = placeCarriers(
      [carrier({ county: '441602', hostCity: '441600' })],
      counties,
      cities,
    );
    expect(p).toEqual({ id: 'c1', lngLat: [0.5, 0.5], precision: 'county' });
  });

  it('keeps an odd-shaped county placement inside the polygon', () => {
    const [p] = placeCarriers(
      [carrier({ county: '441625', hostCity: '441600' })],
      counties,
      cities,
    );
    expect(p?.precision).toBe('county');
    expect(booleanPointInPolygon(p!.lngLat!, crescent('441625'))).toBe(true);
  });

  it('falls back to the host city when there is no county', () => {
    const [p] = placeCarriers([carrier({ hostCity: '441600' })], counties, cities);
    expect(p).toEqual({ id: 'c1', lngLat: [2, 2], precision: 'city' });
  });

  it('falls back to the host city when the county is missing from the map data', () => {
    const [p] = placeCarriers(
      [carrier({ county: '441699', hostCity: '441600' })],
      counties,
      cities,
    );
    expect(p?.precision).toBe('city');
  });

  it('matches numeric feature ids to string codes', () => {
    const [p] = placeCarriers([carrier({ hostCity: '441800' })], counties, cities);
    expect(p).toEqual({ id: 'c1', lngLat: [11, 11], precision: 'city' });
  });

  it.each([
    ['no county and no host city', carrier()],
    ['a host city missing from the map data', carrier({ hostCity: '445300' })],
  ])('returns no point for %s', (_name, c) => {
    expect(placeCarriers([c], counties, cities)).toEqual([
      { id: 'c1', lngLat: null, precision: 'unknown' },
    ]);
  });

  it('returns one placement per carrier, in order', () => {
    const ids = placeCarriers(
      [carrier({ id: 'a' }), carrier({ id: 'b', hostCity: '441600' })],
      counties,
      cities,
    ).map((p) => p.id);
    expect(ids).toEqual(['a', 'b']);
  });
});

describe('indexById', () => {
  it('skips features without an id', () => {
    const noId: Area = { ...square('x', 0, 0), id: undefined };
    expect([...indexById(collection(noId, square(7, 1, 1))).keys()]).toEqual(['7']);
  });
});
