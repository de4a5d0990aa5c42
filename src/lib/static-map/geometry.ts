/**
 * The static map's geometry: the 21 city polygons projected once, at build time, with d3-geo's
 * spherical Mercator (what MapLibre draws), framed on `GD_BOUNDS` as the WebGL map is. The box
 * is the bounds' own projected rectangle, so an SVG with this viewBox, set inside the map box
 * with MapLibre's fit padding and `preserveAspectRatio="xMidYMid meet"`, lands where
 * `fitBounds(GD_BOUNDS, { padding })` puts the province. Paths are integer, relative SVG path
 * data (about half the size of d3's absolute output): one unit is a thousandth of the width.
 */
import { geoMercator, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { cityFeatures, type CityTopology } from '../geo/topo';
import { GD_BOUNDS } from '../map/bounds';

export interface StaticCity {
  code: string;
  /** SVG path data in box units. */
  d: string;
  /** The label anchor (the city's `cp`, projected), or null when the file has none. */
  anchor: [number, number] | null;
}

export interface StaticGeometry {
  width: number;
  height: number;
  cities: StaticCity[];
}

export const STATIC_WIDTH = 1000;

/** The projection that maps `GD_BOUNDS` onto [0, width] × [0, height]. */
export function boundsProjection(width = STATIC_WIDTH): {
  projection: GeoProjection;
  height: number;
} {
  const corners: MultiPoint = { type: 'MultiPoint', coordinates: GD_BOUNDS };
  const projection = geoMercator().fitWidth(width, corners);
  const [[, y0], [, y1]] = geoPath(projection).bounds(corners);
  return { projection, height: Math.round(y1 - y0) };
}

/** A d3 path context writing compact relative path data, dropping rings that round to nothing. */
class RelativePath implements GeoContext {
  private out: string[] = [];
  private ring: [number, number][] = [];
  private at: [number, number] = [0, 0];

  moveTo(x: number, y: number) {
    this.flush();
    this.ring.push([Math.round(x), Math.round(y)]);
  }
  lineTo(x: number, y: number) {
    const p: [number, number] = [Math.round(x), Math.round(y)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) this.ring.push(p);
  }
  closePath() {
    this.flush();
  }
  arc() {}
  beginPath() {}
  toString(): string {
    this.flush();
    return this.out.join('');
  }
  private flush() {
    const ring = this.ring;
    this.ring = [];
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1])
      ring.pop();
    if (ring.length < 3) return;
    let [x, y] = this.at;
    const nums: number[] = [];
    for (const [px, py] of ring) {
      nums.push(px - x, py - y);
      [x, y] = [px, py];
    }
    const [m0, m1, ...rest] = nums;
    this.out.push(`m${pair(m0!, m1!)}l${pairs(rest)}z`);
    // After "z" the current point is the ring's start.
    this.at = ring[0]!;
  }
}

const pair = (a: number, b: number) => `${a}${b < 0 ? '' : ' '}${b}`;
function pairs(nums: number[]): string {
  let s = '';
  nums.forEach((n, i) => (s += i === 0 || n < 0 ? `${n}` : ` ${n}`));
  return s;
}

/** Projects the cities of the generated TopoJSON into the static map's box. */
export function projectCities(topo: CityTopology, width = STATIC_WIDTH): StaticGeometry {
  const { projection, height } = boundsProjection(width);
  const cities = cityFeatures(topo).features.map((f) => {
    const ctx = new RelativePath();
    geoPath(projection, ctx)(f);
    const cp = f.properties.cp ? projection(f.properties.cp) : null;
    return {
      code: f.properties.code,
      d: ctx.toString(),
      anchor: cp ? ([Math.round(cp[0]), Math.round(cp[1])] as [number, number]) : null,
    };
  });
  return { width, height, cities };
}
