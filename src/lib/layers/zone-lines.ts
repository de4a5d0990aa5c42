import type { LineLayerSpecification } from 'maplibre-gl';
import type { ZoneId } from '../data/schema';

export const ZONE_SOURCE = 'zones';

/** Okabe–Ito hues: distinct for colour-blind readers and unlike the sequential fill palette. */
export const ZONE_COLORS: Record<ZoneId, string> = {
  prd: '#D55E00',
  east: '#CC79A7',
  west: '#E69F00',
  north: '#009E73',
};

/** Zone outlines (一核一带一区), dashed so they read as an overlay, shown when `visible`. */
export function buildZoneLinesLayer(visible: boolean): LineLayerSpecification {
  return {
    id: 'zone-lines',
    type: 'line',
    source: ZONE_SOURCE,
    layout: { visibility: visible ? 'visible' : 'none', 'line-join': 'round' },
    paint: {
      'line-color': [
        'match',
        ['get', 'zone'],
        'prd',
        ZONE_COLORS.prd,
        'east',
        ZONE_COLORS.east,
        'west',
        ZONE_COLORS.west,
        ZONE_COLORS.north,
      ],
      'line-width': 3.5,
      'line-dasharray': [2, 1],
    },
  };
}
