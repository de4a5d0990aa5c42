import { describe, expect, it } from 'vitest';
import { buildReport } from '../policy/report';
import { realData } from '../policy/testing';
import {
  DEFAULT_WEIGHTS,
  parseWeights,
  rankCities,
  resolveTarget,
  type ShortlistInput,
} from './shortlist';

const T = (zh: string, en = zh) => ({ zh, en });
const CITIES = [
  { code: '440100', name: T('广州', 'Guangzhou'), zone: 'prd' },
  { code: '441600', name: T('河源', 'Heyuan'), zone: 'north' },
  { code: '440300', name: T('深圳', 'Shenzhen'), zone: 'prd' },
];

/** Three cities, one cluster with two sub-sectors: small enough to rank by hand. */
function input(over: Partial<ShortlistInput> = {}): ShortlistInput {
  return {
    cities: CITIES,
    zones: [
      { id: 'prd', name: T('珠三角', 'Pearl River Delta') },
      { id: 'north', name: T('北部', 'North') },
    ],
    clusters: [
      {
        id: 'new-energy',
        name: T('新能源', 'New energy'),
        pinyin: 'xin neng yuan',
        subsectors: [
          {
            n: 1,
            name: T('动力电池', 'Power batteries'),
            cities: [{ city: '440300', role: '核心' }],
          },
          { n: 2, name: T('光伏', 'Solar'), cities: [{ city: '441600', role: '依托' }] },
        ],
      },
    ],
    cells: [
      { cluster: 'new-energy', city: '440100', stars: 3, confidence: 'high' },
      { cluster: 'new-energy', city: '441600', stars: 1, confidence: 'medium' },
      { cluster: 'new-energy', city: '440300', stars: 3, confidence: 'high' },
    ],
    carriers: [
      { hostCity: '441600', kind: 'main-transfer-platform', name: T('河源主平台'), clusters: [] },
      { hostCity: '440100', kind: 'plan-base', name: T('广州基地'), clusters: ['new-energy'] },
    ],
    rules: [],
    report: null,
    ...over,
  };
}

describe('rankCities: hand-computed rankings', () => {
  it('ranks by rating, role and carriers when no project or zone is given', () => {
    // weights 3/2/1 over 6 (subsidy and zone left out):
    // 广州 (3×1 + 2×0 + 1×0.5)/6 = 58.3; 深圳 (3 + 2 + 0)/6 = 83.3; 河源 (3×⅓ + 2×1 + 1×0.5)/6 = 58.3
    const s = rankCities(input(), { cluster: 'new-energy' }, DEFAULT_WEIGHTS);
    expect(s.ranking.map((r) => [r.rank, r.cityName.zh, r.score, r.tie])).toEqual([
      [1, '深圳', 83.3, false],
      [2, '广州', 58.3, true],
      [2, '河源', 58.3, true],
    ]);
    expect(s.excluded.map((e) => e.part)).toEqual(['subsidy', 'zone']);
  });

  it('ranks a sub-sector: only the cities named for it get the role', () => {
    // 光伏: 河源 (1 + 2 + 0.5)/6 = 58.3; 深圳 3/6 = 50; 广州 3.5/6 = 58.3
    const s = rankCities(input(), { cluster: 'new-energy', subsector: 2 }, DEFAULT_WEIGHTS);
    expect(s.ranking.map((r) => [r.cityName.zh, r.score])).toEqual([
      ['广州', 58.3],
      ['河源', 58.3],
      ['深圳', 50],
    ]);
    expect(s.ranking[1]!.reasons.map((x) => x.en)).toEqual([
      '★ general for New energy (reconstruction confidence medium)',
      'named for Solar',
      'hosts a main transfer platform',
      'zone: North',
    ]);
  });

  it('shows a member whose level is not printed as unknown, scoring its rating part 0', () => {
    const cells = input().cells.map((c) => (c.city === '441600' ? { ...c, stars: null } : c));
    const s = rankCities(input({ cells }), { cluster: 'new-energy' }, DEFAULT_WEIGHTS);
    const heyuan = s.ranking.find((r) => r.city === '441600')!;
    // (3×0 + 2×1 + 1×0.5)/6 = 41.7
    expect([heyuan.score, heyuan.parts.rating]).toEqual([41.7, null]);
    expect(heyuan.unknowns[0]!.en).toBe('star level not printed, so the rating part is unknown');
  });

  it('lets the user reweigh: only the zone counts', () => {
    const w = { rating: 0, role: 0, carriers: 0, subsidy: 0, zone: 1 };
    const s = rankCities(input(), { cluster: 'new-energy', zones: ['north'] }, w);
    expect(s.ranking.map((r) => [r.rank, r.cityName.zh, r.score])).toEqual([
      [1, '河源', 100],
      [2, '广州', 0],
      [2, '深圳', 0],
    ]);
  });

  it("adds the enterprise's subsidy ceiling from the report, with the rule's rate and cap", () => {
    const data = realData();
    const report = buildReport(
      { cities: CITIES.map((c) => c.code), equipmentPurchase: 10_000_000 },
      data,
      CITIES,
      '2026-11-29',
    );
    // Ceilings: 广州 20% = 200万, 河源 30% = 300万, 深圳 not covered = 0.
    // 河源 (3×⅓ + 2×1 + 0.5 + 2×1)/8 = 68.8; 广州 (3 + 0 + 0.5 + 2×⅔)/8 = 60.4; 深圳 (3 + 0 + 0 + 0)/8 = 37.5
    const s = rankCities(
      input({ rules: data.rules, report }),
      { cluster: 'new-energy', subsector: 2 },
      DEFAULT_WEIGHTS,
    );
    expect(s.ranking.map((r) => [r.cityName.zh, r.score])).toEqual([
      ['河源', 68.8],
      ['广州', 60.4],
      ['深圳', 37.5],
    ]);
    const heyuan = s.ranking[0]!;
    expect(heyuan.reasons.map((x) => x.zh)).toContain(
      '企业技术改造设备事后奖励（不超过30%，上限5000万元）：≤300万元',
    );
    // Shenzhen's own programmes are not in the dataset: shown as an unknown, not hidden.
    expect(s.ranking[2]!.unknowns[0]!.en).toContain("Shenzhen's own city and district programmes");
  });
});

