/**
 * The three editions of the cluster policy side by side: per cluster, per city, and the
 * province's targets as series that never mix metrics. Pure.
 */
import type {
  CityRole,
  Edition,
  EditionCluster,
  EditionId,
  EditionsData,
  EditionZone,
  Industry,
  Metric,
  Target,
  Tier,
} from '../data/editions-schema';
import type { ZoneId } from '../data/schema';
import { viewHref } from '../state/nav';
import { defaultView, type Lang } from '../state/view';

export interface ClusterEditionColumn {
  edition: Edition;
  /** How the edition names the cluster (individually or as a group); empty: not in it. */
  entries: EditionCluster[];
  /** The edition's targets for this cluster. */
  targets: Target[];
  /** Priority or traditional industries the edition names inside this cluster. */
  industries: Industry[];
  /** City codes the edition names for the cluster (only the 2021 专栏 name cities). */
  cities: string[];
}

/** Sub-sector cities of the cluster in the 2021 plan (the atlas holds them). */
export interface ClusterCities {
  subsectors: readonly { cities: readonly { city: string }[] }[];
}

/**
 * One column per edition, oldest first.
 * @example clusterEditions(data, 'intelligent-robots', atlasCluster)[0].entries[0].name.zh === '机器人'
 */
export function clusterEditions(
  data: EditionsData,
  clusterId: string,
  atlasCluster?: ClusterCities,
): ClusterEditionColumn[] {
  const named2021 = [
    ...new Set(atlasCluster?.subsectors.flatMap((s) => s.cities.map((c) => c.city)) ?? []),
  ];
  return sortedEditions(data).map((edition) => {
    const entries = data.clusters.filter(
      (c) => c.edition === edition.id && c.clusters.includes(clusterId),
    );
    return {
      edition,
      // an individual mention first, the group last
      entries: entries.sort((a, b) => Number(a.link === 'group') - Number(b.link === 'group')),
      targets: data.targets.filter((t) => t.edition === edition.id && t.cluster === clusterId),
      industries: data.industries.filter(
        (i) => i.edition === edition.id && i.links.some((l) => l.cluster === clusterId),
      ),
      cities: edition.id === '2021' && entries.length ? named2021 : [],
    };
  });
}

export interface CityEditionColumn {
  edition: Edition;
  /** The zone(s) the edition puts the city's atlas zone in, with their roles. */
  zones: EditionZone[];
  /** Roles the edition gives the city by name. */
  roles: CityRole[];
}

/** Per edition, the city's zone and the roles the text gives it by name. */
export function cityEditions(
  data: EditionsData,
  city: { code: string; zone: ZoneId },
): CityEditionColumn[] {
  return sortedEditions(data).map((edition) => ({
    edition,
    zones: data.zones.filter((z) => z.edition === edition.id && z.zones.includes(city.zone)),
    roles: data.cityRoles.filter((r) => r.edition === edition.id && r.cities.includes(city.code)),
  }));
}

export interface TargetSeries {
  metric: Metric;
  /** Oldest year first; every point has this metric. */
  points: Target[];
}

/**
 * Targets grouped by metric, each group sorted by year: a series never mixes metrics
 * (规模 is not 营业收入). Groups keep the metrics' order in the data.
 */
export function seriesByMetric(data: EditionsData, targets: readonly Target[]): TargetSeries[] {
  return data.metrics
    .map((metric) => ({
      metric,
      points: targets
        .filter((t) => t.metric === metric.id)
        .sort((a, b) => a.year - b.year || a.edition.localeCompare(b.edition)),
    }))
    .filter((s) => s.points.length > 0);
}

/** The province's targets (2022 → 2025 → 2027 → 2035), one series per metric. */
export function provinceSeries(data: EditionsData): TargetSeries[] {
  return seriesByMetric(
    data,
    data.targets.filter((t) => t.scope === 'province'),
  );
}

