import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchClusters, searchTerms, type SearchSources } from './search';
import type { ProductsData } from '../data/products-schema';

const atlas = JSON.parse(readFileSync('data/clusters.json', 'utf8')) as SearchSources & {
  cities: NonNullable<SearchSources['cities']>;
};
const products = JSON.parse(readFileSync('data/products.json', 'utf8')) as ProductsData;
const src: SearchSources = {
  clusters: atlas.clusters,
  products: products.terms,
  cities: atlas.cities,
};
const code = (zh: string) => atlas.cities.find((c) => c.name.zh === zh)!.code;
const where = (query: string) =>
  searchTerms(src, query)[0]?.places.map((p) => `${p.cluster}#${p.subsector?.n ?? '-'}`);

describe('searchClusters', () => {
  it.each([
    ['新能源', ['new-energy']],
    ['energy', ['new-energy']],
    ['xinnengyuan', ['new-energy']],
    ['xin neng', ['new-energy']],
    ['xny', ['new-energy']],
  ])('%s finds %j', (q, ids) => {
    expect(searchClusters(atlas.clusters, q).map((c) => c.id)).toEqual(ids);
  });
});

describe('searchTerms: 20 product terms from the 2021 plan’s 专栏, and where each lands', () => {
  it.each([
    ['新能源汽车', ['automobiles#2']],
    ['动力电池', ['automobiles#4', 'new-energy#7', 'frontier-materials#4']],
    ['储能', ['new-energy#7', 'automobiles#4']],
    ['锂电池材料', ['automobiles#2', 'automobiles#4', 'green-petrochemicals#2']],
    ['燃料电池', ['new-energy#5', 'automobiles#2']],
    ['智能网联汽车', ['automobiles#3']],
    ['汽车零部件', ['automobiles#4']],
    ['智能手机', ['electronic-information#3']],
    ['空调', ['smart-home-appliances#1', 'electronic-information#3']],
    ['冰箱', ['smart-home-appliances#2']],
    ['工业机器人', ['intelligent-robots#1']],
    ['无人机', ['intelligent-robots#2']],
    ['芯片设计', ['semiconductors-ics#1']],
    ['第三代半导体', ['semiconductors-ics#4']],
    ['海上风电', ['new-energy#2', 'high-end-equipment#2']],
    ['光伏', ['new-energy#4']],
    ['家具', ['light-industry-textiles#3']],
    ['医疗器械', ['biomedicine-health#2']],
    ['茶叶', ['modern-agriculture-food#11']],
    ['稀土', ['advanced-materials#5']],
  ])('%s → %j', (q, places) => {
    expect(where(q)).toEqual(places);
  });
});

describe('searchTerms: synonyms, pinyin, sub-sectors and cities', () => {
  it.each([
    ['NEV', 'automobiles#2'],
    ['EV battery', 'automobiles#4'],
    ['dongli', 'automobiles#4'],
    ['dldc', 'automobiles#4'],
    ['drone', 'intelligent-robots#2'],
    ['GaN', 'semiconductors-ics#4'],
    ['solar', 'new-energy#4'],
    ['Power batteries', 'automobiles#4'],
    ['厨房电器', 'smart-home-appliances#6'],
    ['Kitchen', 'smart-home-appliances#6'],
  ])('%s lands first in %s', (q, place) => {
    expect(where(q)?.[0]).toBe(place);
  });

  it('names the cities to highlight for each place', () => {
    const [hit] = searchTerms(src, '动力电池');
    expect(hit!.places.map((p) => p.cities.length)).toEqual([3, 4, 8]);
    expect(hit!.places[0]!.cities).toEqual(['湛江', '河源', '清远'].map(code));
    expect(hit!.places[1]!.cities).toEqual(['深圳', '佛山', '东莞', '惠州'].map(code));
    expect(hit!.places[0]!.subsector!.name.zh).toBe('汽车零部件');
  });

  it('finds every battery term with 电池', () => {
    expect(searchTerms(src, '电池').map((h) => h.name.zh)).toEqual([
      '动力电池',
      '锂电池材料',
      '燃料电池',
    ]);
  });

  it('keeps the name that matched and the synonym it matched by', () => {
    const [hit] = searchTerms(src, 'NEV');
    expect([hit!.name.zh, hit!.via]).toEqual(['新能源汽车', 'NEV']);
    expect(searchTerms(src, '新能源汽车')[0]!.via).toBeNull();
  });

  it.each(['河源', 'Heyuan', 'heyuan'])('finds the city %s and the clusters that name it', (q) => {
    const hit = searchTerms(src, q).find((h) => h.kind === 'city')!;
    expect(hit.name.zh).toBe('河源');
    expect(hit.places.map((p) => p.cluster)).toContain('automobiles');
    expect(hit.places.every((p) => p.cities.join() === code('河源'))).toBe(true);
  });

  it.each(['', ' ', 'e', 'zzzz', '火星'])('finds nothing for %j', (q) => {
    expect(searchTerms(src, q)).toEqual([]);
  });
});
