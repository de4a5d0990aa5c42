/**
 * Test factories: a small but schema-valid dataset with a synthetic source text, so unit tests
 * never share mutable fixtures or depend on the real data. Override any part per test.
 */
import type { Cell, City, Cluster, Dataset, Rating, Stars, ZoneId } from './schema';
import { toAtlas, AtlasIndex } from './atlas';

export const FIXTURE_SOURCE_FILE = 'sources/test-source.txt';
export const FIXTURE_SOURCE_TEXT = '规划 附表 甲 乙 丙 丁。以广州、深圳为核心。支持 河源 配套。';

const ZONES: [ZoneId, string][] = [
  ['prd', '440100 440300 440400 440600 441900 441300 442000 440700 441200'],
  ['east', '440500 441500 445200 445100'],
  ['west', '440800 440900 441700'],
  ['north', '440200 441400 441600 441800 445300'],
];

export function makeCities(): City[] {
  return ZONES.flatMap(([zone, codes]) =>
    codes.split(' ').map((code) => ({
      code,
      id: `c${code}`,
      name: { zh: `城${code.slice(2, 4)}`, en: `City ${code.slice(2, 4)}` },
      pinyin: `cheng ${code.slice(2, 4)}`,
      zone,
      statedCounts: { pillar: null, emerging: null },
    })),
  );
}

const ev = { source: 'test-source', locator: 'L1', quote: '以广州、深圳为核心' };
/** Bases the confidence rule grades "high". */
const MEMBER_BASIS = { table: 'level', list: 'member', text: true } as const;
const ZERO_BASIS = { table: 'blank', list: 'none', text: false } as const;

export function makeCluster(i: number, over: Partial<Cluster> = {}): Cluster {
  return {
    id: `k${i}`,
    kind: i <= 10 ? 'pillar' : 'emerging',
    order: ((i - 1) % 10) + 1,
    name: { zh: `集群${i}`, en: `Cluster ${i}` },
    pinyin: `ji qun ${i}`,
    target: { text: { zh: '目标', en: 'target' }, evidence: ev },
    statedCount: null,
    panel: { title: `专栏${i}`, locator: 'L1' },
    subsectors: [],
    ...over,
  };
}

/** stars(clusterIndex, cityIndex) decides each cell; default: a deterministic pattern. */
export function makeDataset(
  stars: (k: number, c: number) => Rating = (k, c) => ((k + c) % 4) as Stars,
  over: Partial<Dataset> = {},
): Dataset {
  const cities = makeCities();
  const clusters = Array.from({ length: 20 }, (_, i) => makeCluster(i + 1));
  const cells: Cell[] = clusters.flatMap((k, ki) =>
    cities.map((c, ci) => ({
      cluster: k.id,
      city: c.code,
      stars: stars(ki, ci),
      basis: stars(ki, ci) === 0 ? ZERO_BASIS : MEMBER_BASIS,
      confidence: 'high',
      evidence: [ev],
    })),
  );
  return {
    schemaVersion: 1,
    version: '0.0.0-test',
    date: '2026-01-01',
    licence: 'test',
    sources: [
      { id: 'test-source', file: FIXTURE_SOURCE_FILE, title: { zh: '测试', en: 'Test' } },
      {
        id: 'gd-industry-policy-compilation-2021',
        file: 'sources/gd-industry-policy-compilation-2021.txt',
        title: { zh: '测试汇编', en: 'Test compilation' },
        parts: [
          {
            id: 'plan-14th-fyp',
            title: { zh: '测试规划', en: 'Test plan' },
            docNumber: '粤府〔2021〕53号',
            lines: [1, 1],
          },
        ],
      },
    ],
    zones: ZONES.map(([id]) => ({
      id,
      name: { zh: `区域${id}`, en: `Zone ${id}` },
      planName: { zh: `规划区域${id}`, en: `Plan zone ${id}` },
      role: { zh: `作用${id}`, en: `Role of ${id}` },
      evidence: [ev],
    })),
    cities,
    clusters,
    cells,
    countExceptions: [],
    contradictions: [],
    ...over,
  };
}

export function makeIndex(stars?: (k: number, c: number) => Rating): AtlasIndex {
  return new AtlasIndex(toAtlas(makeDataset(stars)));
}
