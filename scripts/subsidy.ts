/**
 * What would my project get, where? Reads data/subsidies.json and the 21 cities, evaluates the
 * project given as flags and prints JSON. Run: npm run --silent subsidy -- --help
 * Bad input exits 2 with one line on stderr; invalid data exits 1.
 */
import { readFileSync } from 'node:fs';
import { readCities } from '../src/lib/data/node-cities';
import { helpText, parseCli } from '../src/lib/policy/cli';
import { evaluate, missingInputs } from '../src/lib/policy/engine';
import { INPUT_FIELDS, type InputField } from '../src/lib/policy/fields';
import { summarizeByCity } from '../src/lib/policy/summary';
import { validateSubsidies } from '../src/lib/policy/validate';

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
const parsed = parseCli(process.argv.slice(2), data, cities);
if (!parsed.ok) die(2, parsed.error);
if (parsed.help) {
  process.stdout.write(`${helpText(data)}\n`);
  process.exit(0);
}
const { project } = parsed;
const results = evaluate(project, data.rules, cities);
const zhName = new Map(cities.map((c) => [c.code, c.name.zh]));

/** Rules left out because some, not all, of their inputs were given: say which flags are missing. */
const skipped = data.rules.flatMap((rule) => {
  const missing = missingInputs(rule, project);
  const needsClaim = missing.some((m) => m.startsWith('claim:'));
  const needed = new Set(
    rule.tiers.flatMap((t) =>
      t.thresholds.filter((th) => !th.option).map((th) => th.field as string),
    ),
  );
  if (rule.base?.field) needed.add(rule.base.field);
  if (rule.variants) needed.add('digitalType');
  const given = [...needed].filter((f) => !missing.includes(f));
  if (!missing.length || needsClaim || !given.length) return [];
  const flags = missing.map((m) =>
    m === 'digitalType' ? '--digital-type' : `--${INPUT_FIELDS[m as InputField].flag}`,
  );
  return [{ rule: rule.id, missing: flags }];
});

const output = {
  results: results.map((r) => ({
    city: zhName.get(r.city) ?? r.city,
    cityCode: r.city,
    rule: r.rule,
    kind: r.kind,
    tier: r.tier,
    membership: r.membership,
    eligible: r.eligible,
    reason: r.reason,
    maxAmountYuan: r.maxAmountYuan,
    capApplied: r.capApplied,
    recipient: r.recipient,
    source: r.source,
    ...(r.restates ? { restates: r.restates } : {}),
  })),
  skipped,
  summary: summarizeByCity(results).map((s) => ({
    city: zhName.get(s.city) ?? s.city,
    maxByRecipient: s.maxByRecipient,
    counted: s.counted,
    notCounted: s.notCounted,
  })),
};
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
