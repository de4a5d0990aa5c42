import type { LineLayerSpecification } from 'maplibre-gl';
import { CITY_SOURCE } from './city-fill';

/**
 * City borders; the hovered and the selected city get a heavier dark line, and the cities a
 * search named for a product or sub-sector an orange one.
 */
export function buildCityOutlineLayer(): LineLayerSpecification {
  return {
    id: 'city-outline',
    type: 'line',
    source: CITY_SOURCE,
    paint: {
      'line-color': [
        'case',
        ['boolean', ['feature-state', 'selected'], false],
        '#111111',
        ['boolean', ['feature-state', 'hover'], false],
        '#333333',
        ['boolean', ['feature-state', 'named'], false],
        '#d55e00',
        '#ffffff',
      ],
      'line-width': [
        'case',
        ['boolean', ['feature-state', 'selected'], false],
        3,
        ['boolean', ['feature-state', 'hover'], false],
        2.5,
        ['boolean', ['feature-state', 'named'], false],
        2.5,
        1,
      ],
    },
  };
}
