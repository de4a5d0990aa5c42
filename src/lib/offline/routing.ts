// How the service worker answers each request: pure, so the rules are unit-tested in Node.

export type Strategy = 'cache-first' | 'network-first' | 'pass';

export interface SwRequest {
  method: string;
  /** A Range request (media seeking) is left to the network. */
  range: boolean;
  sameOrigin: boolean;
  pathname: string;
  /** Hashed build files (`$service-worker` `build`): their content never changes. */
  build: readonly string[];
}

/**
 * @example strategy({ method: 'GET', range: false, sameOrigin: true, pathname: '/_app/immutable/x.js', build: ['/_app/immutable/x.js'] }) // 'cache-first'
 */
export function strategy(req: SwRequest): Strategy {
  if (req.method !== 'GET' || req.range || !req.sameOrigin) return 'pass';
  return req.build.includes(req.pathname) ? 'cache-first' : 'network-first';
}

/**
 * The key a response is kept under. Pages and data are static, the same for any query
 * (`/embed?c=…` is `/embed`; SvelteKit adds `?x-sveltekit-invalidated=…` to `__data.json`), so the
 * query is dropped and the cache does not grow with every view a reader opens.
 */
export function cacheKey(url: URL): string {
  return url.pathname;
}

/** Only what was precached is refreshed on the way through; other responses are not kept. */
export function isPrecached(url: URL, assets: readonly string[]): boolean {
  return assets.includes(url.pathname);
}

/** A per-view page (`/new-energy-en`, `/embed/new-energy-en`) or its `__data.json`. */
const PER_VIEW = /^(.*?)\/[a-z0-9]+(?:-[a-z0-9]+)*-(?:zh|en)(\/__data\.json)?$/;

/**
 * What the install step keeps: everything but the per-view pages (80 of them, each the base
 * page's app with another view in its HTML). They are kept once visited instead, and a
 * per-view page's data, the same as its route's, falls back to the route's copy.
 */
export function precacheList(assets: readonly string[]): string[] {
  return assets.filter((a) => !PER_VIEW.test(a));
}

/**
 * Worth keeping on the way through: precached, or a per-view page the reader opened. A page
 * fetched with a query is not kept under its path: the server may have answered `/?c=…` with
 * that view's own page (deploy/headers.mjs), which must not stand in for `/`.
 */
export function isKept(url: URL, assets: readonly string[]): boolean {
  if (url.search && !url.pathname.endsWith('/__data.json')) return false;
  return isPrecached(url, assets) || PER_VIEW.test(url.pathname);
}

/**
 * The cached copy that answers for a per-view path when it was never saved: its route's data
 * (`/new-energy-en/__data.json` → `/__data.json`); null for anything else, including the page
 * itself (another page's HTML would show another view).
 */
export function fallbackKey(pathname: string): string | null {
  const m = PER_VIEW.exec(pathname);
  if (!m || !m[2]) return null;
  return `${m[1]}/__data.json`;
}
