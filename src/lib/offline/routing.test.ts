import { describe, expect, it } from 'vitest';
import {
  cacheKey,
  fallbackKey,
  isKept,
  isPrecached,
  precacheList,
  strategy,
  type SwRequest,
} from './routing';

const build = ['/_app/immutable/entry/app.abc.js'];
const req = (over: Partial<SwRequest>): SwRequest => ({
  method: 'GET',
  range: false,
  sameOrigin: true,
  pathname: '/',
  build,
  ...over,
});

describe('strategy', () => {
  it.each([
    [{ pathname: '/_app/immutable/entry/app.abc.js' }, 'cache-first'],
    [{ pathname: '/' }, 'network-first'],
    [{ pathname: '/subsidies/__data.json' }, 'network-first'],
    [{ pathname: '/data/clusters.json' }, 'network-first'],
    [{ pathname: '/geo/cities.topo.json' }, 'network-first'],
    [{ pathname: '/_app/immutable/entry/app.old.js' }, 'network-first'],
  ] as const)('answers %j with %s', (over, expected) => expect(strategy(req(over))).toBe(expected));

  it.each([
    [{ method: 'POST' }],
    [{ method: 'HEAD' }],
    [{ range: true }],
    [{ sameOrigin: false }],
    [{ sameOrigin: false, pathname: '/_app/immutable/entry/app.abc.js' }],
  ] as const)('leaves %j to the browser', (over) => expect(strategy(req(over))).toBe('pass'));
});

describe('cache keys', () => {
  it.each([
    ['http://x/embed?c=new-energy&lang=en', '/embed'],
    ['http://x/subsidies/__data.json?x-sveltekit-invalidated=01', '/subsidies/__data.json'],
    ['http://x/', '/'],
  ])('keeps %s as %s', (url, key) => expect(cacheKey(new URL(url))).toBe(key));

  it('refreshes only precached paths', () => {
    const assets = ['/', '/data/clusters.json'];
    expect(isPrecached(new URL('http://x/?c=a'), assets)).toBe(true);
    expect(isPrecached(new URL('http://x/data/clusters.json'), assets)).toBe(true);
    expect(isPrecached(new URL('http://x/nope'), assets)).toBe(false);
  });
});

describe('per-view pages offline', () => {
  const assets = [
    '/',
    '/__data.json',
    '/embed',
    '/new-energy-en',
    '/new-energy-en/__data.json',
    '/embed/automobiles-zh',
    '/_app/x.js',
    '/map/new-energy-en.png',
  ];
  it('are not precached, but everything else is', () => {
    expect(precacheList(assets)).toEqual([
      '/',
      '/__data.json',
      '/embed',
      '/_app/x.js',
      '/map/new-energy-en.png',
    ]);
  });
  it('are kept once visited', () => {
    const kept = precacheList(assets);
    expect(isKept(new URL('https://x/new-energy-en'), kept)).toBe(true);
    expect(isKept(new URL('https://x/embed/automobiles-zh'), kept)).toBe(true);
    expect(isKept(new URL('https://x/'), kept)).toBe(true);
    expect(isKept(new URL('https://x/other'), kept)).toBe(false);
    // `/?c=new-energy` may have been answered with /new-energy-zh's page: not kept as `/`.
    expect(isKept(new URL('https://x/?c=new-energy'), kept)).toBe(false);
    expect(isKept(new URL('https://x/__data.json?x-sveltekit-invalidated=01'), kept)).toBe(true);
  });
  it('fall back to their route’s data, never to another page', () => {
    expect(fallbackKey('/new-energy-en/__data.json')).toBe('/__data.json');
    expect(fallbackKey('/embed/new-energy-en/__data.json')).toBe('/embed/__data.json');
    expect(fallbackKey('/new-energy-en')).toBeNull();
    expect(fallbackKey('/__data.json')).toBeNull();
  });
});
