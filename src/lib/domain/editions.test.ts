import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cityEditions,
  clusterEditions,
  formatAmount,
  itemCounts,
  provinceSeries,
  retiered,
  retierMap,
  timelineHref,
} from './editions';
import type { EditionsData } from '../data/editions-schema';

const data = JSON.parse(readFileSync('data/editions.json', 'utf8')) as EditionsData;
const atlas = JSON.parse(readFileSync('data/clusters.json', 'utf8')) as {
  clusters: { id: string; subsectors: { cities: { city: string }[] }[] }[];
  cities: { code: string; id: string; zone: 'prd' | 'east' | 'west' | 'north' }[];
};
const cluster = (id: string) => atlas.clusters.find((c) => c.id === id)!;
const city = (id: string) => atlas.cities.find((c) => c.id === id)!;

describe('clusterEditions', () => {
  it('links 2019 机器人 to the 2021 emerging 智能机器人', () => {
    const [y2019, y2021, y2023] = clusterEditions(
      data,
      'intelligent-robots',
      cluster('intelligent-robots'),
    );
    expect(y2019!.entries.map((e) => [e.name.zh, e.tier, e.link])).toEqual([
      ['机器人', 'world-class', 'renamed'],
    ]);
    expect(y2021!.entries.map((e) => [e.name.zh, e.tier])).toEqual([['智能机器人', 'emerging']]);
    expect(y2023!.entries.map((e) => e.link)).toEqual(['group']);
  });

  it('keeps each edition’s target with its own year and metric', () => {
    const cols = clusterEditions(data, 'smart-home-appliances');
    expect(cols.map((c) => c.targets.map((t) => [t.year, t.metric, t.value]))).toEqual([
      [[2022, 'scale', 10000]],
      [[2025, 'operating-revenue', 19000]],
      [],
    ]);
  });

  it('names the 2021 sub-sector cities, and none for editions that name none', () => {
    const cols = clusterEditions(data, 'automobiles', cluster('automobiles'));
    expect(cols[0]!.cities).toEqual([]);
    expect(cols[1]!.cities).toContain('441600'); // 河源, 汽车零部件
    expect(cols[1]!.cities).toHaveLength(17);
    expect(cols[2]!.cities).toEqual([]);
  });

  it('shows the 2023 priority industries inside their 2021 cluster', () => {
    const cols = clusterEditions(data, 'automobiles');
    expect(cols[2]!.industries.map((i) => i.name.zh)).toEqual(['新能源汽车']);
  });

  it('has an entry in 2021 and 2023 for every one of the 20 clusters', () => {
    for (const c of atlas.clusters) {
      const cols = clusterEditions(data, c.id);
      expect(cols.map((col) => col.edition.id)).toEqual(['2019', '2021', '2023']);
      expect(cols[1]!.entries.length, c.id).toBe(1);
      expect(cols[2]!.entries.length, c.id).toBeGreaterThan(0);
    }
  });
});

describe('cityEditions', () => {
  it('gives 湛江 its 2021 sub-centre role and its 2023 roles', () => {
    const cols = cityEditions(data, city('zhanjiang'));
    expect(cols[0]!.roles).toEqual([]);
    expect(cols[1]!.roles.map((r) => r.role.zh)).toEqual(['省域副中心城市']);
    expect(cols[2]!.roles.map((r) => r.role.zh)).toHaveLength(3);
    expect(cols[2]!.zones.map((z) => z.name.zh)).toEqual(['沿海产业发展带']);
  });

  it('renames the northern zone between 2021 and 2023', () => {
    const cols = cityEditions(data, city('heyuan'));
    expect(cols.map((c) => c.zones.map((z) => z.name.zh))).toEqual([
      ['“一核一带一区”区域发展新格局'],
      ['北部绿色制造发展区'],
      ['北部绿色低碳发展区'],
    ]);
  });
});

