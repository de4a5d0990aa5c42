/**
 * The scout CLI's pure half: splits its own flags (--cluster, --subsector, --weights, --zone,
 * --lang) from the subsidy CLI's project flags, which it reads for all 21 cities.
 */
import { LANGS, type Lang } from '../i18n/messages';
import { parseCli, type NamedCity } from '../policy/cli';
import type { Project } from '../policy/project';
import type { SubsidyData } from '../policy/schema';
import { splitFlags } from './cli-flags';
import {
  parseWeights,
  resolveTarget,
  type ProductLookup,
  type ShortlistInput,
  type Target,
  type Weights,
} from './shortlist';

export type ScoutParse =
  | { ok: true; help: true }
  | {
      ok: true;
      help: false;
      target: Target;
      weights: Weights;
      lang: Lang;
      /** Print the page's CSV instead of JSON. */
      csv: boolean;
      project: Project | null;
      asOf: string;
      includeInferred: boolean;
    }
  | { ok: false; error: string };

const OWN = ['cluster', 'subsector', 'weights', 'zone', 'lang'] as const;

/** `--lang zh|en` (default en), or a message. */
export function parseLangFlag(value: string | undefined): { lang: Lang } | { error: string } {
  const lang = (value ?? 'en') as Lang;
  return LANGS.includes(lang) ? { lang } : { error: `--lang must be zh or en, not "${value}"` };
}

/**
 * `--cluster` (an id, a name, pinyin or a sub-sector name) and an optional `--subsector` (name or
 * number) → the target, or a message. Shared by scout and compare.
 */
export function parseClusterFlags(
  cluster: string,
  subsector: string | undefined,
  clusters: ShortlistInput['clusters'],
  products: readonly ProductLookup[] = [],
): Target | string {
  const found = resolveTarget(cluster, clusters, products);
  if ('error' in found) return found.error;
  const target: Target = { ...found };
  if (subsector !== undefined) {
    const c = clusters.find((x) => x.id === found.cluster)!;
    const s = c.subsectors.find(
      (x) =>
        String(x.n) === subsector ||
        x.name.zh === subsector ||
        x.name.en.toLowerCase() === subsector.toLowerCase(),
    );
    if (!s)
      return `${c.id} has no sub-sector "${subsector}" (${c.subsectors.map((x) => x.name.zh).join('、')})`;
    target.subsector = s.n;
  }
  return target;
}

export function parseScout(
  argv: readonly string[],
  data: SubsidyData,
  cities: readonly NamedCity[],
  clusters: ShortlistInput['clusters'],
  zoneIds: readonly string[],
  today: string,
  products: readonly ProductLookup[] = [],
): ScoutParse {
  const split = splitFlags(argv, OWN, ['csv'], { city: 'scout ranks all 21 cities; drop --city' });
  if (!split.ok) return split;
  if (split.help) return { ok: true, help: true };
  const { own, rest } = split;
  if (!own.cluster)
    return { ok: false, error: 'missing --cluster (an id, a name or a sub-sector)' };
  const target = parseClusterFlags(own.cluster, own.subsector, clusters, products);
  if (typeof target === 'string') return { ok: false, error: target };
  if (own.zone !== undefined) {
    const zones = own.zone.split(',').map((z) => z.trim());
    const bad = zones.find((z) => !zoneIds.includes(z));
    if (bad) return { ok: false, error: `unknown zone "${bad}" (known: ${zoneIds.join(', ')})` };
    target.zones = zones;
  }
  const weights = own.weights === undefined ? parseWeights('') : parseWeights(own.weights);
  if (typeof weights === 'string') return { ok: false, error: weights };
  const lang = parseLangFlag(own.lang);
  if ('error' in lang) return { ok: false, error: lang.error };

  const sub = parseCli(['--city', 'all', ...rest], data, cities, today, { requireValues: false });
  if (!sub.ok) return { ok: false, error: sub.error };
  if (sub.help) return { ok: true, help: true };
  return {
    ok: true,
    help: false,
    target,
    weights,
    lang: lang.lang,
    csv: split.switches.has('csv'),
    // Without project values, --as-of and --include-inferred apply to nothing.
    project: sub.hasValues ? sub.project : null,
    asOf: sub.hasValues ? sub.asOf : today,
    includeInferred: sub.hasValues ? sub.includeInferred : false,
  };
}
