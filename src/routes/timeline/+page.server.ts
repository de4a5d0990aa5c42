import { loadEditions } from '$lib/server/editions';
import { chineseIn, glossesFor } from '$lib/server/glossary';

/** The three editions (with their quotes' glosses), gated like `npm run validate`: invalid data fails the build. */
export function load() {
  const editions = loadEditions();
  return { editions, glosses: glossesFor(chineseIn(editions)) };
}
