/** True when the browser can create a WebGL context (MapLibre needs one). */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Marks a painted view for the benchmark: after the map is idle and one more frame is drawn. */
export function markAfterPaint(name: 'map-ready' | 'view-updated'): void {
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(name)));
}

let mapLibre: Promise<[typeof import('maplibre-gl'), string]> | null = null;

/**
 * MapLibre (CSP build, worker served from our origin) loaded once; starting it early lets the
 * download overlap the boundary fetch.
 */
export function loadMapLibre(): Promise<[typeof import('maplibre-gl'), string]> {
  mapLibre ??= Promise.all([
    import('maplibre-gl/dist/maplibre-gl-csp.js').then((m) => m.default),
    import('maplibre-gl/dist/maplibre-gl-csp-worker.js?url').then((m) => m.default as string),
  ]);
  return mapLibre;
}
