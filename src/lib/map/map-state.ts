/**
 * What the map shows, as plain data, and the operations that take the drawn map from one such
 * state to the next. Pure: the map host computes `mapState` from the app state in one effect,
 * applies `mapOps(previous, next)` and keeps `next`. No DOM, no MapLibre.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AtlasIndex } from '../data/atlas';
import type { CityMetric } from '../domain/aggregate';
import type { CarrierAtlas } from '../domain/carriers';
import { citySentence } from '../domain/describe';
import type { CityProps } from '../geo/topo';
import type { Lang } from '../i18n/messages';
import { buildCityLabels, type CityLabel } from '../labels/city-labels';
import { deckLayers, layerVisibility, type DeckLayerDescriptor } from '../layers';
import { cityFillStates } from '../layers/city-fill';
import type { ViewState } from '../state/view';

export type CityFeature = Feature<Polygon | MultiPolygon, CityProps>;
export type FillState = { color: string; value: number };

/** What the map reads from the app state (the `AtlasState` context satisfies it). */
export interface MapSource {
  index: AtlasIndex;
  metric: CityMetric;
  lang: Lang;
  view: ViewState;
  /** The selected city's code. */
  cityCode: string | null;
  /** The city lit from the matrix or the pointer, by code. */
  hover: string | null;
  /** Cities a search named for the chosen product or sub-sector, by code. */
  named: readonly string[];
  carriers: CarrierAtlas | null;
  emphasised: Set<string>;
}

export interface MapState {
  /** Feature-state per city; the feature id is the numeric city code. */
  fills: Map<number, FillState>;
  selected: number | null;
  highlight: number | null;
  named: Set<number>;
  /** Style layer id → visibility, from `layers/index.ts`. */
  visibility: Record<string, 'visible' | 'none'>;
  labels: CityLabel[];
  deckLayers: DeckLayerDescriptor[];
}

/** A city's feature id on the map: its code as a number. */
export const featureId = (code: string): number => Number(code);

/** Everything the map should show for the app state and the loaded city polygons. */
export function mapState(src: MapSource, features: readonly CityFeature[]): MapState {
  const { index, metric, lang, view } = src;
  return {
    fills: new Map(cityFillStates(metric).map((f) => [f.id, f.state])),
    selected: src.cityCode ? featureId(src.cityCode) : null,
    highlight: src.hover ? featureId(src.hover) : null,
    named: new Set(src.named.map(featureId)),
    visibility: layerVisibility({ zonesVisible: view.zones }),
    labels: buildCityLabels(index, metric, features, lang, (code) =>
      citySentence(index, metric, code, lang),
    ),
    deckLayers: deckLayers(src.carriers, {
      carriers: {
        visible: view.layers.carriers,
        emphasised: src.emphasised,
        selectedCity: src.cityCode,
      },
      pairings: { year: view.layers.pairings, selectedCity: src.cityCode },
    }),
  };
}

export type MapOp =
  | { kind: 'fill'; id: number; state: FillState }
  | { kind: 'flag'; id: number; flag: 'selected' | 'hover' | 'named'; on: boolean }
  | { kind: 'visibility'; layer: string; value: 'visible' | 'none' }
  | { kind: 'labels'; labels: CityLabel[] }
  | { kind: 'lit'; code: string | null }
  | { kind: 'deck'; layers: DeckLayerDescriptor[] };

function flagOps(flag: 'selected' | 'hover', before: number | null, after: number | null): MapOp[] {
  if (before === after) return [];
  const ops: MapOp[] = [];
  if (before !== null) ops.push({ kind: 'flag', id: before, flag, on: false });
  if (after !== null) ops.push({ kind: 'flag', id: after, flag, on: true });
  return ops;
}

const sameLabels = (a: CityLabel[], b: CityLabel[]) =>
  a.length === b.length &&
  a.every(
    (l, i) =>
      l.code === b[i]!.code &&
      l.name === b[i]!.name &&
      l.value === b[i]!.value &&
      l.description === b[i]!.description,
  );

// Descriptors are rebuilt on every change; what deck.gl would redraw for is the layer's data, its
// visibility and its update triggers, so those decide whether the overlay needs new props.
const deckKey = (d: DeckLayerDescriptor) =>
  `${d.type}:${d.props.id}:${String(d.props.visible)}:${JSON.stringify(d.props.updateTriggers)}`;
const sameDeck = (a: DeckLayerDescriptor[], b: DeckLayerDescriptor[]) =>
  a.length === b.length &&
  a.every((l, i) => l.props.data === b[i]!.props.data && deckKey(l) === deckKey(b[i]!));

/**
 * The operations that turn the map drawn for `prev` (null: freshly created) into `next`.
 * @example mapOps(null, s) sets every fill, the flags, visibilities, labels and deck layers.
 */
export function mapOps(prev: MapState | null, next: MapState): MapOp[] {
  const ops: MapOp[] = [];
  for (const [id, state] of next.fills) {
    const before = prev?.fills.get(id);
    if (!before || before.color !== state.color || before.value !== state.value)
      ops.push({ kind: 'fill', id, state });
  }
  ops.push(...flagOps('selected', prev?.selected ?? null, next.selected));
  ops.push(...flagOps('hover', prev?.highlight ?? null, next.highlight));
  for (const id of prev?.named ?? [])
    if (!next.named.has(id)) ops.push({ kind: 'flag', id, flag: 'named', on: false });
  for (const id of next.named)
    if (!prev?.named.has(id)) ops.push({ kind: 'flag', id, flag: 'named', on: true });
  if (!prev || prev.highlight !== next.highlight)
    ops.push({ kind: 'lit', code: next.highlight === null ? null : String(next.highlight) });
  for (const [layer, value] of Object.entries(next.visibility))
    if (prev?.visibility[layer] !== value) ops.push({ kind: 'visibility', layer, value });
  if (!prev || !sameLabels(prev.labels, next.labels))
    ops.push({ kind: 'labels', labels: next.labels });
  if (!prev || !sameDeck(prev.deckLayers, next.deckLayers))
    ops.push({ kind: 'deck', layers: next.deckLayers });
  return ops;
}

/** Whether the operations change what is painted for the view (hover alone does not count). */
export const changesView = (ops: readonly MapOp[]): boolean =>
  ops.some((op) => op.kind !== 'lit' && !(op.kind === 'flag' && op.flag === 'hover'));