describe('resolveTarget', () => {
  const clusters = input().clusters;
  it.each([
    ['new-energy', { cluster: 'new-energy' }],
    ['新能源', { cluster: 'new-energy' }],
    ['New Energy', { cluster: 'new-energy' }],
    ['xinnengyuan', { cluster: 'new-energy' }],
    ['动力电池', { cluster: 'new-energy', subsector: 1 }],
    ['solar', { cluster: 'new-energy', subsector: 2 }],
  ])('finds %s', (token, target) => expect(resolveTarget(token, clusters)).toEqual(target));

  // Product terms as data/products.json has them (fixture: two terms, one placed once).
  const products = [
    {
      name: { zh: '光伏电池', en: 'PV cells' },
      pinyin: 'guang fu dian chi',
      synonyms: ['photovoltaic'],
      places: [{ cluster: 'new-energy', subsector: 2 }],
    },
    {
      name: { zh: '储能', en: 'Energy storage' },
      pinyin: 'chu neng',
      synonyms: ['ESS'],
      places: [
        { cluster: 'new-energy', subsector: 1 },
        { cluster: 'new-energy', subsector: 2 },
      ],
    },
  ];
  it.each([
    ['光伏电池', { cluster: 'new-energy', subsector: 2 }],
    ['PV cells', { cluster: 'new-energy', subsector: 2 }],
    ['photovoltaic', { cluster: 'new-energy', subsector: 2 }],
    ['guangfudianchi', { cluster: 'new-energy', subsector: 2 }],
  ])('finds the product %s where it sits', (token, target) =>
    expect(resolveTarget(token, clusters, products)).toEqual(target),
  );
  it('names every place of a product that sits in several, and how to choose', () => {
    const found = resolveTarget('ESS', clusters, products);
    expect(found).toEqual({
      error:
        '"ESS" (储能) sits in 2 places; choose one: --cluster new-energy --subsector 1 (动力电池); --cluster new-energy --subsector 2 (光伏)',
    });
    expect(resolveTarget('储能', clusters, products)).toMatchObject({
      error: expect.stringMatching(/^"储能" sits in 2 places/),
    });
  });

  it('says when nothing matches', () => {
    expect(resolveTarget('钢铁', clusters)).toEqual({
      error: 'unknown cluster, sub-sector or product "钢铁"',
    });
  });
});

describe('parseWeights', () => {
  it('overrides the defaults it names', () => {
    expect(parseWeights('rating=1, subsidy=0')).toEqual({
      ...DEFAULT_WEIGHTS,
      rating: 1,
      subsidy: 0,
    });
  });
  it.each(['stars=1', 'rating=-1', 'rating'])('refuses %s', (bad) => {
    expect(parseWeights(bad)).toContain('--weights takes');
  });
});
