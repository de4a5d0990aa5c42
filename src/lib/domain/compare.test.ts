import { describe, expect, it } from 'vitest';
import { makeDataset, makeIndex } from '../data/fixtures';
import { AtlasIndex, toAtlas } from '../data/atlas';
import type { CarrierAtlas } from './carriers';
import type { Dataset } from '../data/schema';
import { realData } from '../policy/testing';
import dataset from '../../../data/clusters.json';
import {
  compareCities,
  comparisonCsv,
  defaultPeers,
  embedCities,
  linkedCities,
  projectCeilings,
} from './compare';

const realIndex = new AtlasIndex(toAtlas(dataset as unknown as Dataset));

// k1: 广州-like city 0 core, city 1 key; every other cluster the same for all cities.
const index = makeIndex((k, c) => (k === 0 ? ([3, 2][c] ?? 0) : 1) as 0 | 1 | 2 | 3);
const [a, b, c] = ['440100', '440300', '440400'];

describe('compareCities', () => {
  it('puts one column per city and marks the clusters whose ratings differ', () => {
    const cmp = compareCities(index, [a, b, c], { lang: 'en' });
    expect(cmp.columns.map((x) => x.name)).toEqual(['City 01', 'City 03', 'City 04']);
    expect(cmp.stars).toHaveLength(20);
    expect(cmp.stars[0]).toMatchObject({ stars: [3, 2, 0], differs: true });
    expect(cmp.stars.slice(1).every((r) => !r.differs)).toBe(true);
    expect(cmp.carriers).toBeNull();
    expect(cmp.ceilings).toBeNull();
  });

  it('counts hosted carriers by precision and lists pairings once the payload is there', () => {
    const carrier = (id: string, precision: 'county' | 'city' | 'unknown') => ({
      id,
      kind: 'transfer-park' as const,
      name: { zh: id, en: id },
      hostCity: b,
      county: null,
      countyName: null,
      lngLat: null,
      precision,
      confidence: 'high' as const,
      clusters: [],
      industries: [],
      partner: null,
      sourceCount: 1,
      firstSource: { kind: 'seed' as const, source: 's', label: 'l', locator: 'L1', quote: 'q' },
    });
    const carriers = {
      version: 't',
      carriers: [carrier('x', 'county'), carrier('y', 'city')],
      pairings: [
        {
          id: 'p',
          year: 2023,
          helper: a,
          partner: b,
          helperLngLat: [0, 0],
          partnerLngLat: [1, 1],
          countyPairs: [],
        },
      ],
      unknowns: [],
    } as unknown as CarrierAtlas;
    const cmp = compareCities(index, [a, b], { lang: 'zh', carriers });
    expect(cmp.carriers![1]).toMatchObject({ county: 1, city: 1, unknown: 0 });
    expect(cmp.carriers![0]).toMatchObject({ county: 0, city: 0, unknown: 0 });
    expect(cmp.pairings![0]).toEqual([{ year: 2023, other: '城03', role: 'helper' }]);
    expect(cmp.pairings![1]).toEqual([{ year: 2023, other: '城01', role: 'partner' }]);
  });

  it('carries the subsidy ceilings given for the project, unknown as null', () => {
    const cmp = compareCities(index, [a, b], { lang: 'en', ceilings: new Map([[a, 50_000_000]]) });
    expect(cmp.ceilings).toEqual([50_000_000, null]);
  });

  it('names a city’s sub-sector roles in the reader’s language', () => {
    const atlas = toAtlas(makeDataset());
    const cluster = atlas.clusters[0]!;
    cluster.subsectors = [
      {
        n: 1,
        name: { zh: '智能终端', en: 'Smart terminals' },
        cities: [{ city: a, role: { zh: '依托', en: 'base city' } }],
      },
    ];
    const roles = (lang: 'zh' | 'en') =>
      compareCities(new AtlasIndex(atlas), [a, b], { lang, cluster: cluster.id }).roles;
    expect(roles('en')).toEqual([['Smart terminals: base city'], []]);
    expect(roles('zh')).toEqual([['智能终端: 依托'], []]);
  });

  it('drops unknown city codes', () => {
    expect(compareCities(index, [a, '999999'], { lang: 'en' }).columns).toHaveLength(1);
  });
});

describe('defaultPeers', () => {
  it('offers the first other cities of the same zone', () => {
    expect(defaultPeers(index, '441600')).toEqual(['440200', '441400']);
    expect(defaultPeers(index, a, 3)).toEqual([b, c, '440600']);
  });
});

describe('comparisonCsv', () => {
  it('writes one row per dimension and one column per city', () => {
    const csv = comparisonCsv(compareCities(index, [a, b], { lang: 'en' }), {
      zone: 'Zone',
      role: 'Role',
      carriers: 'Carriers',
      ceiling: 'Ceiling',
      subsectors: 'Sub-sectors',
    });
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(',City 01,City 03');
    expect(lines).toHaveLength(1 + 2 + 20 + 1);
  });
});

describe('projectCeilings', () => {
  const refs = realIndex.atlas.cities.map((x) => ({ code: x.code, name: x.name }));
  it("adds up the enterprise's grants in force and names the rules behind them", () => {
    // 粤工信规字〔2021〕5号: 30% of 1000万 of equipment in 河源 (north), on 2023-06-01.
    const r = projectCeilings(
      { cities: ['441600', '440300'], equipmentPurchase: 10_000_000 },
      realData().rules,
      refs,
      '2023-06-01',
      false,
    );
    expect(r.byCity).toEqual(
      new Map([
        ['441600', 3_000_000],
        ['440300', 0],
      ]),
    );
    expect(r.rules.map((x) => x.id)).toEqual(['tech-upgrade-equipment']);
  });
});

describe('linkedCities and embedCities', () => {
  it('reads the link’s city ids as codes, at most five, none for all', () => {
    expect(linkedCities(realIndex, ['heyuan', 'nowhere', 'shaoguan'])).toEqual([
      '441600',
      '440200',
    ]);
    expect(linkedCities(realIndex, 'all')).toEqual([]);
    expect(
      linkedCities(realIndex, ['guangzhou', 'shenzhen', 'zhuhai', 'shantou', 'foshan', 'shaoguan']),
    ).toHaveLength(5);
  });

  it('compares 河源 with its zone peers when the link names no city, one city with its peers', () => {
    expect(embedCities(realIndex, [])).toEqual(['441600', '440200', '441400']);
    expect(embedCities(realIndex, ['440300'])).toEqual([
      '440300',
      ...defaultPeers(realIndex, '440300'),
    ]);
    expect(embedCities(realIndex, ['440300', '441600'])).toEqual(['440300', '441600']);
  });
});
