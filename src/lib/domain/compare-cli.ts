/**
 * The compare CLI's pure half: argv → the cities, the cluster and the project; and the comparison
 * as the JSON `npm run compare` prints. The comparison itself is `compareCities`, the page's.
 */
import type { AtlasIndex } from '../data/atlas';
import type { Lang } from '../i18n/messages';
import { parseCli, type NamedCity } from '../policy/cli';
import type { Project } from '../policy/project';
import type { SubsidyData } from '../policy/schema';
import { STACKING_NOTE } from '../policy/summary';
import type { CarrierAtlas } from './carriers';
import { splitFlags } from './cli-flags';
import {
  compareCities,
  MAX_COMPARE,
  MIN_COMPARE,
  projectCeilings,
  type Comparison,
} from './compare';
import { creditFor } from './credit';
import { periodNote, starsPeriod } from './plan-period';
import { ratingExport } from './rating';
import { parseClusterFlags, parseLangFlag } from './scout-cli';
import type { ProductLookup, ShortlistInput, Target } from './shortlist';

export type CompareParse =
  | { ok: true; help: true }
  | {
      ok: true;
      help: false;
      /** City codes in the order given, 2–5. */
      cities: string[];
      target: Target | null;
      lang: Lang;
      csv: boolean;
      /** The project, when some amount or claim is given. */
      project: Project | null;
      asOf: string;
      includeInferred: boolean;
    }
  | { ok: false; error: string };

const OWN = ['cluster', 'subsector', 'lang'] as const;

export function parseCompare(
  argv: readonly string[],
  data: SubsidyData,
  cities: readonly NamedCity[],
  clusters: ShortlistInput['clusters'],
  today: string,
  products: readonly ProductLookup[] = [],
): CompareParse {
  const split = splitFlags(argv, OWN, ['csv']);
  if (!split.ok) return split;
  if (split.help) return { ok: true, help: true };
  const { own, rest } = split;
  let target: Target | null = null;
  if (own.cluster !== undefined) {
    const t = parseClusterFlags(own.cluster, own.subsector, clusters, products);
    if (typeof t === 'string') return { ok: false, error: t };
    target = t;
  } else if (own.subsector !== undefined)
    return { ok: false, error: '--subsector needs --cluster' };
  const lang = parseLangFlag(own.lang);
  if ('error' in lang) return { ok: false, error: lang.error };

  // --city and the project flags are the subsidy CLI's: one reader for names, amounts and dates.
  const sub = parseCli(rest, data, cities, today, { requireValues: false });
  if (!sub.ok) return { ok: false, error: sub.error.replace(/"all" for every city/, '2–5 cities') };
  if (sub.help) return { ok: true, help: true };
  const n = sub.project.cities.length;
  if (n < MIN_COMPARE || n > MAX_COMPARE)
    return {
      ok: false,
      error: `compare takes ${MIN_COMPARE}–${MAX_COMPARE} different cities (--city 河源,韶关), not ${n}`,
    };
  return {
    ok: true,
    help: false,
    cities: sub.project.cities,
    target,
    lang: lang.lang,
    csv: split.switches.has('csv'),
    project: sub.hasValues ? sub.project : null,
    asOf: sub.asOf,
    includeInferred: sub.includeInferred,
  };
}

/** Everything the comparison needs besides the parsed flags. */
export interface CompareInputs {
  index: AtlasIndex;
  carriers: CarrierAtlas;
  subsidies: SubsidyData;
}

/** The comparison the page would show for these flags, and the rules behind its ceilings. */
export function comparisonFor(
  parsed: Extract<CompareParse, { help: false }>,
  { index, carriers, subsidies }: CompareInputs,
) {
  const refs = index.atlas.cities.map((c) => ({ code: c.code, name: c.name }));
  const ceilings = parsed.project
    ? projectCeilings(parsed.project, subsidies.rules, refs, parsed.asOf, parsed.includeInferred)
    : null;
  const cmp = compareCities(index, parsed.cities, {
    lang: parsed.lang,
    cluster: parsed.target?.cluster ?? null,
    carriers,
    ceilings: ceilings?.byCity ?? null,
  });
  return { cmp, rules: ceilings?.rules ?? [] };
}

/**
 * The JSON `npm run compare` prints: the cities, then one entry per dimension with one value per
 * city (in the cities' order), the plan period as of `--as-of` and the credit.
 */
export function compareJson(parsed: Extract<CompareParse, { help: false }>, inputs: CompareInputs) {
  const { index } = inputs;
  const { lang } = parsed;
  const { cmp, rules } = comparisonFor(parsed, inputs);
  const cluster = parsed.target ? index.cluster(parsed.target.cluster)! : null;
  const sub = cluster?.subsectors.find((s) => s.n === parsed.target?.subsector);
  const period = starsPeriod(index.atlas.sources, parsed.asOf);
  const credit = creditFor({ stars: true, rules }, index.atlas.sources);
  return {
    cities: cmp.columns.map(({ code, id, name }) => ({ code, id, name })),
    cluster: cluster
      ? { id: cluster.id, name: cluster.name[lang], ...(sub ? { subsector: sub.name[lang] } : {}) }
      : null,
    asOf: parsed.asOf,
    dimensions: dimensions(cmp, cluster !== null, parsed.project !== null),
    planPeriod: period ? { ...period, note: periodNote(period, lang) } : null,
    credit: { text: credit.text[lang], documents: credit.docs.map((d) => d.key) },
    ...(parsed.project ? { notes: [STACKING_NOTE[lang]] } : {}),
  };
}

function dimensions(cmp: Comparison, cluster: boolean, project: boolean) {
  return {
    zone: cmp.columns.map((c) => c.zone),
    zoneRole: cmp.columns.map((c) => c.zoneRole),
    /** 0–3, or "unprinted": a member whose printed level is lost. */
    stars: cmp.stars.map((r) => ({
      cluster: r.cluster,
      name: r.name,
      kind: r.kind,
      stars: r.stars.map(ratingExport),
      differs: r.differs,
    })),
    differing: cmp.stars.filter((r) => r.differs).map((r) => r.cluster),
    carriers: cmp.carriers,
    pairings: cmp.pairings,
    /** The chosen cluster's sub-sector roles naming each city (null without --cluster). */
    subsectorRoles: cluster ? cmp.roles : null,
    /** The enterprise's grant ceilings in force for the project, in yuan (null without one). */
    enterpriseCeilingYuan: project ? cmp.ceilings : null,
  };
}
