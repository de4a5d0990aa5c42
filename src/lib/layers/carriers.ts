/**
 * Carriers (platforms, zones, parks, bases) as dots: colour and size by kind, solid in a known
 * county or a ring for a city-level guess, faded when something else is emphasised.
 *
 * Returns a plain descriptor, not a deck.gl layer: the map view does
 * `new ScatterplotLayer(desc.props)` after loading deck.gl lazily, so deck.gl stays out of the
 * initial bundle and this module stays testable in Node.
 */
import type { ScatterplotLayerProps } from '@deck.gl/layers';
import {
  CARRIER_KINDS,
  KIND_STYLE,
  PRECISION_STYLE,
  type CarrierAtlas,
  type LightCarrier,
  type LngLat,
} from '../domain/carriers';

type RGBA = [number, number, number, number];

/** A carrier the map can draw: `position` is its placement plus the spread offset. */
export interface PlacedCarrier extends LightCarrier {
  lngLat: LngLat;
  position: LngLat;
}

export interface CarriersView {
  visible: boolean;
  /** Carrier ids to stand out; when non-empty, all others fade. */
  emphasised: ReadonlySet<string>;
  /** Carriers hosted here get a heavier outline. */
  selectedCity: string | null;
}

export interface CarriersLayerProps {
  id: 'carriers';
  data: readonly PlacedCarrier[];
  visible: boolean;
  pickable: true;
  autoHighlight: true;
  stroked: true;
  filled: true;
  radiusUnits: 'pixels';
  lineWidthUnits: 'pixels';
  getPosition: (d: PlacedCarrier) => LngLat;
  getFillColor: (d: PlacedCarrier) => RGBA;
  getLineColor: (d: PlacedCarrier) => RGBA;
  getLineWidth: (d: PlacedCarrier) => number;
  getRadius: (d: PlacedCarrier) => number;
  /** Only the accessors that read the view; each key changes exactly when its output can. */
  updateTriggers: {
    getFillColor: string;
    getLineColor: string;
    getRadius: string;
    getLineWidth: string;
  };
}

export interface CarriersLayerDescriptor {
  type: 'ScatterplotLayer';
  props: CarriersLayerProps;
}

/** Spacing of carriers that share one anchor (about 3 km; ~5 px at zoom 7). */
export const SPREAD_DEGREES = 0.03;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const FADE = 0.25;
const EMPHASIS_SCALE = 1.5;
const SELECTED_EXTRA_LINE = 1.5;

/**
 * Offset of the k-th carrier at a shared anchor, on a sunflower spiral: the first sits on the
 * anchor, each next one a golden angle further round at radius ∝ √k, so any number of dots
 * spread evenly without a lookup table. Longitude is stretched by 1/cos(lat) so the spread is
 * round on a Web Mercator map. Offsets are in degrees, so dots still touch at province zoom
 * and separate as the user zooms in (a pixel offset is not available on ScatterplotLayer).
 */
export function spreadOffset(k: number, lat: number): LngLat {
  if (k <= 0) return [0, 0];
  const r = SPREAD_DEGREES * Math.sqrt(k);
  const a = k * GOLDEN_ANGLE;
  return [(r * Math.cos(a)) / Math.cos((lat * Math.PI) / 180), r * Math.sin(a)];
}

const kindRank = (c: LightCarrier) => CARRIER_KINDS.indexOf(c.kind);

/**
 * Placed carriers with spread positions, drawn least important first so main platforms sit on
 * top. At each anchor the most important kind takes the centre, then dataset order: the same
 * atlas always gives the same positions.
 */
export function placedCarriers(atlas: CarrierAtlas): PlacedCarrier[] {
  const groups = new Map<string, (LightCarrier & { lngLat: LngLat })[]>();
  for (const c of atlas.carriers) {
    if (!c.lngLat) continue;
    const key = `${c.lngLat[0].toFixed(6)},${c.lngLat[1].toFixed(6)}`;
    const group = groups.get(key) ?? [];
    group.push({ ...c, lngLat: c.lngLat });
    groups.set(key, group);
  }
  const placed: PlacedCarrier[] = [];
  for (const group of groups.values()) {
    const ordered = group
      .map((c, i) => ({ c, i }))
      .sort((a, b) => kindRank(a.c) - kindRank(b.c) || a.i - b.i);
    ordered.forEach(({ c }, k) => {
      const [dx, dy] = spreadOffset(k, c.lngLat[1]);
      placed.push({ ...c, position: [c.lngLat[0] + dx, c.lngLat[1] + dy] });
    });
  }
  return placed
    .map((c, i) => ({ c, i }))
    .sort((a, b) => kindRank(b.c) - kindRank(a.c) || a.i - b.i)
    .map(({ c }) => c);
}

/** One data array per atlas: deck.gl diffs `data` by reference, so a view change must not replace it. */
const dataCache = new WeakMap<CarrierAtlas, PlacedCarrier[]>();
function dataFor(atlas: CarrierAtlas): PlacedCarrier[] {
  let data = dataCache.get(atlas);
  if (!data) dataCache.set(atlas, (data = placedCarriers(atlas)));
  return data;
}

const precisionStyle = (d: LightCarrier) =>
  PRECISION_STYLE[d.precision === 'county' ? 'county' : 'city'];

/**
 * @example
 * const { props } = buildCarriersLayer(atlas, { visible: true, emphasised: new Set(), selectedCity: null });
 * new ScatterplotLayer(props);
 */
export function buildCarriersLayer(
  atlas: CarrierAtlas,
  view: CarriersView,
): CarriersLayerDescriptor {
  const emphasising = view.emphasised.size > 0;
  const fade = (d: PlacedCarrier) => (emphasising && !view.emphasised.has(d.id) ? FADE : 1);
  // deck.gl compares triggers shallowly, so a Set would never look changed: use a string.
  const emphasisKey = [...view.emphasised].sort().join(',');
  const props: CarriersLayerProps = {
    id: 'carriers',
    data: dataFor(atlas),
    visible: view.visible,
    pickable: true,
    autoHighlight: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (d) => d.position,
    getFillColor: (d) => {
      const [r, g, b] = KIND_STYLE[d.kind].rgb;
      return [r, g, b, Math.round(precisionStyle(d).fillAlpha * fade(d))];
    },
    getLineColor: (d) => {
      const [r, g, b] =
        precisionStyle(d).line === 'halo' ? [255, 255, 255] : KIND_STYLE[d.kind].rgb;
      return [r, g, b, Math.round(255 * fade(d))];
    },
    getLineWidth: (d) =>
      precisionStyle(d).lineWidth +
      (view.selectedCity !== null && d.hostCity === view.selectedCity ? SELECTED_EXTRA_LINE : 0),
    getRadius: (d) =>
      KIND_STYLE[d.kind].radius * (emphasising && view.emphasised.has(d.id) ? EMPHASIS_SCALE : 1),
    updateTriggers: {
      getFillColor: emphasisKey,
      getLineColor: emphasisKey,
      getRadius: emphasisKey,
      getLineWidth: view.selectedCity ?? '',
    },
  };
  return { type: 'ScatterplotLayer', props: props satisfies ScatterplotLayerProps<PlacedCarrier> };
}
