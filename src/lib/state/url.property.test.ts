import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isValidView, makeContext } from './fixtures';
import { PARAMS, parseView, serialiseView, type ParsedView, type ViewField } from './url';
import {
  DEFAULT_VIEW,
  DIGITAL_TYPES,
  cleanTitle,
  type SortDir,
  type SortState,
  type ViewState,
} from './view';

const ctx = makeContext();
const cityIds = ctx.cities.map((c) => c.id);
const RUNS = 2000;
// 2,000 cases take about a second on an idle machine, many times that on a loaded 2-core one:
// size the limit for the slow case, since these tests check behaviour, not speed.
vi.setConfig({ testTimeout: 120_000 });

const REASONS = new Set([
  'unknown-key',
  'duplicate',
  'invalid-value',
  'unknown-cluster',
  'unknown-city',
  'too-long',
  'too-many',
  'truncated',
]);
const STATUSES = new Set(['valid', 'invalid', 'missing']);
const FIELDS = Object.keys(PARAMS).sort();

/** Every invariant a parse result must hold, whatever the link was. */
function isSound(parsed: ParsedView): boolean {
  return (
    isValidView(parsed.view, ctx) &&
    Array.isArray(parsed.ignored) &&
    parsed.ignored.every(
      (i) => typeof i.key === 'string' && typeof i.value === 'string' && REASONS.has(i.reason),
    ) &&
    Object.keys(parsed.fields).sort().join() === FIELDS.join() &&
    Object.values(parsed.fields).every((s) => STATUSES.has(s)) &&
    Object.getPrototypeOf(parsed.view) === Object.prototype &&
    (Object.prototype as Record<string, unknown>).polluted === undefined
  );
}

// Text of every kind: printable, any code point, and raw UTF-16 units (lone surrogates included).
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: utf16Unit, maxLength: 30 }),
);
const safeEncode = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '?'));

const knownKeys = [...Object.values(PARAMS), 'cluster', 'clusters', 'l', 'pairings', 'amp;lang'];
const hostileKeys = [
  '__proto__',
  'constructor',
  'prototype',
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
  'constructor.prototype.polluted',
  'hasOwnProperty',
  'toString',
  '',
  '%',
  'c%',
];
const nastyValues = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '%E0%A4%A',
  '%%',
  '%',
  '%zz',
  '%00',
  '\u0000',
  '%ED%A0%80',
  '\ud800',
  '+',
  ' ',
  '=',
  '==',
  ',',
  ',,,',
  ':',
  '::',
  'all',
  '1',
  'en',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '9007199254740993',
  'city:heyuan:asc',
  'cluster:new-energy',
  '河源',
  '441600',
  'x'.repeat(2001),
  '%E6%B2%B3'.repeat(300),
];

const key = fc.oneof(fc.constantFrom(...knownKeys), fc.constantFrom(...hostileKeys), text);
const idList = fc
  .array(fc.constantFrom(...ctx.clusterIds, ...cityIds, '441600', '河源', 'xyz', '', ' '), {
    maxLength: 25,
  })
  .map((ids) => ids.join(','));
const value = fc.oneof(
  fc.constantFrom(...nastyValues),
  idList,
  text,
  text.map(safeEncode),
  fc.integer().map(String),
);
const pair = fc
  .tuple(key, fc.constantFrom('=', '', '=='), value)
  .map(([k, eq, v]) => `${k}${eq}${v}`);
const hostileQuery = fc
  .tuple(
    fc.constantFrom('', '?', '??', '&'),
    fc.array(pair, { maxLength: 25 }),
    fc.constantFrom('&', '&&', '&amp;'),
  )
  .map(([start, pairs, sep]) => start + pairs.join(sep));

