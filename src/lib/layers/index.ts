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

import { buildCarriersLayer, type CarriersLayerDescriptor, type CarriersView } from './carriers';
import { buildPairingsLayer, type PairingsLayerDescriptor, type PairingsView } from './pairings';
import type { CarrierAtlas } from '../domain/carriers';

export type DeckLayerDescriptor = CarriersLayerDescriptor | PairingsLayerDescriptor;

/** deck.gl layers above the base style, bottom to top: pairing arcs under carrier dots. */
export function deckLayers(
  atlas: CarrierAtlas | null,
  view: { carriers: CarriersView; pairings: PairingsView },
): DeckLayerDescriptor[] {
  if (!atlas) return [];
  const out: DeckLayerDescriptor[] = [];
  if (view.pairings.year !== false) out.push(buildPairingsLayer(atlas, view.pairings));
  if (view.carriers.visible) out.push(buildCarriersLayer(atlas, view.carriers));
  return out;
}
