// The CSP build of MapLibre (no blob: workers) has the same API as the main entry.
declare module 'maplibre-gl/dist/maplibre-gl-csp.js' {
  const maplibregl: typeof import('maplibre-gl');
  export default maplibregl;
}
