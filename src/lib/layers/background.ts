import type { BackgroundLayerSpecification } from 'maplibre-gl';

/** The sea/neighbour backdrop of the offline style: no tiles, no network. */
export function buildBackgroundLayer(): BackgroundLayerSpecification {
  return { id: 'background', type: 'background', paint: { 'background-color': '#dfe9ee' } };
}
