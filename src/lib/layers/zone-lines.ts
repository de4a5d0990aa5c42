import type { LineLayerSpecification } from 'maplibre-gl';
import { ZONE_COLORS } from '../domain/palette';

export const ZONE_SOURCE = 'zones';

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
