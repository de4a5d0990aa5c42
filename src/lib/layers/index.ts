/**
 * The only place z-order and visibility live: the offline base style, bottom to top, and which of
 * its layers a view shows. deck.gl layers (carriers, pairings) draw above all of these through
 * one MapboxOverlay, ordered in `deckLayers`.
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
  /** An online basemap style to draw under our layers; null for the offline style. */
  basemap?: StyleSpecification | null;
}

/** Which style layers a view shows; layers not named here are always visible. */
export function layerVisibility(view: {
  zonesVisible: boolean;
}): Record<string, 'visible' | 'none'> {
  return { 'zone-lines': view.zonesVisible ? 'visible' : 'none' };
}

/** Our layers on the offline background, or on top of a configured basemap's layers. */
export function buildOfflineStyle(input: StyleInput): StyleSpecification {
  // Over a basemap the fills turn translucent so its roads and names show through.
  const ours = [
    buildCityFillLayer(input.basemap ? 0.7 : 1),
    buildCityOutlineLayer(),
    buildZoneLinesLayer(layerVisibility(input)['zone-lines'] === 'visible'),
  ];
  const sources = {
    [CITY_SOURCE]: { type: 'geojson' as const, data: input.cities },
    [ZONE_SOURCE]: { type: 'geojson' as const, data: input.zones },
  };
  if (input.basemap)
    return {
      ...input.basemap,
      sources: { ...input.basemap.sources, ...sources },
      layers: [...input.basemap.layers, ...ours],
    };
  return { version: 8, sources, layers: [buildBackgroundLayer(), ...ours] };
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
