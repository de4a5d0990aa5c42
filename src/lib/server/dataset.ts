/**
 * Build-time access to the canonical dataset. Runs only during prerendering (server code is
 * never shipped to the browser), so pages carry the light atlas and quotes stay in
 * /data/evidence/<city>.json until asked for. An invalid dataset fails the build with the
 * validator's record-and-field messages.
 */
import raw from '../../../data/clusters.json';
import { validateDataset } from '../data/validate';
import { toAtlas, type Atlas } from '../data/atlas';
import type { Dataset } from '../data/schema';

const texts = import.meta.glob('../../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

let cached: Dataset | null = null;

export function getDataset(): Dataset {
  if (cached) return cached;
  const sources = Object.fromEntries(
    Object.entries(texts).map(([path, text]) => [path.replace(/^.*\/data\//, ''), text]),
  );
  const { dataset, errors } = validateDataset(raw, sources);
  if (!dataset)
    throw new Error(`data/clusters.json is invalid:\n  - ${errors.slice(0, 20).join('\n  - ')}`);
  cached = dataset;
  return dataset;
}

export function getAtlas(): Atlas {
  return toAtlas(getDataset());
}
