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
  // MapLibre's defaults: no MSAA (its fills and lines antialias themselves) and no preserved
  // buffer (PNG export reads the canvas inside the frame it was drawn in). Both cost every frame,
  // most of all under software GL: measured 10–15% slower to a drawn map with them on.
  canvasContextAttributes: { preserveDrawingBuffer: false, antialias: false },
};
