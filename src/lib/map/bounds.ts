/** Guangdong's extent (lng/lat), for the initial camera. */
export const GD_BOUNDS: [[number, number], [number, number]] = [
  [109.6, 20.15],
  [117.35, 25.55],
];
