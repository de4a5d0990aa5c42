/**
 * Helper → partner pairings of one year as arcs from the Delta city to the city it helps, both
 * ends at the city label anchors. Arcs of the selected city stand out; the rest fade.
 *
 * Like `carriers.ts`, a plain descriptor: the map view does `new ArcLayer(desc.props)`.
 */
import type { ArcLayerProps } from '@deck.gl/layers';
import {
  pairingsForYear,
  type CarrierAtlas,
  type LightPairing,
  type LngLat,
  type PairingYear,
} from '../domain/carriers';

type RGBA = [number, number, number, number];

export interface PairingsView {
  /** The year to show, or false to hide the layer. */
  year: PairingYear | false;
  /** Arcs from or to this city are highlighted. */
  selectedCity: string | null;
}

export interface PairingsLayerProps {
  id: 'pairings';
  data: readonly LightPairing[];
  visible: boolean;
  pickable: true;
  autoHighlight: true;
  greatCircle: false;
  widthUnits: 'pixels';
  getSourcePosition: (d: LightPairing) => LngLat;
  getTargetPosition: (d: LightPairing) => LngLat;
  getSourceColor: (d: LightPairing) => RGBA;
  getTargetColor: (d: LightPairing) => RGBA;
  getWidth: (d: LightPairing) => number;
  /** Only the accessors that read the view (the selected city). */
  updateTriggers: { getSourceColor: string; getTargetColor: string; getWidth: string };
}

export interface PairingsLayerDescriptor {
  type: 'ArcLayer';
  props: PairingsLayerProps;
}

/**
 * Okabe–Ito vermillion at the helper end (the Pearl River Delta zone's colour: every helper is a
 * Delta city) shading to reddish purple at the partner end, so direction reads without arrows.
 */
export const HELPER_RGB: [number, number, number] = [213, 94, 0];
export const PARTNER_RGB: [number, number, number] = [204, 121, 167];
const ALPHA = { plain: 200, highlighted: 255, faded: 50 } as const;
const WIDTH = { plain: 2, highlighted: 4, faded: 1.5 } as const;

const NONE: readonly LightPairing[] = [];
/** One data array per atlas and year: deck.gl diffs `data` by reference. */
const dataCache = new WeakMap<CarrierAtlas, Map<PairingYear, LightPairing[]>>();
function dataFor(atlas: CarrierAtlas, year: PairingYear | false): readonly LightPairing[] {
  if (year === false) return NONE;
  let byYear = dataCache.get(atlas);
  if (!byYear) dataCache.set(atlas, (byYear = new Map()));
  let data = byYear.get(year);
  if (!data) byYear.set(year, (data = pairingsForYear(atlas, year)));
  return data;
}

/**
 * @example
 * const { props } = buildPairingsLayer(atlas, { year: 2023, selectedCity: '441600' });
 * new ArcLayer(props);
 */
export function buildPairingsLayer(
  atlas: CarrierAtlas,
  view: PairingsView,
): PairingsLayerDescriptor {
  const city = view.selectedCity;
  const state = (d: LightPairing): keyof typeof ALPHA =>
    city === null ? 'plain' : d.helper === city || d.partner === city ? 'highlighted' : 'faded';
  const trigger = city ?? '';
  const props: PairingsLayerProps = {
    id: 'pairings',
    data: dataFor(atlas, view.year),
    visible: view.year !== false,
    pickable: true,
    autoHighlight: true,
    greatCircle: false,
    widthUnits: 'pixels',
    getSourcePosition: (d) => d.helperLngLat,
    getTargetPosition: (d) => d.partnerLngLat,
    getSourceColor: (d) => [...HELPER_RGB, ALPHA[state(d)]],
    getTargetColor: (d) => [...PARTNER_RGB, ALPHA[state(d)]],
    getWidth: (d) => WIDTH[state(d)],
    updateTriggers: { getSourceColor: trigger, getTargetColor: trigger, getWidth: trigger },
  };
  return { type: 'ArcLayer', props: props satisfies ArcLayerProps<LightPairing> };
}
