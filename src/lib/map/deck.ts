/**
 * deck.gl on the map through one MapboxOverlay, loaded on first use. Descriptors from the pure
 * layer builders (`$lib/layers`) become layer instances here; deck.gl diffs them by id.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { DeckLayerDescriptor } from '../layers';

export interface DeckOverlay {
  setLayers(layers: DeckLayerDescriptor[]): void;
}

export async function attachDeck(
  map: MlMap,
  handlers: { tooltip: (object: unknown) => string | null; onclick: (object: unknown) => void },
): Promise<DeckOverlay> {
  const [{ MapboxOverlay }, { ScatterplotLayer, ArcLayer }] = await Promise.all([
    import('@deck.gl/mapbox'),
    import('@deck.gl/layers'),
  ]);
  const classes = { ScatterplotLayer, ArcLayer } as unknown as Record<
    DeckLayerDescriptor['type'],
    new (props: object) => unknown
  >;
  const overlay = new MapboxOverlay({
    interleaved: false,
    layers: [],
    getTooltip: ({ object }) => {
      const text = object ? handlers.tooltip(object) : null;
      return text ? { text } : null;
    },
    onClick: ({ object }) => {
      if (object) handlers.onclick(object);
    },
  });
  map.addControl(overlay as never);
  return {
    setLayers: (layers) =>
      overlay.setProps({ layers: layers.map((d) => new classes[d.type](d.props)) as never[] }),
  };
}
