import { loadEditions } from '$lib/server/editions';

/** The three editions, gated like `npm run validate`: invalid data fails the build. */
export function load() {
  return { editions: loadEditions() };
}
