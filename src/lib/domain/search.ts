/**
 * Cluster search in zh, en and pinyin: "新能源", "energy", "xinnengyuan", "xin neng" and the
 * initials "xny" all find 新能源.
 */
export interface Searchable {
  id: string;
  name: { zh: string; en: string };
  pinyin: string;
}

const squash = (s: string) => s.toLowerCase().replace(/[\s\-–_'’]+/g, '');

export function matchesQuery(item: Searchable, query: string): boolean {
  const q = squash(query);
  if (!q) return true;
  const syllables = item.pinyin.toLowerCase().split(/\s+/).filter(Boolean);
  return (
    squash(item.name.zh).includes(q) ||
    squash(item.name.en).includes(q) ||
    syllables.join('').includes(q) ||
    syllables
      .map((s) => s[0])
      .join('')
      .startsWith(q)
  );
}

export function searchClusters<T extends Searchable>(items: readonly T[], query: string): T[] {
  return items.filter((i) => matchesQuery(i, query));
}
