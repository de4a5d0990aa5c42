import { describe, expect, it } from 'vitest';
import { makeContext, makeView } from './fixtures';
import { MAX_PARAMS, MAX_VALUE_LENGTH } from './query';
import { PARAMS, parseView, serialiseView, type IgnoredParam, type ViewField } from './url';
import { DEFAULT_VIEW, defaultView, type ViewState } from './view';

const ctx = makeContext();
const parse = (search: string) => parseView(search, ctx);
const calc = (overrides: Partial<ViewState['calc']>) => ({ ...defaultView().calc, ...overrides });

describe('serialiseView', () => {
  it('writes the default view as an empty string', () => {
    expect(serialiseView(defaultView())).toBe('');
    expect(serialiseView(DEFAULT_VIEW)).toBe('');
  });

  // [what, the view (default plus these fields), the link it makes]
  const cases: [string, Partial<ViewState>, string][] = [
    [
      'selected clusters in order',
      { clusters: ['new-energy', 'automobiles'] },
      'c=new-energy,automobiles',
    ],
    ['a city by id', { city: 'heyuan' }, 'city=heyuan'],
    ['the zone overlay', { zones: true }, 'zones=1'],
    ['English', { lang: 'en' }, 'lang=en'],
    ['the table pane', { view: 'table' }, 'view=table'],
    ['the core-count aggregate', { agg: 'core' }, 'agg=core'],
    [
      'a city sort',
      { sort: { by: 'city', key: 'guangzhou', dir: 'desc' } },
      'sort=city:guangzhou:desc',
    ],
    [
      'a cluster sort',
      { sort: { by: 'cluster', key: 'new-energy', dir: 'asc' } },
      'sort=cluster:new-energy:asc',
    ],
    [
      'the default order reversed',
      { sort: { by: 'default', key: null, dir: 'asc' } },
      'sort=default:asc',
    ],
    ['carriers', { layers: { carriers: true, pairings: false } }, 'carriers=1'],
    ['pairings of a year', { layers: { carriers: false, pairings: 2023 } }, 'pairs=2023'],
    ['all calculator cities', { calc: calc({ cities: 'all' }) }, 'sc=all'],
    [
      'some calculator cities',
      { calc: calc({ cities: ['heyuan', 'meizhou'] }) },
      'sc=heyuan,meizhou',
    ],
    [
      'calculator amounts, zero included',
      { calc: calc({ investment: 0, newFai: 5, equipment: 12_000_000 }) },
      'inv=0&fai=5&eq=12000000',
    ],
    [
      'the digital transformation inputs',
      { calc: calc({ digitalType: '5g', digitalInput: 300, digitalScore: 100 }) },
      'dt=5g&di=300&ds=100',
    ],
    [
      'a title with spaces and reserved characters',
      { title: 'A&B = 河源 + 1, 2: 3?' },
      'title=A%26B+%3D+%E6%B2%B3%E6%BA%90+%2B+1,+2:+3%3F',
    ],
    [
      'a title that looks like HTML, as text',
      { title: '<script>alert(1)</script>' },
      'title=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    ],
    [
      'several fields in a fixed key order',
      { title: 'T', lang: 'en', clusters: ['smart-robots'], zones: true },
      'c=smart-robots&zones=1&lang=en&title=T',
    ],
  ];

  it.each(cases)('writes %s and reads it back', (_what, overrides, link) => {
    const view = makeView(overrides);
    expect(serialiseView(view)).toBe(link);
    const parsed = parse(link);
    expect(parsed.view).toEqual(view);
    expect(parsed.ignored).toEqual([]);
  });

  it('omits every field that holds its default', () => {
    const view = makeView({
      lang: 'zh',
      zones: false,
      sort: { by: 'default', key: null, dir: 'desc' },
    });
    expect(serialiseView(view)).toBe('');
  });
});

describe('parseView', () => {
  it('reads an empty link, with or without "?", as the default view with every field missing', () => {
    for (const search of ['', '?', '?&&', new URLSearchParams()]) {
      const { view, ignored, fields } = parseView(search, ctx);
      expect(view).toEqual(DEFAULT_VIEW);
      expect(ignored).toEqual([]);
      expect(Object.values(fields).every((s) => s === 'missing')).toBe(true);
    }
  });

  it('returns a fresh view that can be changed without touching the defaults', () => {
    const { view } = parse('');
    view.clusters.push('new-energy');
    view.calc.investment = 1;
    expect(DEFAULT_VIEW.clusters).toEqual([]);
    expect(parse('').view.calc.investment).toBeNull();
  });

  // [link, fields expected in the view]: accepted spellings beyond the canonical ones
  const accepted: [string, Partial<ViewState>][] = [
    ['city=441600', { city: 'heyuan' }],
    ['city=河源', { city: 'heyuan' }],
    ['city=%E6%B2%B3%E6%BA%90%E5%B8%82', { city: 'heyuan' }],
    ['city=Heyuan', { city: 'heyuan' }],
    ['city=+heyuan+', { city: 'heyuan' }],
    ['c=New-Energy,,automobiles,', { clusters: ['new-energy', 'automobiles'] }],
    ['lang=EN', { lang: 'en' }],
    ['lang=zh-CN', { lang: 'zh' }],
    ['lang=en_US', { lang: 'en' }],
    ['zones=true', { zones: true }],
    ['zones=0', { zones: false }],
    ['pairs=off', { layers: { carriers: false, pairings: false } }],
    ['sort=city:441600', { sort: { by: 'city', key: 'heyuan', dir: 'desc' } }],
    ['sort=City:广州:ASC', { sort: { by: 'city', key: 'guangzhou', dir: 'asc' } }],
    ['sort=default', { sort: { by: 'default', key: null, dir: 'desc' } }],
    ['sc=ALL', { calc: calc({ cities: 'all' }) }],
    ['sc=441600,梅州', { calc: calc({ cities: ['heyuan', 'meizhou'] }) }],
    ['inv=1,200,000&fai=007', { calc: calc({ investment: 1_200_000, newFai: 7 }) }],
    ['title=++Heyuan%0A%09clusters%E2%80%AE+', { title: 'Heyuan clusters' }],
    ['cluster=new-energy&l=en', { clusters: ['new-energy'], lang: 'en' }],
    ['c=new-energy&amp;lang=en', { clusters: ['new-energy'], lang: 'en' }],
  ];

  it.each(accepted)('reads %s', (link, expected) => {
    const { view, ignored } = parse(link);
    expect(view).toEqual(makeView(expected));
    expect(ignored).toEqual([]);
  });

  it('reports each field as valid, invalid or missing', () => {
    const { fields } = parse('c=new-energy&lang=fr&city=');
    expect(fields.clusters).toBe('valid');
    expect(fields.lang).toBe('invalid');
    expect(fields.city).toBe('missing');
    expect(fields.title).toBe('missing');
  });

  it('reads URLSearchParams the same as the string it came from', () => {
    const link = 'c=new-energy,xyz&city=河源&title=a+b&foo=1&lang=en&lang=zh';
    expect(parseView(new URLSearchParams(link), ctx)).toEqual(parse(link));
  });

  it('names a query param for every field, distinct from each other', () => {
    const names = Object.values(PARAMS);
    expect(new Set(names).size).toBe(names.length);
    expect(PARAMS.clusters).toBe('c');
    expect(PARAMS.pairings).toBe('pairs');
  });
});

describe('parseView with bad input', () => {
  // [what, link, fields expected in the view, what is listed as ignored, field expected invalid]
  const bad: [string, string, Partial<ViewState>, IgnoredParam[], ViewField | null][] = [
    ['an unknown key', 'foo=bar', {}, [{ key: 'foo', value: 'bar', reason: 'unknown-key' }], null],
    [
      'a repeated key, keeping the first',
      'lang=en&lang=zh',
      { lang: 'en' },
      [{ key: 'lang', value: 'zh', reason: 'duplicate' }],
      null,
    ],
    [
      'a legacy and a current name for one param',
      'l=en&lang=zh',
      { lang: 'en' },
      [{ key: 'lang', value: 'zh', reason: 'duplicate' }],
      null,
    ],
    [
      'an unknown language',
      'lang=fr',
      {},
      [{ key: 'lang', value: 'fr', reason: 'invalid-value' }],
      'lang',
    ],
    [
      'an unknown city',
      'city=beijing',
      {},
      [{ key: 'city', value: 'beijing', reason: 'unknown-city' }],
      'city',
    ],
    [
      'a list with an unknown cluster',
      'c=new-energy,xyz',
      { clusters: ['new-energy'] },
      [{ key: 'c', value: 'xyz', reason: 'unknown-cluster' }],
      'clusters',
    ],
    [
      'a list with a repeated cluster',
      'c=new-energy,automobiles,new-energy',
      { clusters: ['new-energy', 'automobiles'] },
      [{ key: 'c', value: 'new-energy', reason: 'duplicate' }],
      'clusters',
    ],
    [
      'a city list naming one city twice',
      'sc=heyuan,441600',
      { calc: calc({ cities: ['heyuan'] }) },
      [{ key: 'sc', value: '441600', reason: 'duplicate' }],
      'calcCities',
    ],
    [
      '"all" mixed into a city list',
      'sc=all,heyuan',
      { calc: calc({ cities: ['heyuan'] }) },
      [{ key: 'sc', value: 'all', reason: 'unknown-city' }],
      'calcCities',
    ],
    [
      'more than 6 calculator cities',
      'sc=guangzhou,shenzhen,zhuhai,foshan,dongguan,huizhou,zhongshan,jiangmen',
      {
        calc: calc({
          cities: ['guangzhou', 'shenzhen', 'zhuhai', 'foshan', 'dongguan', 'huizhou'],
        }),
      },
      [{ key: 'sc', value: 'zhongshan,jiangmen', reason: 'too-many' }],
      'calcCities',
    ],
    [
      'a negative amount',
      'inv=-5',
      {},
      [{ key: 'inv', value: '-5', reason: 'invalid-value' }],
      'investment',
    ],
    [
      'a fractional amount',
      'eq=1.5',
      {},
      [{ key: 'eq', value: '1.5', reason: 'invalid-value' }],
      'equipment',
    ],
    [
      'an amount in exponent form',
      'fai=1e6',
      {},
      [{ key: 'fai', value: '1e6', reason: 'invalid-value' }],
      'newFai',
    ],
    [
      'an amount beyond safe integers',
      'di=9007199254740993',
      {},
      [{ key: 'di', value: '9007199254740993', reason: 'invalid-value' }],
      'digitalInput',
    ],
    [
      'a score over 100',
      'ds=101',
      {},
      [{ key: 'ds', value: '101', reason: 'invalid-value' }],
      'digitalScore',
    ],
    [
      'an unknown digital type',
      'dt=blockchain',
      {},
      [{ key: 'dt', value: 'blockchain', reason: 'invalid-value' }],
      'digitalType',
    ],
    [
      'an unknown pairing year',
      'pairs=2022',
      {},
      [{ key: 'pairs', value: '2022', reason: 'invalid-value' }],
      'pairings',
    ],
    [
      'a flag that is not a yes or no',
      'zones=maybe',
      {},
      [{ key: 'zones', value: 'maybe', reason: 'invalid-value' }],
      'zones',
    ],
    [
      'a sort by an unknown city',
      'sort=city:beijing:asc',
      {},
      [{ key: 'sort', value: 'city:beijing:asc', reason: 'unknown-city' }],
      'sort',
    ],
    [
      'a sort with a bad direction',
      'sort=cluster:new-energy:up',
      {},
      [{ key: 'sort', value: 'cluster:new-energy:up', reason: 'invalid-value' }],
      'sort',
    ],
    [
      'a sort with no key',
      'sort=cluster',
      {},
      [{ key: 'sort', value: 'cluster', reason: 'invalid-value' }],
      'sort',
    ],
    [
      'a sort with extra parts',
      'sort=default:asc:x',
      {},
      [{ key: 'sort', value: 'default:asc:x', reason: 'invalid-value' }],
      'sort',
    ],
    [
      'a title of control characters only',
      'title=%00%1B%7F',
      {},
      [{ key: 'title', value: '\u0000\u001b\u007f', reason: 'invalid-value' }],
      'title',
    ],
    [
      'a title over 120 characters, cut',
      `title=${'河'.repeat(125)}`,
      { title: '河'.repeat(120) },
      [{ key: 'title', value: '河'.repeat(5), reason: 'truncated' }],
      'title',
    ],
    [
      'malformed percent-encoding, kept as text',
      'title=50%25+%E0%A4%A+%%',
      { title: '50% %E0%A4%A %%' },
      [],
      null,
    ],
    [
      'malformed percent-encoding in an id',
      'city=%E6%B2%B3%E6',
      {},
      [{ key: 'city', value: '%E6%B2%B3%E6', reason: 'unknown-city' }],
      'city',
    ],
    ['a key with no value', 'zones', {}, [], null],
    ['a value with no key', '=en', {}, [{ key: '', value: 'en', reason: 'unknown-key' }], null],
    [
      'prototype keys',
      '__proto__=x&constructor=y&__proto__%5Bpolluted%5D=1',
      {},
      [
        { key: '__proto__', value: 'x', reason: 'unknown-key' },
        { key: 'constructor', value: 'y', reason: 'unknown-key' },
        { key: '__proto__[polluted]', value: '1', reason: 'unknown-key' },
      ],
      null,
    ],
  ];

  it.each(bad)('falls back safely on %s', (_what, link, expected, ignored, invalid) => {
    const parsed = parse(link);
    expect(parsed.view).toEqual(makeView(expected));
    expect(parsed.ignored).toEqual(ignored);
    if (invalid) expect(parsed.fields[invalid]).toBe('invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores a value longer than the limit without reading it', () => {
    const { view, ignored, fields } = parse(`title=${'x'.repeat(MAX_VALUE_LENGTH + 1)}&lang=en`);
    expect(view).toEqual(makeView({ lang: 'en' }));
    expect(ignored).toEqual([{ key: 'title', value: '', reason: 'too-long' }]);
    expect(fields.title).toBe('invalid');
  });

  it('keeps the first 20 clusters and reports the rest as too many', () => {
    const ids = ctx.clusterIds;
    const { view, ignored } = parse(`c=${[...ids].reverse().join(',')},${ids[0]}`);
    expect(view.clusters).toEqual([...ids].reverse());
    expect(ignored).toEqual([{ key: 'c', value: ids[0], reason: 'too-many' }]);
  });

  it('stops listing bad list items after ten and reports the rest as one entry', () => {
    const { view, ignored } = parse(
      `c=${Array.from({ length: 100 }, (_, i) => `x${i}`).join(',')},new-energy`,
    );
    expect(view.clusters).toEqual([]);
    expect(ignored).toHaveLength(11);
    expect(ignored.at(-1)?.reason).toBe('too-many');
  });

  it(`reads at most ${MAX_PARAMS} params and counts the rest in one entry`, () => {
    const junk = Array.from({ length: MAX_PARAMS + 50 }, (_, i) => `k${i}=1`).join('&');
    const { view, ignored } = parse(`${junk}&lang=en`);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(ignored).toHaveLength(MAX_PARAMS + 1);
    expect(ignored.at(-1)).toEqual({ key: '', value: '51', reason: 'too-many' });
  });

  it('parses megabyte-sized hostile links without throwing', () => {
    const huge = [
      'c=' + 'x,'.repeat(500_000),
      '&'.repeat(1_000_000),
      'a'.repeat(1_000_000) + '=1',
      '%'.repeat(1_000_000),
      'title=' + '%E0%A4%A'.repeat(100_000),
      'k&'.repeat(500_000) + '=1',
    ];
    for (const link of huge) expect(() => parse(link)).not.toThrow();
  }, 60_000);
});
