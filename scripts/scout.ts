/**
 * The explained shortlist from the command line: all 21 cities ranked for a cluster or
 * sub-sector and a project, with the reasons. Run:
 *   npm run --silent scout -- --cluster <id|name|sub-sector|product> [subsidy project flags] [--weights …]
 * Prints { ranking: [{ city, score, reasons }], weights, … }. Bad input exits 2 with one line.
 */
import { readFileSync } from 'node:fs';
import { buildReport } from '../src/lib/policy/report';
import { readSubsidies } from '../src/lib/policy/node-subsidies';
import { todayIso } from '../src/lib/policy/validity';
import {
  PARTS,
  rankCities,
  type ProductLookup,
  type ShortlistInput,
} from '../src/lib/domain/shortlist';
import { parseScout } from '../src/lib/domain/scout-cli';
import { shortlistCsv } from '../src/lib/domain/shortlist-csv';

function die(code: number, message: string): never {
  process.stderr.write(`scout: ${message}\n`);
  process.exit(code);
}
const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));

const atlas = read('clusters.json') as Pick<
  ShortlistInput,
  'cities' | 'zones' | 'clusters' | 'cells'
> & {
  cities: (ShortlistInput['cities'][number] & { id: string; pinyin: string })[];
};
const platforms = read('platforms.json') as {
  carriers: {
    hostCity: string | null;
    kind: string;
    name: { zh: string; en: string };
    leadIndustries: { clusters: string[] };
  }[];
};
const data = readSubsidies();
if ('error' in data) die(1, data.error);

const parsed = parseScout(
  process.argv.slice(2),
  data,
  atlas.cities,
  atlas.clusters,
  atlas.zones.map((z) => z.id),
  todayIso(new Date()),
  (read('products.json') as { terms: ProductLookup[] }).terms,
);
if (!parsed.ok) die(2, parsed.error);
if (parsed.help) {
  process.stdout.write(
    [
      'Usage: npm run --silent scout -- --cluster <id|name|sub-sector|product> [--subsector <name|n>]',
      '         [--weights rating=3,role=2,carriers=1,subsidy=2,zone=1] [--zone prd|east|west|north]',
      "         [--lang en|zh] [--csv] [the subsidy CLI's project flags, e.g. --equipment 1000万 --as-of 2023-06-01]",
      '',
      `Ranks all 21 cities by an open score: 100 × Σ weight·part / Σ weight, parts ${PARTS.join(', ')} in 0–1.`,
      'A part unknown for every city (subsidy without project values, zone without --zone) is left out.',
      '--csv prints the ranking as the /shortlist page downloads it.',
    ].join('\n') + '\n',
  );
  process.exit(0);
}
const report = parsed.project
  ? buildReport(parsed.project, data, atlas.cities, parsed.asOf, parsed.includeInferred)
  : null;
const shortlist = rankCities(
  {
    cities: atlas.cities,
    zones: atlas.zones,
    clusters: atlas.clusters,
    cells: atlas.cells,
    carriers: platforms.carriers.map((c) => ({ ...c, clusters: c.leadIndustries.clusters })),
    rules: data.rules,
    report,
  },
  parsed.target,
  parsed.weights,
);
const lang = parsed.lang;
if (parsed.csv) {
  process.stdout.write(shortlistCsv(shortlist, lang));
  process.exit(0);
}
const cluster = atlas.clusters.find((c) => c.id === parsed.target.cluster)!;
const sub = cluster.subsectors.find((s) => s.n === parsed.target.subsector);
process.stdout.write(
  `${JSON.stringify(
    {
      cluster: { id: cluster.id, name: cluster.name[lang] },
      ...(sub ? { subsector: sub.name[lang] } : {}),
      ...(report ? { asOf: report.asOf } : {}),
      ranking: shortlist.ranking.map((r) => ({
        rank: r.rank,
        city: r.cityName[lang],
        cityCode: r.city,
        score: r.score,
        tie: r.tie,
        reasons: r.reasons.map((x) => x[lang]),
        unknowns: r.unknowns.map((x) => x[lang]),
        parts: r.parts,
      })),
      weights: shortlist.weights,
      excluded: shortlist.excluded.map((e) => ({ part: e.part, why: e.why[lang] })),
      ...(report ? { notes: report.notes.map((n) => n[lang]) } : {}),
    },
    null,
    2,
  )}\n`,
);
