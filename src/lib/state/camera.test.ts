import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_LAT,
  MAX_ZOOM,
  formatCamera,
  parseCamera,
  precisionForZoom,
  readCamera,
  wrapLng,
  type Camera,
} from './camera';

describe('formatCamera', () => {
  // [what, camera, hash]
  const cases: [string, Camera, string][] = [
    ['the province at zoom 6.5', { zoom: 6.5, lat: 23.3789, lng: 113.7633 }, '#6.5/23.379/113.763'],
    [
      'a whole-world view with one decimal',
      { zoom: 0, lat: 23.3789, lng: 113.7633 },
      '#0/23.4/113.8',
    ],
    [
      'a street view with five decimals',
      { zoom: 14, lat: 23.123456789, lng: 113.987654321 },
      '#14/23.12346/113.98765',
    ],
    ['zoom rounded to two decimals', { zoom: 7.12345, lat: 23, lng: 113 }, '#7.12/23/113'],
    ['no negative zero', { zoom: 2, lat: -0.0001, lng: -0.0001 }, '#2/0/0'],
    ['a longitude past the antimeridian, wrapped', { zoom: 3, lat: 0, lng: 473.1 }, '#3/0/113.1'],
    [
      'a longitude that rounds onto the antimeridian as 180, never -180',
      { zoom: 0, lat: 0, lng: -179.96 },
      '#0/0/180',
    ],
    [
      'a latitude past the Mercator limit, clamped',
      { zoom: 3, lat: 89, lng: 0 },
      `#3/${MAX_LAT}/0`,
    ],
    [
      'tiny coordinates at high zoom without exponents',
      { zoom: 24, lat: 1e-8, lng: -2e-8 },
      '#24/0.00000001/-0.00000002',
    ],
  ];
  it.each(cases)('writes %s', (_what, camera, hash) => {
    expect(formatCamera(camera)).toBe(hash);
  });

  it('writes nothing for a camera with non-finite numbers', () => {
    expect(formatCamera({ zoom: NaN, lat: 0, lng: 0 })).toBe('');
    expect(formatCamera({ zoom: 1, lat: Infinity, lng: 0 })).toBe('');
  });

  it('uses more decimals as the zoom grows, as MapLibre does', () => {
    expect([0, 3, 7, 10, 14, 18].map(precisionForZoom)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('parseCamera', () => {
  // [hash, camera]
  const good: [string, Camera][] = [
    ['#6.5/23.379/113.763', { zoom: 6.5, lat: 23.379, lng: 113.763 }],
    ['6.5/23.379/113.763', { zoom: 6.5, lat: 23.379, lng: 113.763 }],
    ['#6.5/23.379/113.763/30/45', { zoom: 6.5, lat: 23.379, lng: 113.763 }],
    ['#30/95/-190', { zoom: MAX_ZOOM, lat: MAX_LAT, lng: 170 }],
    ['#-1/-95/540', { zoom: 0, lat: -MAX_LAT, lng: 180 }],
    ['#.5/+1./-0', { zoom: 0.5, lat: 1, lng: -0 }],
  ];
  it.each(good)('reads %s', (hash, camera) => {
    expect(parseCamera(hash)).toEqual(camera);
  });

  const bad = [
    '',
    '#',
    '#6.5/23.4',
    '#6.5/23.4/113.7/0/0/0',
    '#a/b/c',
    '#1e3/0/0',
    '#0x10/0/0',
    '#Infinity/0/0',
    '#NaN/0/0',
    '#6.5//113',
    '#6.5/23.4/113.7&x=1',
    '# 6/23/113',
    '#map=6/23/113',
    `#${'1'.repeat(200)}/0/0`,
  ];
  it.each(bad)('returns null for %j', (hash) => {
    expect(parseCamera(hash)).toBeNull();
  });

  it('returns null instead of throwing on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (hash) => {
        const camera = parseCamera(hash);
        return (
          camera === null ||
          (camera.zoom >= 0 &&
            camera.zoom <= MAX_ZOOM &&
            Math.abs(camera.lat) <= MAX_LAT &&
            camera.lng > -180 &&
            camera.lng <= 180)
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back what it writes, and writing again changes nothing', () => {
    const camera = fc.record({
      zoom: fc.double({ min: -2, max: 30, noNaN: true }),
      lat: fc.double({ min: -100, max: 100, noNaN: true }),
      lng: fc.double({ min: -1000, max: 1000, noNaN: true }),
    });
    fc.assert(
      fc.property(camera, (c) => {
        const hash = formatCamera(c);
        const parsed = parseCamera(hash);
        expect(parsed).not.toBeNull();
        expect(formatCamera(parsed as Camera)).toBe(hash);
        expect(
          Math.abs((parsed as Camera).lat - Math.max(-MAX_LAT, Math.min(MAX_LAT, c.lat))),
        ).toBeLessThan(0.1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wrapLng', () => {
  it('wraps into (-180, 180] and leaves in-range values exactly alone', () => {
    expect([-540, -180, 0, 113.123, 180, 190, 360].map(wrapLng)).toEqual([
      180, 180, 0, 113.123, 180, -170, 0,
    ]);
  });
});

describe('readCamera', () => {
  it('accepts a camera over the province at a sane zoom', () => {
    expect(readCamera('#7.5/23.1/113.3')).toEqual({
      camera: { zoom: 7.5, lat: 23.1, lng: 113.3 },
      rejected: null,
    });
    expect(readCamera('')).toEqual({ camera: null, rejected: null });
  });
  // [what, hash]
  const bad: [string, string][] = [
    ['junk numbers', '#999/999/999'],
    ['a negative zoom', '#-5/23/113'],
    ['a street-level zoom', '#24/23.1/113.3'],
    ['a camera over another continent', '#7/48.8/2.3'],
    ['not a camera at all', '#matrix'],
    ['too few parts', '#7/23'],
  ];
  it.each(bad)('rejects %s, keeping the hash for the notice', (_what, hash) => {
    expect(readCamera(hash)).toEqual({ camera: null, rejected: hash });
  });
});
