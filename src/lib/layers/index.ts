/**
 * The only place z-order lives: the offline base style, bottom to top. deck.gl layers (carriers,
 * pairings) draw above all of these through one MapboxOverlay, ordered in `deckLayers`.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { buildBackgroundLayer } from './background';
import { buildCityFillLayer, CITY_SOURCE } from './city-fill';
import { buildCityOutlineLayer } from './city-outline';
import { buildZoneLinesLayer, ZONE_SOURCE } from './zone-lines';

export interface StyleInput {
  cities: FeatureCollection;
  zones: FeatureCollection;
  zonesVisible: boolean;
}

export function buildOfflineStyle(input: StyleInput): StyleSpecification {
  return {
    version: 8,
    sources: {
      [CITY_SOURCE]: { type: 'geojson', data: input.cities },
      [ZONE_SOURCE]: { type: 'geojson', data: input.zones },
    },
    layers: [
      buildBackgroundLayer(),
      buildCityFillLayer(),
      buildCityOutlineLayer(),
      buildZoneLinesLayer(input.zonesVisible),
    ],
  };
}
