import { describe, expect, it } from 'vitest';
import { starCount } from './rating';
import { makeIndex } from '../data/fixtures';
import { matrixLayout, moveFocus, nextSort } from './matrix';
import { matchesQuery, searchClusters } from './search';

describe('matrixLayout', () => {
  it('groups cities by zone and totals rows and columns as the plan counts', () => {
    const index = makeIndex((k, c) => (c < 3 ? 2 : 0));
    const m = matrixLayout(index, { by: 'default', key: null, dir: 'desc' });
    expect(m.columns.map((c) => c.zone)).toEqual([
      ...Array(9).fill('prd'),
      ...Array(4).fill('east'),
      ...Array(3).fill('west'),
      ...Array(5).fill('north'),
    ]);
    expect(m.rowTotals.get('k1')).toBe(3);
    expect(m.columnTotals.get('440100')).toBe(20);
  });

  it('sorts clusters by a city’s stars within each kind', () => {
    const index = makeIndex((k, c) => (c === 0 ? ((k % 4) as 0 | 1 | 2 | 3) : 0));
    const rows = matrixLayout(index, { by: 'city', key: 'c440100', dir: 'desc' }).rows;
    const stars = rows.map((r) => index.stars(r.id, '440100'));
    expect(rows.slice(0, 10).every((r) => r.kind === 'pillar')).toBe(true);
    expect(stars.slice(0, 10)).toEqual(
      [...stars.slice(0, 10)].sort((a, b) => starCount(b) - starCount(a)),
    );
  });

  it('sorts cities by a cluster’s stars within each zone', () => {
    const index = makeIndex((k, c) => (k === 0 ? ((c % 4) as 0 | 1 | 2 | 3) : 0));
    const cols = matrixLayout(index, { by: 'cluster', key: 'k1', dir: 'asc' }).columns;
    const prd = cols.filter((c) => c.zone === 'prd').map((c) => index.stars('k1', c.code));
    expect(prd).toEqual([...prd].sort((a, b) => starCount(a) - starCount(b)));
  });
});

describe('nextSort', () => {
  it('cycles descending, ascending, default', () => {
    const a = nextSort({ by: 'default', key: null, dir: 'desc' }, 'city', 'x');
    expect(a).toEqual({ by: 'city', key: 'x', dir: 'desc' });
    const b = nextSort(a, 'city', 'x');
    expect(b.dir).toBe('asc');
    expect(nextSort(b, 'city', 'x')).toEqual({ by: 'default', key: null, dir: 'desc' });
  });
});

describe('moveFocus', () => {
  it.each([
    ['ArrowRight', { r: 0, c: 1 }],
    ['ArrowLeft', { r: 0, c: 0 }],
    ['ArrowDown', { r: 1, c: 0 }],
    ['ArrowUp', { r: 0, c: 0 }],
    ['End', { r: 0, c: 20 }],
    ['Home', { r: 0, c: 0 }],
    ['a', null],
  ])('%s from the corner', (key, to) => {
    expect(moveFocus({ r: 0, c: 0 }, key, 20, 21)).toEqual(to);
  });
});

describe('cluster search', () => {
  const item = {
    id: 'new-energy',
    name: { zh: '新能源', en: 'New energy' },
    pinyin: 'xin neng yuan',
  };
  it.each(['新能', 'energy', 'ENERGY', 'xinnengyuan', 'xin neng', 'xny', ''])(
    'finds 新能源 by "%s"',
    (q) => {
      expect(matchesQuery(item, q)).toBe(true);
    },
  );
  it.each(['汽车', 'auto', 'xyz'])('does not find it by "%s"', (q) => {
    expect(matchesQuery(item, q)).toBe(false);
  });
  it('filters a list', () => {
    expect(searchClusters([item], 'neng')).toHaveLength(1);
  });
});
