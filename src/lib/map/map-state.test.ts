import { describe, expect, it } from 'vitest';
import type { CarrierAtlas } from '../domain/carriers';
import { makeIndex } from '../data/fixtures';
import { cityMetric } from '../domain/aggregate';
import { STAR_COLORS } from '../domain/palette';
import { defaultView, type ViewState } from '../state/view';
import {
  changesView,
  featureId,
  mapOps,
  mapState,
  type CityFeature,
  type MapSource,
} from './map-state';

const feature = (code: string): CityFeature => ({
  type: 'Feature',
  properties: { code, name: '', cp: [113, 23] },
  geometry: { type: 'Polygon', coordinates: [] },
});
const features = [feature('440100'), feature('440300')];
const index = makeIndex((k, c) => (k === 0 && c === 0 ? 3 : 0));

/** A map source for a view; overrides per test, nothing shared or mutated. */
function source(view: Partial<ViewState> = {}, over: Partial<MapSource> = {}): MapSource {
  const v = { ...defaultView(), ...view };
  return {
    index,
    metric: cityMetric(index, v.clusters, v.agg),
    lang: v.lang,
    view: v,
    cityCode: null,
    hover: null,
    named: [],
    carriers: null,
    emphasised: new Set(),
    ...over,
  };
}

describe('mapState', () => {
  it('colours every city, names the selection and hover by feature id, and hides zones by default', () => {
    const s = mapState(
      source({ clusters: ['k1'] }, { cityCode: '440300', hover: '440100' }),
      features,
    );
    expect(s.fills.size).toBe(21);
    expect(s.fills.get(440100)).toEqual({ color: STAR_COLORS[3], value: 3 });
    expect(s.selected).toBe(featureId('440300'));
    expect(s.highlight).toBe(440100);
    expect(s.visibility).toEqual({ 'zone-lines': 'none' });
    expect(s.labels.map((l) => l.code)).toEqual(['440100', '440300']);
    expect(s.deckLayers).toEqual([]);
  });

  it('writes labels in the view language and shows zones when asked', () => {
    const s = mapState(source({ lang: 'en', zones: true, clusters: ['k1'] }), features);
    expect(s.labels[0]).toMatchObject({ name: 'City 01', value: '★★★' });
    expect(s.labels[0]!.description).toBe('City 01: Core ★★★');
    expect(s.visibility['zone-lines']).toBe('visible');
  });

  it('adds deck.gl layers only once the carriers are loaded and a layer is on', () => {
    const carriers: CarrierAtlas = { version: 't', carriers: [], pairings: [], unknowns: [] };
    const on = { layers: { carriers: true, pairings: 2023 as const } };
    expect(mapState(source(on), features).deckLayers).toEqual([]);
    const ids = mapState(source(on, { carriers }), features).deckLayers.map((d) => d.props.id);
    expect(ids).toEqual(['pairings', 'carriers']);
  });
});

describe('mapOps', () => {
  it('draws everything on a fresh map', () => {
    const ops = mapOps(null, mapState(source({}, { cityCode: '440100' }), features));
    expect(ops.filter((o) => o.kind === 'fill')).toHaveLength(21);
    expect(ops).toContainEqual({ kind: 'flag', id: 440100, flag: 'selected', on: true });
    expect(ops).toContainEqual({ kind: 'visibility', layer: 'zone-lines', value: 'none' });
    expect(ops.some((o) => o.kind === 'labels')).toBe(true);
    expect(ops.some((o) => o.kind === 'deck')).toBe(true);
  });

  it('does nothing when nothing changed', () => {
    const a = mapState(source({ clusters: ['k1'] }), features);
    const b = mapState(source({ clusters: ['k1'] }), features);
    expect(mapOps(a, b)).toEqual([]);
  });

  it('moves the selection: clears the old city and marks the new one', () => {
    const a = mapState(source({}, { cityCode: '440100' }), features);
    const b = mapState(source({}, { cityCode: '440300' }), features);
    expect(mapOps(a, b)).toEqual([
      { kind: 'flag', id: 440100, flag: 'selected', on: false },
      { kind: 'flag', id: 440300, flag: 'selected', on: true },
    ]);
  });

  it('recolours only the cities whose value changed, and relabels', () => {
    const a = mapState(source({ clusters: ['k1'] }), features);
    const b = mapState(source({ clusters: ['k2'] }), features);
    const ops = mapOps(a, b);
    expect(ops.filter((o) => o.kind === 'fill')).toEqual([
      { kind: 'fill', id: 440100, state: { color: STAR_COLORS[0], value: 0 } },
    ]);
    expect(ops.some((o) => o.kind === 'labels')).toBe(true);
    expect(changesView(ops)).toBe(true);
  });

  it('treats hover as a highlight that does not count as a view change', () => {
    const a = mapState(source(), features);
    const b = mapState(source({}, { hover: '440300' }), features);
    const ops = mapOps(a, b);
    expect(ops).toEqual([
      { kind: 'flag', id: 440300, flag: 'hover', on: true },
      { kind: 'lit', code: '440300' },
    ]);
    expect(changesView(ops)).toBe(false);
  });

  it('toggles zone outlines through the visibility the layer index decides', () => {
    const a = mapState(source(), features);
    const b = mapState(source({ zones: true }), features);
    expect(mapOps(a, b)).toEqual([{ kind: 'visibility', layer: 'zone-lines', value: 'visible' }]);
  });
});

describe('cities named by a search', () => {
  it('outlines the named cities and clears the ones no longer named', () => {
    const a = mapState(source({}, { named: ['440100', '440300'] }), features);
    const b = mapState(source({}, { named: ['440300', '441600'] }), features);
    expect(mapOps(a, b)).toEqual([
      { kind: 'flag', id: 440100, flag: 'named', on: false },
      { kind: 'flag', id: 441600, flag: 'named', on: true },
    ]);
  });
});
