/**
 * Search in zh, en and pinyin. Clusters: "新能源", "energy", "xinnengyuan", "xin neng" and the
 * initials "xny" all find 新能源. Beyond cluster names, `searchTerms` finds what an investor
 * makes — the 专栏 sub-sectors, the products they list (data/products.json, with an English
 * gloss such as "NEV"), and city names — and says where each sits:
 * 动力电池 → 汽车 · 汽车零部件 (河源, 湛江, 清远); 新能源 · 智能电网和先进储能 (…).
 */
import type { ProductTerm } from '../data/products-schema';

export interface Bi {
  zh: string;
  en: string;
}

export interface Searchable {
  id: string;
  name: Bi;
  pinyin: string;
}

const squash = (s: string) => s.toLowerCase().replace(/[\s\-–_'’]+/g, '');
const HAN = /\p{Script=Han}/u;

function pinyinMatches(pinyin: string, q: string): boolean {
  const syllables = pinyin.toLowerCase().split(/\s+/).filter(Boolean);
  return (
    syllables.join('').includes(q) ||
    syllables
      .map((s) => s[0])
      .join('')
      .startsWith(q)
  );
}

export function matchesQuery(item: Searchable, query: string): boolean {
  const q = squash(query);
  if (!q) return true;
  return (
    squash(item.name.zh).includes(q) ||
    squash(item.name.en).includes(q) ||
    pinyinMatches(item.pinyin, q)
  );
}

export function searchClusters<T extends Searchable>(items: readonly T[], query: string): T[] {
  return items.filter((i) => matchesQuery(i, query));
}

/** A cluster, and the sub-sector when the term sits in one, with the cities named for it. */
export interface SearchPlace {
  cluster: string;
  subsector: { n: number; name: Bi } | null;
  /** City codes: the cities the text names for the term there (the ones to highlight). */
  cities: string[];
}

export interface SearchHit {
  kind: 'product' | 'subsector' | 'city';
  /** Unique among hits, e.g. "product:power-batteries". */
  key: string;
  name: Bi;
  /** The synonym that matched, when the name itself did not (e.g. "NEV"). */
  via: string | null;
  places: SearchPlace[];
}

export interface SearchSources {
  clusters: readonly (Searchable & {
    subsectors: readonly { n: number; name: Bi; cities: readonly { city: string }[] }[];
  })[];
  products: readonly ProductTerm[];
  /** Optional: without cities, no city hits. */
  cities?: readonly { code: string; name: Bi; pinyin: string }[];
}

/** What matched: '' for the name or pinyin, the synonym otherwise, null for no match. */
function match(
  q: string,
  item: { name: Bi; pinyin?: string; synonyms?: readonly string[] },
): string | null {
  if (squash(item.name.zh).includes(q) || squash(item.name.en).includes(q)) return '';
  if (item.pinyin && pinyinMatches(item.pinyin, q)) return '';
  return item.synonyms?.find((s) => squash(s).includes(q)) ?? null;
}

/**
 * Products, sub-sectors and cities matching the query, products first, then sub-sectors (minus
 * those a product of the same name already covers), then cities. A Latin query needs two
 * letters, so "e" does not match everything.
 * @example searchTerms(src, 'NEV')[0].places[0] → { cluster: 'automobiles', subsector: { n: 2, … }, cities: [11 codes] }
 */
export function searchTerms(src: SearchSources, query: string, limit = 8): SearchHit[] {
  const q = squash(query);
  if (!q || (q.length < 2 && !HAN.test(q))) return [];
  const subsector = (cluster: string, n: number) =>
    src.clusters.find((c) => c.id === cluster)?.subsectors.find((s) => s.n === n);
  const hits: SearchHit[] = [];
  for (const term of src.products) {
    const via = match(q, term);
    if (via === null) continue;
    hits.push({
      kind: 'product',
      key: `product:${term.id}`,
      name: term.name,
      via: via || null,
      places: term.places.map((p) => {
        const s = subsector(p.cluster, p.subsector);
        return {
          cluster: p.cluster,
          subsector: s ? { n: s.n, name: s.name } : null,
          cities: [...p.cities],
        };
      }),
    });
  }
  const covered = new Set(hits.map((h) => h.name.zh));
  for (const c of src.clusters)
    for (const s of c.subsectors)
      if (!covered.has(s.name.zh) && match(q, s) !== null)
        hits.push({
          kind: 'subsector',
          key: `subsector:${c.id}#${s.n}`,
          name: s.name,
          via: null,
          places: [
            {
              cluster: c.id,
              subsector: { n: s.n, name: s.name },
              cities: s.cities.map((x) => x.city),
            },
          ],
        });
  for (const city of src.cities ?? []) {
    if (match(q, city) === null) continue;
    const places = src.clusters
      .filter((c) => c.subsectors.some((s) => s.cities.some((x) => x.city === city.code)))
      .map((c) => ({ cluster: c.id, subsector: null, cities: [city.code] }));
    hits.push({ kind: 'city', key: `city:${city.code}`, name: city.name, via: null, places });
  }
  // An exact name first: "空调" is the 空调 sub-sector's product before 智能空调's mentions.
  const exact = (h: SearchHit) => Number(squash(h.name.zh) === q || squash(h.name.en) === q);
  return hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => exact(b.h) - exact(a.h) || a.i - b.i)
    .map(({ h }) => h)
    .slice(0, limit);
}
