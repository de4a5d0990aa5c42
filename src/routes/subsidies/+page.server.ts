import { readFileSync } from 'node:fs';
import { validateSubsidies } from '$lib/policy';
import { getMapGeometry } from '$lib/server/static-map';
import { chineseIn, glossesFor } from '$lib/server/glossary';

/**
 * The rules with their quotes (this page shows every number's quote) and the quotes' English
 * glosses. Invalid data fails the build.
 */
export function load() {
  const raw: unknown = JSON.parse(readFileSync('data/subsidies.json', 'utf8'));
  const { data, errors } = validateSubsidies(raw);
  if (!data)
    throw new Error(`data/subsidies.json is invalid:\n  - ${errors.slice(0, 20).join('\n  - ')}`);
  return { subsidies: data, mapGeometry: getMapGeometry(), glosses: glossesFor(chineseIn(data)) };
}
