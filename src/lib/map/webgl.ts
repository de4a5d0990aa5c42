/**
 * A cheap first check that the browser knows WebGL at all. It creates no context (a throwaway
 * context costs ~15 ms of software GL at start-up); a browser that has the API but cannot create
 * a context is caught when MapLibre's constructor throws (see `isWebGLFailure`).
 */
export function hasWebGL(): boolean {
  return (
    typeof WebGLRenderingContext !== 'undefined' || typeof WebGL2RenderingContext !== 'undefined'
  );
}

/** True for the error MapLibre throws when it cannot create a WebGL context. */
export function isWebGLFailure(error: unknown): boolean {
  return /Failed to initialize WebGL/i.test(error instanceof Error ? error.message : String(error));
}

/** Marks a painted view for the benchmark: after the map is idle and one more frame is drawn. */
export function markAfterPaint(
  name: 'map-ready' | 'view-updated' | 'deck-ready',
  then?: () => void,
): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      performance.mark(name);
      then?.();
    }),
  );
}

import maplibreUrl from 'maplibre-gl/dist/maplibre-gl-csp.js?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';

/** URLs the page preloads in its <head>, so the downloads start while the HTML is parsed. */
export const MAPLIBRE_URL = maplibreUrl;
/**
 * MapLibre's stylesheet (70 KB) as a file of its own, linked when the map is created rather than
 * bundled into the page's CSS: a render-blocking stylesheet would hold back the static map's
 * first paint for a map that is not drawn yet.
 */
export const MAPLIBRE_CSS_URL = maplibreCssUrl;

/** Links MapLibre's stylesheet once; resolves when it has loaded (or failed: the map still works). */
function loadMapLibreCss(): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(
    `link[rel="stylesheet"][href="${maplibreCssUrl}"]`,
  );
  if (existing?.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    const link = existing ?? document.createElement('link');
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    if (!existing) {
      link.rel = 'stylesheet';
      link.href = maplibreCssUrl;
      document.head.append(link);
    }
  });
}

type MapLibre = typeof import('maplibre-gl');
let mapLibre: Promise<MapLibre> | null = null;

/**
 * MapLibre's CSP build as a classic script from our origin (preloaded by the page head, so it is
 * usually in cache by the time the map is created), with its worker served from our origin too.
 */
export function loadMapLibre(): Promise<MapLibre> {
  mapLibre ??= Promise.all([loadMapLibreScript(), loadMapLibreCss()]).then(([m]) => m);
  return mapLibre;
}

function loadMapLibreScript(): Promise<MapLibre> {
  return new Promise<MapLibre>((resolve, reject) => {
    const w = window as unknown as { maplibregl?: MapLibre };
    const done = () => {
      w.maplibregl!.setWorkerUrl(workerUrl);
      // Start the worker pool now, while the boundaries are fetched and parsed.
      w.maplibregl!.prewarm();
      resolve(w.maplibregl!);
    };
    if (w.maplibregl) return done();
    // The page head preloads it (the explorer) or not (the embed); a script already added by an
    // earlier call may still be loading.
    const existing = document.querySelector<HTMLScriptElement>(`script[src="${maplibreUrl}"]`);
    if (existing) {
      existing.addEventListener('load', done, { once: true });
      existing.addEventListener('error', () => reject(new Error('MapLibre could not be loaded')), {
        once: true,
      });
      return;
    }
    const script = document.createElement('script');
    script.src = maplibreUrl;
    script.onload = done;
    script.onerror = () => {
      mapLibre = null;
      reject(new Error('MapLibre could not be loaded'));
    };
    document.head.append(script);
  });
}

let deck: Promise<unknown> | null = null;
/** Starts downloading deck.gl early when the URL already asks for its layers. */
export function preloadDeck(): void {
  deck ??= Promise.all([import('@deck.gl/mapbox'), import('@deck.gl/layers')]);
}
