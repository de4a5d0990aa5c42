import { describe, expect, it } from 'vitest';
import { isValidView, makeContext, makeView } from './fixtures';
import { DEFAULT_VIEW, cleanTitle, contextFromDataset, defaultView, type ViewState } from './view';

const ctx = makeContext();

describe('DEFAULT_VIEW', () => {
  it('is deep-frozen so no caller can change the defaults', () => {
    expect(Object.isFrozen(DEFAULT_VIEW)).toBe(true);
    expect(Object.isFrozen(DEFAULT_VIEW.sort)).toBe(true);
    expect(Object.isFrozen(DEFAULT_VIEW.calc)).toBe(true);
    expect(Object.isFrozen(DEFAULT_VIEW.clusters)).toBe(true);
  });

  it('equals a fresh default view, which is mutable and unshared', () => {
    const a = defaultView();
    expect(a).toEqual(DEFAULT_VIEW);
    a.clusters.push('new-energy');
    expect(defaultView().clusters).toEqual([]);
  });

  it('is a valid view', () => {
    expect(isValidView(DEFAULT_VIEW, ctx)).toBe(true);
    expect(isValidView(DEFAULT_VIEW)).toBe(true);
  });
});

describe('isValidView', () => {
  // [what, a change that makes the default view invalid]
  const invalid: [string, (v: ViewState) => unknown][] = [
    ['an unknown cluster', (v) => (v.clusters = ['xyz'])],
    ['a repeated cluster', (v) => (v.clusters = ['new-energy', 'new-energy'])],
    ['more than 20 clusters', (v) => (v.clusters = [...ctx.clusterIds, 'extra'])],
    ['a city code instead of an id', (v) => (v.city = '441600')],
    ['an unknown language', (v) => ((v as { lang: string }).lang = 'fr')],
    [
      'a sort key with the default order',
      (v) => (v.sort = { by: 'default', key: 'x', dir: 'asc' }),
    ],
    [
      'a city sort keyed by a cluster',
      (v) => (v.sort = { by: 'city', key: 'new-energy', dir: 'asc' }),
    ],
    ['an unknown pairing year', (v) => ((v.layers as { pairings: unknown }).pairings = 2022)],
    ['seven calculator cities', (v) => (v.calc.cities = ctx.cities.slice(0, 7).map((c) => c.id))],
    ['a negative amount', (v) => (v.calc.investment = -1)],
    ['a fractional amount', (v) => (v.calc.equipment = 0.5)],
    ['an unsafe integer', (v) => (v.calc.newFai = 2 ** 53)],
    ['a score over 100', (v) => (v.calc.digitalScore = 101)],
    ['an empty title', (v) => (v.title = '')],
    ['an untrimmed title', (v) => (v.title = ' x')],
    ['a title with a newline', (v) => (v.title = 'a\nb')],
    ['a missing section', (v) => delete (v as Partial<ViewState>).calc],
  ];
  it.each(invalid)('rejects %s', (_what, change) => {
    const view = defaultView();
    change(view);
    expect(isValidView(view, ctx)).toBe(false);
  });

  it('rejects things that are not views', () => {
    for (const value of [null, undefined, 0, 'view', [], {}]) {
      expect(isValidView(value, ctx)).toBe(false);
    }
  });

  it('checks only the shape of ids when given no context', () => {
    expect(isValidView(makeView({ clusters: ['not-in-data'] }))).toBe(true);
    expect(isValidView(makeView({ clusters: ['Not A Slug'] }))).toBe(false);
  });
});

describe('cleanTitle', () => {
  // [raw, cleaned]
  const cases: [string, string][] = [
    ['  Heyuan\n\tclusters ', 'Heyuan clusters'],
    ['a\u0000b\u007fc\u0085d', 'a b c d'],
    ['evil\u202Egnp.exe', 'evil gnp.exe'],
    ['lone \ud800 surrogate', 'lone surrogate'],
    ['emoji 🏭 stays', 'emoji 🏭 stays'],
    ['<b>bold</b>', '<b>bold</b>'],
    ['河'.repeat(130), '河'.repeat(120)],
    [`${'a'.repeat(119)} b`, 'a'.repeat(119)],
    ['🏭'.repeat(121), '🏭'.repeat(120)],
    ['\u0000\n', ''],
  ];
  it.each(cases)('cleans %j', (raw, cleaned) => {
    expect(cleanTitle(raw)).toBe(cleaned);
    expect(cleanTitle(cleaned)).toBe(cleaned);
  });
});

describe('contextFromDataset', () => {
  it('takes cluster ids and city names from the dataset shape', () => {
    const data = {
      clusters: [{ id: 'new-energy' }],
      cities: [{ id: 'heyuan', code: '441600', name: { zh: '河源', en: 'Heyuan' } }],
    };
    expect(contextFromDataset(data)).toEqual({
      clusterIds: ['new-energy'],
      cities: [{ id: 'heyuan', code: '441600', zh: '河源', en: 'Heyuan' }],
    });
  });
});