/** The tiers by which the 2023 opinion singles a cluster out of the 2021 ten-and-ten. */
export const RETIERS: readonly Tier[] = ['new-trillion', 'new-5000yi', 'traditional-upgrade'];

/**
 * The 2023 entry that re-tiers the cluster, or null when the opinion keeps it only inside its
 * group of ten.
 * @example retiered(data, 'new-energy')?.tier === 'new-trillion'
 */
export function retiered(data: EditionsData, clusterId: string): EditionCluster | null {
  return (
    data.clusters.find(
      (c) => c.edition === '2023' && RETIERS.includes(c.tier) && c.clusters.includes(clusterId),
    ) ?? null
  );
}

/**
 * Every re-tiered cluster id → its 2023 tier: small enough for a page that should not carry the
 * whole editions file (the explorer's marker).
 * @example retierMap(data)['digital-creative'] === 'new-trillion'
 */
export function retierMap(data: EditionsData): Record<string, Tier> {
  const out: Record<string, Tier> = {};
  for (const c of data.clusters)
    if (c.edition === '2023' && RETIERS.includes(c.tier))
      for (const id of c.clusters) out[id] ??= c.tier;
  return out;
}

/** Items captured per edition (editions, clusters, targets, zones, roles, lists, programmes). */
export function itemCounts(data: EditionsData): Record<EditionId, number> {
  const counts: Record<EditionId, number> = { '2019': 0, '2021': 0, '2023': 0 };
  for (const e of data.editions) counts[e.id]++;
  const lists = [
    data.clusters,
    data.targets,
    data.zones,
    data.cityRoles,
    data.futureIndustries,
    data.industries,
    data.programmes,
  ];
  for (const list of lists) for (const item of list) counts[item.edition]++;
  return counts;
}

/**
 * Link to the timeline for a cluster or a city (city by id, as the view state spells it).
 * @example timelineHref('', { lang: 'en', cluster: 'new-energy' }) === '/timeline?c=new-energy&lang=en'
 */
export function timelineHref(
  base: string,
  opts: { lang: Lang; cluster?: string | null; city?: string | null },
): string {
  return viewHref(`${base}/timeline`, {
    ...defaultView(),
    lang: opts.lang,
    clusters: opts.cluster ? [opts.cluster] : [],
    city: opts.city ?? null,
  });
}

function sortedEditions(data: EditionsData): Edition[] {
  return [...data.editions].sort((a, b) => a.year - b.year);
}

const thousands = (n: number) => n.toLocaleString('en-US');
/** Units the English text writes differently (万 = 10,000); by the unit as the data writes it in zh. */
const SCALED: Record<string, Record<Lang, (v: number) => string>> = {
  亿元: {
    zh: (v) => (v >= 10000 ? `${v / 10000}万亿元` : `${v}亿元`),
    en: (v) => (v >= 10000 ? `RMB ${v / 10000} trillion` : `RMB ${v / 10} billion`),
  },
  '万元/人': { zh: (v) => `${v}万元/人`, en: (v) => `RMB ${thousands(v * 10000)} per worker` },
  万件: { zh: (v) => `${v}万件`, en: (v) => `${thousands(v * 10000)} patents` },
  万家: { zh: (v) => `${v}万家`, en: (v) => `${thousands(v * 10000)} firms` },
};

/**
 * The amount of a target in words, without its bound (the caller wraps it with `bound.*`).
 * Money is held in 亿元. A goal without a number gives its note, or the words as written.
 * @example formatAmount(electronics2025, operatingRevenue, 'en') === 'RMB 6.6 trillion'
 */
export function formatAmount(target: Target, metric: Metric, lang: Lang): string {
  if (target.value === null) return target.note?.[lang] ?? target.asWritten;
  const scaled = SCALED[metric.unit.zh];
  if (scaled) return scaled[lang](target.value);
  const unit = metric.unit[lang];
  return /^[%个家]$/.test(unit) ? `${target.value}${unit}` : `${target.value} ${unit}`;
}
