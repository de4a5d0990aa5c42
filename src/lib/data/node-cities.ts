/**
 * Node-only: the 21 cities for scripts (the subsidy CLI). Reads the canonical dataset when present;
 * the draft list only while the dataset is being assembled.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CityRecord {
  code: string;
  id: string;
  name: { zh: string; en: string };
  pinyin: string;
  zone: 'prd' | 'east' | 'west' | 'north';
}

const dataDir = fileURLToPath(new URL('../../../data/', import.meta.url));

export function readCities(): CityRecord[] {
  const canonical = `${dataDir}clusters.json`;
  const file = existsSync(canonical) ? canonical : `${dataDir}draft/base-cities.json`;
  return (JSON.parse(readFileSync(file, 'utf8')) as { cities: CityRecord[] }).cities;
}
