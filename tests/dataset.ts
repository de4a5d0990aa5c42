import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/lib/data/schema';

/** The built site's published dataset: tests derive expectations from it, not from constants. */
export function dataset(): Dataset {
  return JSON.parse(readFileSync('build/data/clusters.json', 'utf8')) as Dataset;
}

export function coreCities(d: Dataset, cluster: string): string[] {
  return d.cells.filter((c) => c.cluster === cluster && c.stars === 3).map((c) => c.city);
}

/** A cluster with at least one core and one unrated city, for tests that need contrast. */
export function contrastingCluster(d: Dataset) {
  const k = d.clusters.find((k) => {
    const cells = d.cells.filter((c) => c.cluster === k.id);
    return cells.some((c) => c.stars === 3) && cells.some((c) => c.stars === 0);
  });
  if (!k) throw new Error('no cluster with both core and unrated cities');
  return k;
}
