/** What the city panel shows: ratings grouped by kind, and the sub-sector roles naming the city. */
import type { AtlasIndex } from '../data/atlas';
import type { Confidence } from '../data/kit';
import type { ClusterKind, Rating } from '../data/schema';

export interface CityRating {
  cluster: string;
  name: { zh: string; en: string };
  /** null: member, level not printed. */
  stars: Rating;
  confidence: Confidence;
}

export function cityRatings(
  index: AtlasIndex,
  code: string,
): { kind: ClusterKind; ratings: CityRating[] }[] {
  return (['pillar', 'emerging'] as const).map((kind) => ({
    kind,
    ratings: index.atlas.clusters
      .filter((k) => k.kind === kind)
      .map((k) => ({
        cluster: k.id,
        name: k.name,
        stars: index.stars(k.id, code),
        confidence: index.confidence(k.id, code),
      })),
  }));
}

export interface CityRole {
  cluster: string;
  clusterName: { zh: string; en: string };
  subsector: { zh: string; en: string };
  role: { zh: string; en: string };
}

export function cityRoles(index: AtlasIndex, code: string): CityRole[] {
  return index.atlas.clusters.flatMap((k) =>
    k.subsectors.flatMap((s) =>
      s.cities
        .filter((c) => c.city === code)
        .map((c) => ({ cluster: k.id, clusterName: k.name, subsector: s.name, role: c.role })),
    ),
  );
}
