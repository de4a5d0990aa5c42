import { describe, expect, it } from 'vitest';
import { buildBackgroundLayer } from './background';
import { buildCityFillLayer, cityFillStates, CITY_SOURCE } from './city-fill';
import { buildCityOutlineLayer } from './city-outline';
import { buildZoneLinesLayer, ZONE_SOURCE } from './zone-lines';
import { ZONE_COLORS } from '../domain/palette';
import { buildOfflineStyle, deckLayers } from './index';
import { makeIndex } from '../data/fixtures';
import { cityMetric } from '../domain/aggregate';
import { STAR_COLORS } from '../domain/palette';
import type { CarrierAtlas } from '../domain/carriers';

const empty = { type: 'FeatureCollection' as const, features: [] };

describe('buildOfflineStyle', () => {
  it('orders the layers bottom to top and needs no network', () => {
    const style = buildOfflineStyle({ cities: empty, zones: empty, zonesVisible: false });
    expect(style.layers.map((l) => l.id)).toEqual([
      'background',
      'city-fill',
      'city-outline',
      'zone-lines',
    ]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.keys(style.sources)).toEqual([CITY_SOURCE, ZONE_SOURCE]);
  });

  it('draws our layers over a configured basemap, with translucent fills', () => {
    const style = buildOfflineStyle({
      cities: empty,
      zones: empty,
      zonesVisible: true,
      basemap: {
        version: 8,
        sources: { osm: { type: 'raster', tiles: ['x'] } },
        layers: [{ id: 'osm', type: 'raster', source: 'osm' }],
      },
    });
    expect(style.layers.map((l) => l.id)).toEqual([
      'osm',
      'city-fill',
      'city-outline',
      'zone-lines',
    ]);
    expect(style.layers[1]).toMatchObject({
      paint: { 'fill-opacity': ['case', expect.anything(), 0.82 * 0.7, 0.7] },
    });
  });
});

describe('base layers', () => {
  it('keep stable ids and sources', () => {
    expect(buildBackgroundLayer()).toMatchObject({ id: 'background', type: 'background' });
    expect(buildCityFillLayer()).toMatchObject({ id: 'city-fill', source: CITY_SOURCE });
    expect(buildCityOutlineLayer()).toMatchObject({ id: 'city-outline', source: CITY_SOURCE });
  });

  it('colour cities from feature-state, so a recolour never touches the source', () => {
    expect(buildCityFillLayer().paint?.['fill-color']).toEqual([
      'coalesce',
      ['feature-state', 'color'],
      STAR_COLORS[0],
    ]);
  });

  it('shows or hides the zone outlines, one colour per zone', () => {
    expect(buildZoneLinesLayer(true).layout?.visibility).toBe('visible');
    expect(buildZoneLinesLayer(false).layout?.visibility).toBe('none');
    expect(JSON.stringify(buildZoneLinesLayer(true).paint?.['line-color'])).toContain(
      ZONE_COLORS.north,
    );
  });
});

describe('cityFillStates', () => {
  it('gives every city the colour of its star class', () => {
    const index = makeIndex((k, c) => (c === 0 ? 3 : 0));
    const states = cityFillStates(cityMetric(index, ['k1'], 'stars'));
    expect(states).toHaveLength(21);
    expect(states.find((s) => s.id === 440100)?.state).toEqual({ color: STAR_COLORS[3], value: 3 });
    expect(states.find((s) => s.id === 440300)?.state).toEqual({ color: STAR_COLORS[0], value: 0 });
  });
});

describe('deckLayers', () => {
  const atlas: CarrierAtlas = { version: 't', carriers: [], pairings: [], unknowns: [] };
  const view = (carriers: boolean, year: false | 2021 | 2023) => ({
    carriers: { visible: carriers, emphasised: new Set<string>(), selectedCity: null },
    pairings: { year, selectedCity: null },
  });
  it('puts pairing arcs under carrier dots and draws nothing before the data loads', () => {
    expect(deckLayers(null, view(true, 2023))).toEqual([]);
    expect(deckLayers(atlas, view(true, 2023)).map((l) => l.props.id)).toEqual([
      'pairings',
      'carriers',
    ]);
    expect(deckLayers(atlas, view(false, false))).toEqual([]);
  });
});
