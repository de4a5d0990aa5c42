/**
 * Applies the confidence rule (src/lib/data/confidence.ts, written out in data/README.md) to every
 * cell of data/clusters.json and prints the counts before and after. Run: npm run confidence
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { confidenceFor, type Basis } from '../src/lib/data/confidence';

const file = new URL('../data/clusters.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8')) as {
  cells: {
    cluster: string;
    city: string;
    stars: number | null;
    basis: Basis;
    confidence: string;
  }[];
};
const count = () =>
  data.cells.reduce<Record<string, number>>(
    (n, c) => ({ ...n, [c.confidence]: (n[c.confidence] ?? 0) + 1 }),
    {},
  );
const before = count();
for (const c of data.cells) c.confidence = confidenceFor(c.stars, c.basis);
writeFileSync(file, JSON.stringify(data, null, 1) + '\n');
console.log('before', before, 'after', count());
