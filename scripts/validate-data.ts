/**
 * Gate before every build: validates data/*.json and fails with one line per problem,
 * naming the record and field. Run: npm run validate
 */
import { readFileSync, readdirSync } from 'node:fs';
import { validateDataset, type SourceTexts } from '../src/lib/data/validate';

const dataDir = new URL('../data/', import.meta.url);

export function readSources(): SourceTexts {
  const texts: SourceTexts = {};
  for (const f of readdirSync(new URL('sources/', dataDir)))
    texts[`sources/${f}`] = readFileSync(new URL(`sources/${f}`, dataDir), 'utf8');
  return texts;
}

function readJson(name: string): unknown {
  try {
    return JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));
  } catch (e) {
    console.error(`data/${name}: cannot be read as JSON: ${(e as Error).message}`);
    process.exit(1);
  }
}

const { errors } = validateDataset(readJson('clusters.json'), readSources());
if (errors.length) {
  console.error(
    `data/clusters.json is invalid (${errors.length} problem${errors.length > 1 ? 's' : ''}):`,
  );
  for (const e of errors.slice(0, 50)) console.error(`  - ${e}`);
  process.exit(1);
}
console.log('data/clusters.json: valid');
