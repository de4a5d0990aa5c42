import { describe, expect, it } from 'vitest';
import { decodeEchartsGeo, decodeRing } from './echarts-decode';

/** Encodes like ECharts' tooling does: zig-zag deltas offset by 64, two chars per point. */
function encode(
  points: [number, number][],
  scale: number,
): { ring: string; offsets: [number, number] } {
  const ints = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as const);
  const offsets: [number, number] = [ints[0]![0], ints[0]![1]];
  let px = offsets[0];
  let py = offsets[1];
  let ring = '';
  for (const [x, y] of ints) {
    const dx = x - px;
    const dy = y - py;
    px = x;
    py = y;
    ring += String.fromCharCode(((dx << 1) ^ (dx >> 31)) + 64, ((dy << 1) ^ (dy >> 31)) + 64);
  }
  return { ring, offsets };
}

describe('decodeRing', () => {
  it('recovers coordinates encoded as zig-zag deltas', () => {
    const pts: [number, number][] = [
      [113.25, 23.5],
      [113.2578125, 23.4921875],
      [113.24, 23.51],
    ];
    const { ring, offsets } = encode(pts, 1024);
    const back = decodeRing(ring, offsets, 1024);
    back.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(pts[i]![0], 2);
      expect(p[1]).toBeCloseTo(pts[i]![1], 2);
    });
  });
});

describe('decodeEchartsGeo', () => {
  it('passes plain GeoJSON through and decodes multipolygons', () => {
    const { ring, offsets } = encode(
      [
        [1, 1],
        [2, 1],
        [2, 2],
        [1, 1],
      ],
      1024,
    );
    const fc = decodeEchartsGeo({
      type: 'FeatureCollection',
      UTF8Encoding: true,
      features: [
        {
          id: '1',
          geometry: { type: 'MultiPolygon', coordinates: [[ring]], encodeOffsets: [[offsets]] },
        },
      ],
    });
    expect(fc.features[0]!.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [1, 1],
            [2, 1],
            [2, 2],
            [1, 1],
          ],
        ],
      ],
    });
  });
  it('rejects geometry types it cannot decode', () => {
    expect(() =>
      decodeEchartsGeo({
        type: 'FeatureCollection',
        UTF8Encoding: true,
        features: [{ geometry: { type: 'Point', coordinates: 'AA' } }],
      }),
    ).toThrow(/unsupported/);
  });
});
