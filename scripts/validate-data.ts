/**
 * Gate before every build: validates data/clusters.json, data/subsidies.json, data/platforms.json
 * (schemas, references, verbatim quotes, cited hosts, plan coverage), data/editions.json and
 * data/products.json, then the Chinese every English text shows (data/glossary.json), and fails with one line per
 * problem naming the record and field. Run: npm run validate [-- --data <dir>]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDataset, type SourceTexts } from '../src/lib/data/validate';
import { validateSubsidies, checkQuotes } from '../src/lib/policy';
import { validatePlatforms } from '../src/lib/data/platforms-validate';
import { readPlatformsContext } from '../src/lib/data/node-platforms';
import { checkEditionsFile, checkProductsFile } from '../src/lib/server/editions';
import {
  checkEnglishTexts,
  collectChinese,
  collectCounties,
  emptyStrings,
  validateGlossary,
} from '../src/lib/data/glossary-validate';

const i = process.argv.indexOf('--data');
const dataDir = resolve(
  i > 0 ? process.argv[i + 1]! : new URL('../data', import.meta.url).pathname,
);

function readJson(name: string): unknown {
  try {
    return JSON.parse(readFileSync(`${dataDir}/${name}`, 'utf8'));
  } catch (e) {
    return fail(name, [`cannot be read as JSON: ${(e as Error).message}`]);
  }
}

function fail(name: string, errors: string[]): never {
  console.error(
    `data/${name} is invalid (${errors.length} problem${errors.length > 1 ? 's' : ''}):`,
  );
  for (const e of errors.slice(0, 50)) console.error(`  - ${e}`);
  process.exit(1);
}

const files: SourceTexts = {};
for (const f of readdirSync(`${dataDir}/sources`))
  files[`sources/${f}`] = readFileSync(`${dataDir}/sources/${f}`, 'utf8');

const clusters = validateDataset(readJson('clusters.json'), files);
if (clusters.errors.length) fail('clusters.json', clusters.errors);

const subsidies = validateSubsidies(readJson('subsidies.json'));
if (!subsidies.data) fail('subsidies.json', subsidies.errors);
const byId = Object.fromEntries(subsidies.data.sources.map((s) => [s.id, files[s.file]]));
const quoteErrors = checkQuotes(subsidies.data, byId);
if (quoteErrors.length) fail('subsidies.json', quoteErrors);

const platforms = validatePlatforms(readJson('platforms.json'), readPlatformsContext(dataDir));
if (platforms.errors.length) fail('platforms.json', platforms.errors);

const editions = checkEditionsFile(dataDir);
if (!editions.data) fail('editions.json', editions.errors);
const products = checkProductsFile(dataDir);
if (!products.data) fail('products.json', products.errors);

// What an English reader sees of the Chinese: glossed quotes, rendered identifiers, and English
// texts that give Chinese only as a name in parentheses or a glossed quote.
const shown = emptyStrings();
const raws: Record<string, unknown> = {};
for (const name of [
  'clusters.json',
  'platforms.json',
  'subsidies.json',
  'editions.json',
  'products.json',
]) {
  raws[name] = readJson(name);
  const own = collectChinese(raws[name], name);
  const english = checkEnglishTexts(own, raws);
  if (english.length) fail(name, english);
  collectChinese(raws[name], name, shown);
}
const counties = JSON.parse(
  readFileSync(new URL('../static/geo/counties.topo.json', import.meta.url), 'utf8'),
) as { objects: { counties: { geometries: { id: string; properties: { name: string } }[] } } };
collectCounties(
  raws['platforms.json'],
  new Map(counties.objects.counties.geometries.map((g) => [String(g.id), g.properties.name])),
  shown,
);
const glossary = validateGlossary(readJson('glossary.json'), shown, raws);
if (glossary.errors.length) fail('glossary.json', glossary.errors);

console.log(
  'data/clusters.json, data/subsidies.json, data/platforms.json, data/editions.json, data/products.json, data/glossary.json: valid',
);
