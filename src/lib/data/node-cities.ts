/** Node-only: the 21 cities of the canonical dataset, for scripts (the subsidy CLI). */
import { readFileSync } from 'node:fs';

export interface CityRecord {
  code: string;
  id: string;
  name: { zh: string; en: string };
  pinyin: string;
  zone: 'prd' | 'east' | 'west' | 'north';
}

export function readCities(): CityRecord[] {
  const file = new URL('../../../data/clusters.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { cities: CityRecord[] }).cities;
}