describe('provinceSeries', () => {
  const series = provinceSeries(data);

  it('never mixes metrics within a series', () => {
    for (const s of series)
      expect(new Set(s.points.map((p) => p.metric))).toEqual(new Set([s.metric.id]));
  });

  it('draws the manufacturing share of GDP from 2025 to 2027', () => {
    const s = series.find((x) => x.metric.id === 'mfg-va-gdp-share')!;
    expect(s.points.map((p) => [p.year, p.value, p.bound])).toEqual([
      [2025, 30, 'at-least'],
      [2027, 35, 'at-least'],
    ]);
  });

  it('draws labour productivity and the producer-services share across editions', () => {
    const pick = (id: string) =>
      series.find((x) => x.metric.id === id)!.points.map((p) => [p.edition, p.year, p.value]);
    expect(pick('labour-productivity')).toEqual([
      ['2021', 2025, 30],
      ['2023', 2027, 37],
    ]);
    expect(pick('mfg-producer-services-va-gdp-share')).toEqual([
      ['2023', 2027, 65],
      ['2023', 2035, 70],
    ]);
  });
});

describe('retiered', () => {
  it.each([
    ['ultra-hd-video-display', 'new-trillion'],
    ['new-energy', 'new-trillion'],
    ['biomedicine-health', 'new-trillion'],
    ['digital-creative', 'new-trillion'],
    ['semiconductors-ics', 'new-5000yi'],
    ['precision-instruments', 'new-5000yi'],
    ['smart-home-appliances', 'traditional-upgrade'],
    ['automobiles', null],
    ['intelligent-robots', null],
  ])('%s → %s', (id, tier) => {
    expect(retiered(data, id)?.tier ?? null).toBe(tier);
  });
});

describe('retierMap', () => {
  it('holds the ten clusters the 2023 opinions single out, and agrees with retiered()', () => {
    const map = retierMap(data);
    expect(Object.keys(map)).toHaveLength(10);
    for (const c of atlas.clusters)
      expect(map[c.id] ?? null).toBe(retiered(data, c.id)?.tier ?? null);
  });
});

describe('itemCounts and timelineHref', () => {
  it('counts the items captured from each seed', () => {
    const n = itemCounts(data);
    expect(n['2019'] + n['2021'] + n['2023']).toBeGreaterThan(100);
    expect(n['2019']).toBe(12);
  });

  it.each([
    [{ lang: 'zh' as const, cluster: 'new-energy' }, '/timeline?c=new-energy'],
    [{ lang: 'en' as const, city: 'heyuan' }, '/timeline?city=heyuan&lang=en'],
    [{ lang: 'zh' as const }, '/timeline'],
  ])('builds %j', (opts, href) => {
    expect(timelineHref('', opts)).toBe(href);
  });
});

describe('formatAmount', () => {
  const metric = (id: string) => data.metrics.find((m) => m.id === id)!;
  const target = (key: string, ed: string) =>
    data.targets.find((t) => t.key === key && t.edition === ed)!;
  it.each([
    ['electronic-information', '2021', 'zh', '6.6万亿元'],
    ['electronic-information', '2021', 'en', 'RMB 6.6 trillion'],
    ['robots', '2019', 'zh', '2000亿元'],
    ['intelligent-robots', '2021', 'en', 'RMB 80 billion'],
    ['blockchain-quantum', '2021', 'en', 'No numeric target'],
  ] as const)('%s %s in %s → %s', (key, ed, lang, text) => {
    const t = target(key, ed);
    expect(formatAmount(t, metric(t.metric), lang)).toBe(text);
  });
  it('writes percentages and per-worker units', () => {
    const lp = data.targets.find((t) => t.metric === 'labour-productivity' && t.year === 2027)!;
    expect(formatAmount(lp, metric('labour-productivity'), 'en')).toBe('RMB 370,000 per worker');
    const share = data.targets.find((t) => t.metric === 'mfg-va-gdp-share' && t.year === 2027)!;
    expect(formatAmount(share, metric('mfg-va-gdp-share'), 'en')).toBe('35%');
  });
});
