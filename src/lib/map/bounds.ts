/** Guangdong's extent (lng/lat), for the initial camera. */
export const GD_BOUNDS: [[number, number], [number, number]] = [
  [109.6, 20.15],
  [117.35, 25.55],
];

/**
 * The cameras a link may ask for: zoomed out no further than the whole province on a phone and
 * in no further than a district, centred on the province or its near surroundings.
 */
export const CAMERA_LIMITS = {
  minZoom: 4,
  maxZoom: 12,
  /** `GD_BOUNDS` widened by two degrees on each side. */
  bounds: [
    [GD_BOUNDS[0][0] - 2, GD_BOUNDS[0][1] - 2],
    [GD_BOUNDS[1][0] + 2, GD_BOUNDS[1][1] + 2],
  ] as [[number, number], [number, number]],
};

/** MapLibre options for the atlas map: a fixed north-up view of the province. */
export const MAP_OPTIONS = {
  bounds: GD_BOUNDS,
  fitBoundsOptions: { padding: 12 },
  attributionControl: false as const,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  renderWorldCopies: false,
  minZoom: CAMERA_LIMITS.minZoom,
  maxZoom: CAMERA_LIMITS.maxZoom,
  maxBounds: CAMERA_LIMITS.bounds,
  // MapLibre's defaults: no MSAA (its fills and lines antialias themselves) and no preserved
  // buffer (PNG export reads the canvas inside the frame it was drawn in). Both cost every frame,
  // most of all under software GL: measured 10–15% slower to a drawn map with them on.
  canvasContextAttributes: { preserveDrawingBuffer: false, antialias: false },
};
