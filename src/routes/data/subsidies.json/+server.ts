import { json } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { validateSubsidies } from '$lib/policy';

export const prerender = true;

/** The subsidy rules with their quotes, for pages that load them on demand (the comparison embed). */
export function GET() {
  const raw: unknown = JSON.parse(readFileSync('data/subsidies.json', 'utf8'));
  const { data, errors } = validateSubsidies(raw);
  if (!data)
    throw new Error(`data/subsidies.json is invalid:\n  - ${errors.slice(0, 20).join('\n  - ')}`);
  return json(data);
}
