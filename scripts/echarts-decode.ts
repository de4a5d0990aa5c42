/**
 * Decodes ECharts' "UTF8Encoding" GeoJSON (each coordinate pair zig-zag + delta encoded as two
 * characters offset by 64, scaled by 1024). Port of echarts/src/coord/geo/parseGeoJson.js (4.9.0).
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';

type EncodedGeometry = { type: string; coordinates: unknown; encodeOffsets?: unknown };
export interface EchartsGeo {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: {
    id?: string | number;
    properties?: Record<string, unknown>;
    geometry: EncodedGeometry;
  }[];
}

export function decodeRing(ring: string, offsets: [number, number], scale: number): Position[] {
  const result: Position[] = [];
  let prevX = offsets[0];
  let prevY = offsets[1];
  for (let i = 0; i < ring.length; i += 2) {
    let x = ring.charCodeAt(i) - 64;
    let y = ring.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    result.push([x / scale, y / scale]);
  }
  return result;
}

export function decodeEchartsGeo(json: EchartsGeo): FeatureCollection {
  const scale = json.UTF8Scale ?? 1024;
  const features = json.features.map((f) => {
    const g = f.geometry;
    let geometry: Geometry;
    if (!json.UTF8Encoding) {
      geometry = g as unknown as Geometry;
    } else if (g.type === 'Polygon') {
      const offsets = g.encodeOffsets as [number, number][];
      geometry = {
        type: 'Polygon',
        coordinates: (g.coordinates as string[]).map((r, i) => decodeRing(r, offsets[i]!, scale)),
      };
    } else if (g.type === 'MultiPolygon') {
      const offsets = g.encodeOffsets as [number, number][][];
      geometry = {
        type: 'MultiPolygon',
        coordinates: (g.coordinates as string[][]).map((rings, p) =>
          rings.map((r, i) => decodeRing(r, offsets[p]![i]!, scale)),
        ),
      };
    } else {
      throw new Error(`unsupported encoded geometry ${g.type}`);
    }
    return { type: 'Feature' as const, id: f.id, properties: f.properties ?? {}, geometry };
  });
  return { type: 'FeatureCollection', features };
}
