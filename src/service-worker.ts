/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline after one visit: the install step keeps the app shell (hashed build files), static
// files (geodata, embed script) and every prerendered page and data file in one cache per build.
// Hashed files come from the cache; everything else from the network first, so a reader online
// always gets the current pages and data, and the saved copy when the network is gone.
import { build, files, prerendered, version } from '$service-worker';
import { cacheKey, fallbackKey, isKept, precacheList, strategy } from '$lib/offline/routing';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `atlas-${version}`;
const ASSETS = precacheList([...new Set([...build, ...files, ...prerendered])]);

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

async function fromCache(url: URL) {
  const cache = await caches.open(CACHE);
  const fallback = fallbackKey(url.pathname);
  return (
    (await cache.match(cacheKey(url))) ??
    (await cache.match(url, { ignoreSearch: true })) ??
    (fallback ? await cache.match(fallback) : undefined)
  );
}

async function networkFirst(request: Request, url: URL) {
  try {
    const response = await fetch(request);
    if (response.status === 200 && isKept(url, ASSETS)) {
      const cache = await caches.open(CACHE);
      await cache.put(cacheKey(url), response.clone());
    }
    return response;
  } catch (err) {
    const cached = await fromCache(url);
    if (cached) return cached;
    throw err;
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  const how = strategy({
    method: request.method,
    range: request.headers.has('range'),
    sameOrigin: url.origin === sw.location.origin,
    pathname: url.pathname,
    build,
  });
  if (how === 'cache-first') event.respondWith(fromCache(url).then((hit) => hit ?? fetch(request)));
  else if (how === 'network-first') event.respondWith(networkFirst(request, url));
});
