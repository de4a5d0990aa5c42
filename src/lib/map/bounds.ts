/** Guangdong's extent (lng/lat), for the initial camera. */
export const GD_BOUNDS: [[number, number], [number, number]] = [
  [109.6, 20.15],
  [117.35, 25.55],
];

/** MapLibre options for the atlas map: a fixed north-up view of the province. */
export const MAP_OPTIONS = {
  bounds: GD_BOUNDS,
  fitBoundsOptions: { padding: 12 },
  attributionControl: false as const,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  renderWorldCopies: false,
  canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
};
