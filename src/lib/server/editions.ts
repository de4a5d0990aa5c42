/**
 * Reads and gates data/editions.json and data/products.json against the seed copies in data/sources and the ids in
 * data/clusters.json. Used by `npm run validate`, the timeline route and the tests; an invalid
 * file fails with the validator's record-and-field messages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { validateEditions, type EditionsResult } from '../data/editions-validate';
import { validateProducts, type ProductsData } from '../data/products-schema';

/** Source id → text, from `<dataDir>/sources/<id>.txt`. */
export function readSourceTexts(dataDir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(`${dataDir}/sources`)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f.replace(/\.txt$/, ''), readFileSync(`${dataDir}/sources/${f}`, 'utf8')]),
  );
}

interface AtlasShape {
  clusters: {
    id: string;
    kind: string;
    subsectors: { n: number; name: { zh: string }; evidence: { locator: string } }[];
  }[];
  cities: { code: string; name: { zh: string } }[];
}
const readAtlas = (dataDir: string) =>
  JSON.parse(readFileSync(`${dataDir}/clusters.json`, 'utf8')) as AtlasShape;

export function checkEditionsFile(dataDir = 'data'): EditionsResult {
  const atlas = readAtlas(dataDir);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(`${dataDir}/editions.json`, 'utf8'));
  } catch (e) {
    return { data: null, errors: [`cannot be read as JSON: ${(e as Error).message}`] };
  }
  return validateEditions(raw, {
    texts: readSourceTexts(dataDir),
    clusters: atlas.clusters,
    cities: atlas.cities,
  });
}

/** The validated editions; throws (failing the build) with the problems listed. */
export function loadEditions(dataDir = 'data') {
  const { data, errors } = checkEditionsFile(dataDir);
  if (!data)
    throw new Error(`data/editions.json is invalid:\n  - ${errors.slice(0, 20).join('\n  - ')}`);
  return data;
}

export function checkProductsFile(dataDir = 'data'): {
  data: ProductsData | null;
  errors: string[];
} {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(`${dataDir}/products.json`, 'utf8'));
  } catch (e) {
    return { data: null, errors: [`cannot be read as JSON: ${(e as Error).message}`] };
  }
  const atlas = readAtlas(dataDir);
  return validateProducts(raw, {
    texts: readSourceTexts(dataDir),
    clusters: atlas.clusters,
    cities: atlas.cities,
  });
}
