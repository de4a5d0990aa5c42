/**
 * Node-only: the dataset and the projected geometry read from disk, for the build script that
 * writes the share images (the pages get the same through their server loads).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { AtlasIndex, toAtlas } from '../data/atlas';
import { validateDataset } from '../data/validate';
import type { CityTopology } from '../geo/topo';
import { projectCities, type StaticGeometry } from './geometry';

const root = new URL('../../../', import.meta.url);

export function readIndex(): AtlasIndex {
  const raw: unknown = JSON.parse(readFileSync(new URL('data/clusters.json', root), 'utf8'));
  const dir = new URL('data/sources/', root);
  const sources = Object.fromEntries(
    readdirSync(dir).map((f) => [`sources/${f}`, readFileSync(new URL(f, dir), 'utf8')]),
  );
  const { dataset, errors } = validateDataset(raw, sources);
  if (!dataset) throw new Error(`data/clusters.json is invalid: ${errors[0]}`);
  return new AtlasIndex(toAtlas(dataset));
}

export function readGeometry(): StaticGeometry {
  const topo = JSON.parse(
    readFileSync(new URL('static/geo/cities.topo.json', root), 'utf8'),
  ) as CityTopology;
  return projectCities(topo);
}
