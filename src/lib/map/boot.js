/*
 * Early map boot: creates the MapLibre map while the app's own JavaScript is still loading and
 * hydrating, so the worker can tile the boundaries in parallel. Runs as a deferred classic
 * script after MapLibre and topojson-client; the style (built by src/lib/layers, serialised by
 * AtlasMap.svelte into #early-map-style) and the map options come from the page, so nothing
 * here duplicates them. MapView adopts the map; if anything here fails, MapView starts afresh.
 */
(function () {
  var el = document.querySelector('[data-early-map]');
  var cfg = document.getElementById('early-map-style');
  /** @type {any} MapLibre and topojson-client are globals of their classic scripts. */
  var w = window;
  if (!el || !cfg || !w.maplibregl || !w.topojson) return;
  try {
    var c = document.createElement('canvas');
    if (!(c.getContext('webgl2') || c.getContext('webgl'))) return;
  } catch {
    return;
  }
  var opts = JSON.parse(cfg.textContent);
  w.maplibregl.setWorkerUrl(opts.worker);
  w.__gdAtlasEarly = fetch(opts.geo)
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(function (topo) {
      var cities = w.topojson.feature(topo, topo.objects.cities);
      if (cities.features.length !== 21) throw new Error('not a 21-city TopoJSON');
      cities.features.forEach(function (/** @type {any} */ f) {
        f.id = Number(f.properties.code);
      });
      opts.style.sources.cities.data = cities;
      return new w.maplibregl.Map(
        Object.assign({ container: el, style: opts.style }, opts.options),
      );
    });
  w.__gdAtlasEarly.catch(function () {});
})();
