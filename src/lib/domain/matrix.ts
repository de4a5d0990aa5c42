/**
 * Row and column order of the layout matrix (clusters × cities), with totals. Cities stay
 * grouped by zone; sorting by a cluster row reorders cities within each zone, sorting by a city
 * column reorders the clusters within each kind.
 */
import type { AtlasIndex, AtlasCity, AtlasCluster } from '../data/atlas';
import type { SortState } from '../state/view';
import { isMember, ratingOrder } from './rating';

export interface MatrixLayout {
  rows: AtlasCluster[];
  columns: AtlasCity[];
  rowTotals: Map<string, number>;
  columnTotals: Map<string, number>;
}

const ZONE_ORDER = ['prd', 'east', 'west', 'north'];

/** Count of cities hosting (row) / clusters hosted (column), level printed or not, as the plan's tables count. */
export function matrixLayout(index: AtlasIndex, sort: SortState): MatrixLayout {
  const { clusters, cities } = index.atlas;
  const rank = (cluster: string, city: string) => ratingOrder(index.stars(cluster, city));
  const rowTotals = new Map(
    clusters.map((k) => [k.id, cities.filter((c) => isMember(index.stars(k.id, c.code))).length]),
  );
  const columnTotals = new Map(
    cities.map((c) => [c.code, clusters.filter((k) => isMember(index.stars(k.id, c.code))).length]),
  );
  const sign = sort.dir === 'asc' ? 1 : -1;
  let rows = [...clusters];
  let columns = [...cities].sort(
    (a, b) =>
      ZONE_ORDER.indexOf(a.zone) - ZONE_ORDER.indexOf(b.zone) ||
      cities.indexOf(a) - cities.indexOf(b),
  );
  if (sort.by === 'city' && sort.key) {
    const city = index.cityById.get(sort.key);
    if (city) {
      rows = rows.sort(
        (a, b) =>
          (a.kind === b.kind ? 0 : a.kind === 'pillar' ? -1 : 1) ||
          sign * (rank(a.id, city.code) - rank(b.id, city.code)) ||
          a.order - b.order,
      );
    }
  } else if (sort.by === 'cluster' && sort.key && index.clusterPos.has(sort.key)) {
    const id = sort.key;
    columns = columns.sort(
      (a, b) =>
        ZONE_ORDER.indexOf(a.zone) - ZONE_ORDER.indexOf(b.zone) ||
        sign * (rank(id, a.code) - rank(id, b.code)) ||
        cities.indexOf(a) - cities.indexOf(b),
    );
  }
  return { rows, columns, rowTotals, columnTotals };
}

/** Next sort when a header is clicked: desc first, then asc, then back to the default order. */
export function nextSort(current: SortState, by: 'cluster' | 'city', key: string): SortState {
  if (current.by !== by || current.key !== key) return { by, key, dir: 'desc' };
  if (current.dir === 'desc') return { by, key, dir: 'asc' };
  return { by: 'default', key: null, dir: 'desc' };
}

/** Arrow-key movement in a grid of `rows` × `cols` (Home/End jump to the row's ends). */
export function moveFocus(
  pos: { r: number; c: number },
  key: string,
  rows: number,
  cols: number,
): { r: number; c: number } | null {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max - 1, v));
  switch (key) {
    case 'ArrowUp':
      return { r: clamp(pos.r - 1, rows), c: pos.c };
    case 'ArrowDown':
      return { r: clamp(pos.r + 1, rows), c: pos.c };
    case 'ArrowLeft':
      return { r: pos.r, c: clamp(pos.c - 1, cols) };
    case 'ArrowRight':
      return { r: pos.r, c: clamp(pos.c + 1, cols) };
    case 'Home':
      return { r: pos.r, c: 0 };
    case 'End':
      return { r: pos.r, c: cols - 1 };
    default:
      return null;
  }
}
