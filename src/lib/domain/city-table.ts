/**
 * The explorer's Table tab: the 21 cities ranked by the current measure, with their zone and the
 * sub-sector roles the plan gives them in the selected clusters. Pure.
 */
import type { AtlasIndex } from '../data/atlas';
import { HTML_LANG, type Lang } from '../i18n/messages';
import type { CityMetric } from './aggregate';
import { cityRoles } from './city';

export type TableSortKey = 'value' | 'city' | 'zone';

export interface CityTableRow {
  code: string;
  name: string;
  zone: string;
  /** Zone order in the dataset (一核, then the belt's wings, then the north), for sorting. */
  zoneOrder: number;
  value: number;
  core: number | null;
  /** Rank by value, ties sharing a rank (1, 2, 2, 4). */
  rank: number;
  /** "汽车 · 新能源汽车" for each sub-sector of the selected clusters that names the city. */
  roles: string[];
}

/**
 * Rows for the selection, sorted by `key` (value: highest first, ties by the dataset's city
 * order; city: by name; zone: by zone, then value); `reverse` turns the order round.
 * @example cityTable(index, metric, 'en')[0].rank === 1
 */
export function cityTable(
  index: AtlasIndex,
  metric: CityMetric,
  lang: Lang,
  key: TableSortKey = 'value',
  reverse = false,
): CityTableRow[] {
  const zoneOrder = new Map(index.atlas.zones.map((z, i) => [z.id, i]));
  const selected = new Set(metric.clusters);
  const rows = index.atlas.cities.map((c, i) => {
    const v = metric.byCity.get(c.code);
    return {
      order: i,
      code: c.code,
      name: c.name[lang],
      zone: index.atlas.zones.find((z) => z.id === c.zone)?.name[lang] ?? c.zone,
      zoneOrder: zoneOrder.get(c.zone) ?? 0,
      value: v?.value ?? 0,
      core: v?.core ?? null,
      rank: 0,
      roles: cityRoles(index, c.code)
        .filter((r) => selected.has(r.cluster))
        .map((r) => `${r.clusterName[lang]} · ${r.subsector[lang]}`),
    };
  });
  const byValue = [...rows].sort((a, b) => b.value - a.value || a.order - b.order);
  byValue.forEach((r, i) => {
    r.rank = i > 0 && byValue[i - 1]!.value === r.value ? byValue[i - 1]!.rank : i + 1;
  });
  const collator = new Intl.Collator(HTML_LANG[lang]);
  const compare: Record<TableSortKey, (a: (typeof rows)[0], b: (typeof rows)[0]) => number> = {
    value: (a, b) => b.value - a.value || a.order - b.order,
    city: (a, b) => collator.compare(a.name, b.name),
    zone: (a, b) => a.zoneOrder - b.zoneOrder || b.value - a.value || a.order - b.order,
  };
  const sorted = rows.sort(compare[key]);
  if (reverse) sorted.reverse();
  return sorted.map(({ order: _order, ...row }) => row);
}
