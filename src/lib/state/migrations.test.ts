import { describe, expect, it } from 'vitest';
import { makeContext, makeView } from './fixtures';
import { PARAM_RENAMES, migrateKey } from './migrations';
import { PARAMS, parseView } from './url';

describe('migrateKey', () => {
  // [key as written in an old link, current key]
  const cases: [string, string][] = [
    ['cluster', 'c'],
    ['clusters', 'c'],
    ['l', 'lang'],
    ['pairings', 'pairs'],
    ['amp;lang', 'lang'],
    ['amp;amp;cluster', 'c'],
    ['c', 'c'],
    ['lang', 'lang'],
    ['Cluster', 'Cluster'],
    ['__proto__', '__proto__'],
    ['', ''],
  ];
  it.each(cases)('reads %j as %j', (from, to) => {
    expect(migrateKey(from)).toBe(to);
  });

  it('renames only to current params and never from one', () => {
    const current = new Set(Object.values(PARAMS));
    for (const { from, to } of PARAM_RENAMES) {
      expect(current.has(to), `${from} → ${to}`).toBe(true);
      expect(current.has(from), `${from} is in use`).toBe(false);
    }
  });
});

describe('old links', () => {
  it('open the view they always did', () => {
    const { view, ignored } = parseView(
      'cluster=new-energy,smart-robots&l=en&pairings=2021',
      makeContext(),
    );
    expect(view).toEqual(
      makeView({
        clusters: ['new-energy', 'smart-robots'],
        lang: 'en',
        layers: { carriers: false, pairings: 2021 },
      }),
    );
    expect(ignored).toEqual([]);
  });

  it('list the old key, as written, when it repeats a current one', () => {
    const { view, ignored } = parseView('c=new-energy&cluster=smart-robots', makeContext());
    expect(view.clusters).toEqual(['new-energy']);
    expect(ignored).toEqual([{ key: 'cluster', value: 'smart-robots', reason: 'duplicate' }]);
  });
});
