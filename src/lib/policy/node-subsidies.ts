/** Node-only: data/subsidies.json, validated, for the CLIs. */
import { readFileSync } from 'node:fs';
import type { SubsidyData } from './schema';
import { validateSubsidies } from './validate';

/** The rules, or one line saying why the file cannot be used. */
export function readSubsidies(): SubsidyData | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(
      readFileSync(new URL('../../../data/subsidies.json', import.meta.url), 'utf8'),
    );
  } catch (e) {
    return { error: `data/subsidies.json cannot be read: ${(e as Error).message}` };
  }
  const { data, errors } = validateSubsidies(raw);
  return (
    data ?? { error: `data/subsidies.json is invalid: ${errors[0]} (${errors.length} problem(s))` }
  );
}