const dir = fc.constantFrom<SortDir>('asc', 'desc');
const sort: fc.Arbitrary<SortState> = fc.oneof(
  fc.record({ by: fc.constant('default' as const), key: fc.constant(null), dir }),
  fc.record({ by: fc.constant('cluster' as const), key: fc.constantFrom(...ctx.clusterIds), dir }),
  fc.record({ by: fc.constant('city' as const), key: fc.constantFrom(...cityIds), dir }),
);
const amount = fc.option(fc.oneof(fc.nat(1000), fc.maxSafeNat()), { nil: null });
const validView: fc.Arbitrary<ViewState> = fc.record({
  clusters: fc.uniqueArray(fc.constantFrom(...ctx.clusterIds), { maxLength: 20 }),
  city: fc.option(fc.constantFrom(...cityIds), { nil: null }),
  zones: fc.boolean(),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  view: fc.constantFrom('map' as const, 'table' as const),
  agg: fc.constantFrom('stars' as const, 'core' as const),
  sort,
  layers: fc.record({
    carriers: fc.boolean(),
    pairings: fc.constantFrom(false as const, 2021 as const, 2023 as const),
  }),
  calc: fc.record({
    cities: fc.oneof(
      fc.constant('all' as const),
      fc.uniqueArray(fc.constantFrom(...cityIds), { maxLength: 6 }),
    ),
    investment: amount,
    newFai: amount,
    equipment: amount,
    digitalType: fc.option(fc.constantFrom(...DIGITAL_TYPES), { nil: null }),
    digitalInput: amount,
    digitalScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    asOf: fc.option(
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { nil: null },
    ),
    investmentYear: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
    inferred: fc.boolean(),
  }),
  title: fc.oneof(
    fc.constant(null),
    fc.string({ unit: utf16Unit, maxLength: 150 }).map((s) => cleanTitle(s) || null),
    fc.string({ unit: 'grapheme', maxLength: 150 }).map((s) => cleanTitle(s) || null),
  ),
});

describe('parseView on hostile links', () => {
  it('never throws and always returns a valid view that round-trips', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const parsed = parseView(query, ctx);
        expect(isSound(parsed)).toBe(true);
        const again = parseView(serialiseView(parsed.view), ctx);
        expect(again.view).toEqual(parsed.view);
        expect(again.ignored).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: utf16Unit, maxLength: 300 })), (query) =>
        isSound(parseView(query, ctx)),
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on URLSearchParams built from hostile links', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => isSound(parseView(new URLSearchParams(query), ctx))),
      { numRuns: RUNS / 2 },
    );
  });

  it('cannot pollute object prototypes', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    parseView('__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__=1', ctx);
    parseView(new URLSearchParams([['__proto__', '{"polluted":1}']]), ctx);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('serialiseView on valid views', () => {
  it('round-trips every valid view, writing one param per non-default field', () => {
    fc.assert(
      fc.property(validView, (view) => {
        expect(isValidView(view, ctx)).toBe(true);
        const link = serialiseView(view);
        const parsed = parseView(link, ctx);
        expect(parsed.view).toEqual(view);
        expect(parsed.ignored).toEqual([]);
        expect(serialiseView(parsed.view)).toBe(link);
        const written = link === '' ? 0 : link.split('&').length;
        const changed = (Object.keys(PARAMS) as ViewField[]).filter(
          (f) => parsed.fields[f] === 'valid',
        );
        expect(written).toBe(changed.length);
        expect(Object.values(parsed.fields)).not.toContain('invalid');
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps a link’s view when unknown params are appended', () => {
    const unknownKey = fc.string({ minLength: 1, maxLength: 8 }).map((k) => `x-${safeEncode(k)}`);
    // Values stay within their pair: encoded text, or fixed values with no '&'.
    const junkValue = fc.oneof(fc.constantFrom(...nastyValues), text.map(safeEncode));
    const junk = fc.array(fc.tuple(unknownKey, junkValue), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(validView, junk, (view, pairs) => {
        const tail = pairs.map(([k, v]) => `${k}=${v}`).join('&');
        const parsed = parseView(`${serialiseView(view)}&${tail}`, ctx);
        expect(parsed.view).toEqual(view);
        expect(parsed.ignored.map((i) => i.reason)).toEqual(pairs.map(() => 'unknown-key'));
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('writes nothing for the default view', () => {
    expect(serialiseView(structuredClone(DEFAULT_VIEW) as ViewState)).toBe('');
  });
});
