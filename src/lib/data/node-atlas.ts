/** Node-only: the canonical dataset, validated against its source texts, as the pages' light atlas. */
import { readdirSync, readFileSync } from 'node:fs';
import { AtlasIndex, toAtlas } from './atlas';
import { validateDataset, type SourceTexts } from './validate';

/** The atlas index of data/clusters.json, or the first problem when the file is invalid. */
export function readAtlasIndex(): AtlasIndex | { error: string } {
  const dir = new URL('../../../data/', import.meta.url);
  const sources: SourceTexts = {};
  for (const f of readdirSync(new URL('sources/', dir)))
    sources[`sources/${f}`] = readFileSync(new URL(`sources/${f}`, dir), 'utf8');
  const raw: unknown = JSON.parse(readFileSync(new URL('clusters.json', dir), 'utf8'));
  const { dataset, errors } = validateDataset(raw, sources);
  if (!dataset) return { error: `data/clusters.json is invalid: ${errors[0]}` };
  return new AtlasIndex(toAtlas(dataset));
}
