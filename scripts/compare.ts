/**
 * Cities side by side from the command line: the comparison the /compare page shows. Run:
 *   npm run --silent compare -- --city 河源,韶关 [--cluster <id|name|sub-sector|product>] [project flags] [--csv]
 * Prints JSON { cities, cluster, asOf, dimensions, planPeriod, credit }, or the page's CSV with
 * --csv. Bad input exits 2 with one line on stderr; invalid data exits 1.
 */
import { compareCsvLabels, comparisonCsv } from '../src/lib/domain/compare';
import { compareJson, comparisonFor, parseCompare } from '../src/lib/domain/compare-cli';
import { readAtlasIndex } from '../src/lib/data/node-atlas';
import { getCarrierAtlas } from '../src/lib/server/carriers';
import { readSubsidies } from '../src/lib/policy/node-subsidies';
import { todayIso } from '../src/lib/policy/validity';
import type { ProductLookup } from '../src/lib/domain/shortlist';
import { readFileSync } from 'node:fs';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));

function die(code: number, message: string): never {
  process.stderr.write(`compare: ${message}\n`);
  process.exit(code);
}

const subsidies = readSubsidies();
if ('error' in subsidies) die(1, subsidies.error);
const index = readAtlasIndex();
if ('error' in index) die(1, index.error);

const parsed = parseCompare(
  process.argv.slice(2),
  subsidies,
  index.atlas.cities,
  index.atlas.clusters,
  todayIso(new Date()),
  (read('products.json') as { terms: ProductLookup[] }).terms,
);
if (!parsed.ok) die(2, parsed.error);
if (parsed.help) {
  process.stdout.write(
    [
      'Usage: npm run --silent compare -- --city <city>,<city>[,…] [--cluster <id|name|sub-sector|product>]',
      "         [--subsector <name|n>] [--lang en|zh] [--csv] [the subsidy CLI's project flags]",
      '',
      'Compares 2–5 cities (Chinese or English name, id, pinyin or code) on every dimension of the',
      '/compare page: zone and role, stars per cluster (which differ), carriers by placement',
      "precision, pairings, the cluster's sub-sector roles, and, with project amounts (e.g.",
      "--equipment 1000万 --as-of 2023-06-01), the enterprise's grant ceilings in force.",
      '--csv prints the CSV the page downloads.',
    ].join('\n') + '\n',
  );
  process.exit(0);
}
const inputs = { index, carriers: getCarrierAtlas(), subsidies };
if (parsed.csv)
  process.stdout.write(
    comparisonCsv(comparisonFor(parsed, inputs).cmp, compareCsvLabels(parsed.lang)),
  );
else process.stdout.write(`${JSON.stringify(compareJson(parsed, inputs), null, 2)}\n`);
