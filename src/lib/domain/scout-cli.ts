/**
 * The scout CLI's pure half: splits its own flags (--cluster, --subsector, --weights, --zone,
 * --lang) from the subsidy CLI's project flags, which it reads for all 21 cities.
 */
import { LANGS, type Lang } from '../i18n/messages';
import { parseCli, type NamedCity } from '../policy/cli';
import type { Project } from '../policy/project';
import type { SubsidyData } from '../policy/schema';
import {
  parseWeights,
  resolveTarget,
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
      project: Project | null;
      asOf: string;
      includeInferred: boolean;
    }
  | { ok: false; error: string };

const OWN = ['cluster', 'subsector', 'weights', 'zone', 'lang'] as const;

export function parseScout(
  argv: readonly string[],
  data: SubsidyData,
  cities: readonly NamedCity[],
  clusters: ShortlistInput['clusters'],
  zoneIds: readonly string[],
  today: string,
): ScoutParse {
  const own: Partial<Record<(typeof OWN)[number], string>> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') ? arg.slice(2, eq < 0 ? undefined : eq) : '';
    if (flag === 'city') return { ok: false, error: 'scout ranks all 21 cities; drop --city' };
    if (!(OWN as readonly string[]).includes(flag)) {
      rest.push(arg);
      continue;
    }
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value.trim() === '' || value.startsWith('--'))
      return { ok: false, error: `--${flag} needs a value` };
    if (own[flag as (typeof OWN)[number]] !== undefined)
      return { ok: false, error: `--${flag} is given twice` };
    own[flag as (typeof OWN)[number]] = value.trim();
  }
  if (!own.cluster)
    return { ok: false, error: 'missing --cluster (an id, a name or a sub-sector)' };
  const found = resolveTarget(own.cluster, clusters);
  if ('error' in found) return { ok: false, error: found.error };
  const target: Target = { ...found };
  if (own.subsector !== undefined) {
    const c = clusters.find((x) => x.id === found.cluster)!;
    const s = c.subsectors.find(
      (x) =>
        String(x.n) === own.subsector ||
        x.name.zh === own.subsector ||
        x.name.en.toLowerCase() === own.subsector!.toLowerCase(),
    );
    if (!s)
      return {
        ok: false,
        error: `${c.id} has no sub-sector "${own.subsector}" (${c.subsectors.map((x) => x.name.zh).join('、')})`,
      };
    target.subsector = s.n;
  }
  if (own.zone !== undefined) {
    const zones = own.zone.split(',').map((z) => z.trim());
    const bad = zones.find((z) => !zoneIds.includes(z));
    if (bad) return { ok: false, error: `unknown zone "${bad}" (known: ${zoneIds.join(', ')})` };
    target.zones = zones;
  }
  const weights = own.weights === undefined ? parseWeights('') : parseWeights(own.weights);
  if (typeof weights === 'string') return { ok: false, error: weights };
  const lang = (own.lang ?? 'en') as Lang;
  if (!LANGS.includes(lang)) return { ok: false, error: `--lang must be zh or en, not "${lang}"` };

  const sub = parseCli(['--city', 'all', ...rest], data, cities, today);
  if (!sub.ok && !sub.error.startsWith('nothing to evaluate'))
    return { ok: false, error: sub.error };
  if (sub.ok && sub.help) return { ok: true, help: true };
  // Without project values, --as-of and --include-inferred still apply to nothing: keep defaults.
  const project = sub.ok && !sub.help ? sub.project : null;
  return {
    ok: true,
    help: false,
    target,
    weights,
    lang,
    project,
    asOf: sub.ok && !sub.help ? sub.asOf : today,
    includeInferred: sub.ok && !sub.help ? sub.includeInferred : false,
  };
}
