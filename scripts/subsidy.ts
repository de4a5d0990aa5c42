/**
 * What would my project get, where? Reads data/subsidies.json and the 21 cities, evaluates the
 * project given as flags as of a date (default today) and prints JSON. Run:
 * npm run --silent subsidy -- --help
 * Bad input exits 2 with one line on stderr; invalid data exits 1.
 */
import { readFileSync } from 'node:fs';
import { readCities } from '../src/lib/data/node-cities';
import { helpText, parseCli } from '../src/lib/policy/cli';
import { buildReport } from '../src/lib/policy/report';
import { validateSubsidies } from '../src/lib/policy/validate';
import { todayIso } from '../src/lib/policy/validity';

function die(code: number, message: string): never {
  process.stderr.write(`subsidy: ${message}\n`);
  process.exit(code);
}

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(new URL('../data/subsidies.json', import.meta.url), 'utf8'));
} catch (e) {
  die(1, `data/subsidies.json cannot be read: ${(e as Error).message}`);
}
const { data, errors } = validateSubsidies(raw);
if (!data) die(1, `data/subsidies.json is invalid: ${errors[0]} (${errors.length} problem(s))`);

const cities = readCities();
const parsed = parseCli(process.argv.slice(2), data, cities, todayIso(new Date()));
if (!parsed.ok) die(2, parsed.error);
if (parsed.help) {
  process.stdout.write(`${helpText(data)}\n`);
  process.exit(0);
}
const report = buildReport(parsed.project, data, cities, parsed.asOf, parsed.includeInferred);
const zhName = new Map(cities.map((c) => [c.code, c.name.zh]));

const output = {
  asOf: report.asOf,
  includeInferred: report.includeInferred,
  results: report.results.map(({ cityName: _name, checks: _checks, ...r }) => ({
    ...r,
    city: zhName.get(r.city) ?? r.city,
    cityCode: r.city,
  })),
  skipped: report.skipped.map(({ rule, missing }) => ({ rule, missing })),
  summary: report.summary.map((s) => ({
    city: zhName.get(s.city) ?? s.city,
    maxByRecipient: s.maxByRecipient,
    capsByRecipient: s.capsByRecipient,
    counted: s.counted,
    notCounted: s.notCounted,
  })),
  cityNotes: report.cityNotes.map((n) => ({ ...n, city: zhName.get(n.city) ?? n.city })),
  notes: report.notes,
};
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
