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
