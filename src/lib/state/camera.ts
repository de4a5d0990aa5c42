/**
 * The map camera lives in the hash, `#<zoom>/<lat>/<lng>`, as in MapLibre's `hash.ts`, so panning
 * never adds history entries (the caller writes it with `replaceState`, throttled).
 */

export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

import { CAMERA_LIMITS } from '../map/bounds';

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 24;
/** Web Mercator stops just short of the poles. */
export const MAX_LAT = 85.05;
/** Hashes longer than this are not read. */
const MAX_HASH_LENGTH = 100;

// Plain decimals only: no exponents, hex, 'Infinity' or empty strings, which `Number` accepts.
const DECIMAL = /^[+-]?(?:\d{1,12}(?:\.\d{0,12})?|\.\d{1,12})$/;

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** Longitude into (-180, 180], the way MapLibre's `LngLat.wrap` does. */
export function wrapLng(lng: number): number {
  // In-range values pass untouched: the modulo arithmetic below adds float noise.
  if (lng > -180 && lng <= 180) return lng;
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 ? 180 : wrapped;
}

/**
 * Decimals that keep a coordinate within half a pixel of a 512 px tile at this zoom — MapLibre's
 * rule, from 512 · 2^zoom / 360 / 10^d < 0.5: 1 at zoom 0, 3 at zoom 7, 5 at zoom 14.
 */
export function precisionForZoom(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

/** Round to `decimals` and print without exponent or trailing zeros ("-0" prints as "0"). */
function roundTo(n: number, decimals: number): number {
  const m = 10 ** decimals;
  return Math.round(n * m) / m || 0;
}

function print(n: number, decimals: number): string {
  const text = String(n);
  return text.includes('e') ? n.toFixed(decimals).replace(/\.?0+$/, '') : text;
}

/**
 * Read `#zoom/lat/lng` (the `#` optional; MapLibre's trailing bearing and pitch are accepted and
 * dropped). Returns null for anything else. Zoom and latitude are clamped, longitude wrapped.
 * @example parseCamera('#7.5/23.4/473.1') → { zoom: 7.5, lat: 23.4, lng: 113.1 }
 */
export function parseCamera(hash: string): Camera | null {
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return null;
  const parts = (hash.startsWith('#') ? hash.slice(1) : hash).split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.every((p) => DECIMAL.test(p))) return null;
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  return {
    zoom: clamp(zoom, MIN_ZOOM, MAX_ZOOM),
    lat: clamp(lat, -MAX_LAT, MAX_LAT),
    lng: wrapLng(lng),
  };
}

/**
 * Write a camera as `#zoom/lat/lng`: zoom to 2 decimals, coordinates to `precisionForZoom`.
 * Non-finite numbers give ''. The same rounding applies on every write, so
 * `formatCamera(parseCamera(formatCamera(c)))` equals `formatCamera(c)`.
 */
export function formatCamera(camera: Camera): string {
  const { zoom, lat, lng } = camera;
  if (![zoom, lat, lng].every(Number.isFinite)) return '';
  const z = Math.round(clamp(zoom, MIN_ZOOM, MAX_ZOOM) * 100) / 100;
  const d = precisionForZoom(z);
  // Round, then clamp and wrap again, so the written numbers parse back to themselves.
  const y = clamp(roundTo(clamp(lat, -MAX_LAT, MAX_LAT), d), -MAX_LAT, MAX_LAT);
  const x = wrapLng(roundTo(wrapLng(lng), d));
  return `#${print(z, 2)}/${print(y, d)}/${print(x, d)}`;
}

/**
 * The camera a link's hash asks for, if it is one the atlas can show; otherwise `rejected` holds
 * the hash as written (for the notice) and the map keeps its default view. An empty hash is
 * neither.
 * @example readCamera('#999/999/999') → { camera: null, rejected: '#999/999/999' }
 */
export function readCamera(hash: string): { camera: Camera | null; rejected: string | null } {
  if (hash === '' || hash === '#') return { camera: null, rejected: null };
  const camera = parseCamera(hash);
  const [[west, south], [east, north]] = CAMERA_LIMITS.bounds;
  const ok =
    camera !== null &&
    camera.zoom >= CAMERA_LIMITS.minZoom &&
    camera.zoom <= CAMERA_LIMITS.maxZoom &&
    camera.lng >= west &&
    camera.lng <= east &&
    camera.lat >= south &&
    camera.lat <= north;
  return ok ? { camera, rejected: null } : { camera: null, rejected: hash.slice(0, 40) };
}
