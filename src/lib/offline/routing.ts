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
