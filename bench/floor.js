/* global maplibregl, topojson */
(async function () {
  maplibregl.setWorkerUrl('./maplibre-gl-csp-worker.js');
  const topo = await (await fetch('../geo/cities.topo.json')).json();
  const cities = topojson.feature(topo, topo.objects.cities);
  cities.features.forEach((f) => (f.id = Number(f.properties.code)));
  const colors = ['#eeeeee', '#c7e9b4', '#41b6c4', '#225ea8'];
  const map = new maplibregl.Map({
    container: 'map',
    bounds: [
      [109.6, 20.15],
      [117.35, 25.55],
    ],
    attributionControl: false,
    style: {
      version: 8,
      sources: { cities: { type: 'geojson', data: cities } },
      layers: [
        { id: 'bg', type: 'background', paint: { 'background-color': '#dfe9ee' } },
        {
          id: 'fill',
          type: 'fill',
          source: 'cities',
          paint: { 'fill-color': ['coalesce', ['feature-state', 'color'], '#eeeeee'] },
        },
        {
          id: 'line',
          type: 'line',
          source: 'cities',
          paint: { 'line-color': '#fff', 'line-width': 1 },
        },
      ],
    },
  });
  let round = 0;
  function colour() {
    round++;
    cities.features.forEach((f, i) =>
      map.setFeatureState({ source: 'cities', id: f.id }, { color: colors[(i + round) % 4] }),
    );
  }
  function afterPaint(name) {
    map.once('idle', () =>
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(name))),
    );
    map.triggerRepaint();
  }
  map.once('load', () => {
    colour();
    for (const f of cities.features) {
      const el = document.createElement('div');
      el.className = 'label';
      el.textContent = f.properties.name;
      new maplibregl.Marker({ element: el }).setLngLat(f.properties.cp).addTo(map);
    }
    afterPaint('map-ready');
  });
  window.recolour = () => {
    colour();
    afterPaint('view-updated');
  };
})();
