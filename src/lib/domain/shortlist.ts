/**
 * The explained shortlist: all 21 cities ranked for a cluster (or one of its sub-sectors) and a
 * project, by an open score the user can reweigh. Each part of the score is a number in 0–1 with
 * the sentence that explains it; a part the data cannot answer is `null` and listed as unknown,
 * never silently zero. Pure: the caller passes the dataset, the carriers and the subsidy report.
 *
 * score = 100 × Σ weight·part / Σ weight, over the parts known for some city (a part unknown for
 * every city, e.g. the subsidy without project values, is left out of both sums and reported).
 *
 * @example rankCities(input, { cluster: 'automobiles', subsector: 2 }, DEFAULT_WEIGHTS)
 *   → { ranking: [{ city: '440300', score: 83.3, reasons: ['★★★ core', …] }, …], … }
 */
import type { AtlasIndex } from '../data/atlas';
import { formatYuan } from './describe';
import { t, type Lang, type MessageKey } from '../i18n/messages';
import type { Report } from '../policy/report';
import type { SubsidyRule } from '../policy/schema';

export const PARTS = ['rating', 'role', 'carriers', 'subsidy', 'zone'] as const;
export type Part = (typeof PARTS)[number];
export type Weights = Record<Part, number>;

export const DEFAULT_WEIGHTS: Weights = { rating: 3, role: 2, carriers: 1, subsidy: 2, zone: 1 };

interface Text {
  zh: string;
  en: string;
}

/** The little the shortlist needs of the atlas, carriers and rules (the real records fit). */
export interface ShortlistInput {
  cities: readonly { code: string; name: Text; zone: string }[];
  zones: readonly { id: string; name: Text }[];
  clusters: readonly {
    id: string;
    name: Text;
    pinyin: string;
    subsectors: readonly {
      n: number;
      name: Text;
      cities: readonly { city: string; role: unknown }[];
    }[];
  }[];
  /** `stars` is null for a member whose level the table does not print. */
  cells: readonly { cluster: string; city: string; stars: number | null; confidence: string }[];
  carriers: readonly {
    hostCity: string | null;
    kind: string;
    name: Text;
    clusters: readonly string[];
  }[];
  rules: readonly SubsidyRule[];
  /** The subsidy report for the project over all 21 cities; null when no project is given. */
  report: Report | null;
}

export interface Target {
  cluster: string;
  /** A sub-sector's number in the cluster's 专栏, when the user chose one. */
  subsector?: number;
  /** Preferred zones; none means no zone preference. */
  zones?: readonly string[];
}

export interface RankedCity {
  rank: number;
  city: string;
  cityName: Text;
  score: number;
  /** True when another city has the same score. */
  tie: boolean;
  parts: Record<Part, number | null>;
  reasons: Text[];
  unknowns: Text[];
}

export interface Shortlist {
  ranking: RankedCity[];
  weights: Weights;
  /** Parts left out of the score for every city, and why. */
  excluded: { part: Part; why: Text }[];
}

const STAR_TEXT: Text[] = [
  { zh: '未布局', en: 'not laid out' },
  { zh: '★ 一般', en: '★ general' },
  { zh: '★★ 重点', en: '★★ key' },
  { zh: '★★★ 核心', en: '★★★ core' },
];

/** A product term as data/products.json holds it: what an investor makes, and where it sits. */
export interface ProductLookup {
  name: { zh: string; en: string };
  pinyin: string;
  synonyms: readonly string[];
  places: readonly { cluster: string; subsector: number }[];
}

/**
 * Finds a cluster by id, zh/en name or pinyin, a sub-sector by its zh/en name, or a product term
 * (data/products.json: name, pinyin or synonym such as "NEV") that sits in one sub-sector. A term
 * in several places says which, and how to choose one.
 */
export function resolveTarget(
  token: string,
  clusters: ShortlistInput['clusters'],
  products: readonly ProductLookup[] = [],
): { cluster: string; subsector?: number } | { error: string } {
  const t = token.trim().toLowerCase();
  const c = clusters.find(
    (x) =>
      x.id === t ||
      x.name.zh === token.trim() ||
      x.name.en.toLowerCase() === t ||
      x.pinyin.replace(/\s+/g, '') === t.replace(/\s+/g, ''),
  );
  if (c) return { cluster: c.id };
  const hits = clusters.flatMap((x) =>
    x.subsectors
      .filter((s) => s.name.zh === token.trim() || s.name.en.toLowerCase() === t)
      .map((s) => ({ cluster: x.id, subsector: s.n })),
  );
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1)
    return {
      error: `"${token}" is a sub-sector of several clusters (${hits.map((h) => h.cluster).join(', ')}); give --cluster <id> --subsector "${token}"`,
    };
  const squash = (x: string) => x.toLowerCase().replace(/[\s\-–_'’]+/g, '');
  const q = squash(token);
  const term = products.find(
    (p) =>
      squash(p.name.zh) === q ||
      squash(p.name.en) === q ||
      squash(p.pinyin) === q ||
      p.synonyms.some((x) => squash(x) === q),
  );
  if (term?.places.length === 1) return { ...term.places[0]! };
  if (term) {
    const where = term.places.map((p) => {
      const sub = clusters
        .find((c) => c.id === p.cluster)
        ?.subsectors.find((x) => x.n === p.subsector);
      return `--cluster ${p.cluster} --subsector ${p.subsector}${sub ? ` (${sub.name.zh})` : ''}`;
    });
    return {
      error: `"${token}"${token.trim() === term.name.zh ? '' : ` (${term.name.zh})`} sits in ${term.places.length} places; choose one: ${where.join('; ')}`,
    };
  }
  return { error: `unknown cluster, sub-sector or product "${token}"` };
}

export function rankCities(input: ShortlistInput, target: Target, weights: Weights): Shortlist {
  const cluster = input.clusters.find((c) => c.id === target.cluster);
  if (!cluster) throw new Error(`unknown cluster "${target.cluster}"`);
  const sub =
    target.subsector === undefined
      ? null
      : (cluster.subsectors.find((s) => s.n === target.subsector) ?? null);
  if (target.subsector !== undefined && !sub)
    throw new Error(`cluster ${cluster.id} has no sub-sector ${target.subsector}`);
  const enterprise = new Map(
    (input.report?.summary ?? []).map((s) => [s.city, s.maxByRecipient.enterprise]),
  );
  const maxCeiling = Math.max(0, ...enterprise.values());
  const zones = target.zones ?? [];

  const rows = input.cities.map((city) => {
    const parts = {} as Record<Part, number | null>;
    const reasons: Text[] = [];
    const unknowns: Text[] = [];

    const cell = input.cells.find((c) => c.cluster === cluster.id && c.city === city.code);
    const stars = cell ? cell.stars : 0;
    const conf = cell && cell.confidence !== 'high' ? cell.confidence : null;
    const confText = conf
      ? {
          zh: `（重建可信度${conf === 'medium' ? '中' : '低'}）`,
          en: ` (reconstruction confidence ${conf})`,
        }
      : { zh: '', en: '' };
    parts.rating = stars === null ? null : stars / 3;
    if (stars === null) {
      reasons.push({
        zh: `${cluster.name.zh}：${t('zh', 'rankUnprinted')}${confText.zh}`,
        en: `${cluster.name.en}: ${t('en', 'rankUnprinted')}${confText.en}`,
      });
      unknowns.push({
        zh: '星级未印出，星级分项记为未知',
        en: 'star level not printed, so the rating part is unknown',
      });
    } else
      reasons.push({
        zh: `${cluster.name.zh}${STAR_TEXT[stars]!.zh}${confText.zh}`,
        en: `${STAR_TEXT[stars]!.en} for ${cluster.name.en}${confText.en}`,
      });

    const named = (sub ? [sub] : cluster.subsectors).filter((s) =>
      s.cities.some((x) => x.city === city.code),
    );
    parts.role = named.length ? 1 : 0;
    const list = (lang: Lang) => named.map((s) => s.name[lang]).join(t(lang, 'listSep'));
    reasons.push(
      named.length
        ? { zh: `专栏点名：${list('zh')}`, en: `named for ${list('en')}` }
        : sub
          ? { zh: `专栏未就${sub.name.zh}点名`, en: `not named for ${sub.name.en}` }
          : { zh: '专栏细分领域均未点名', en: 'not named in any sub-sector' },
    );

    const hosted = input.carriers.filter((c) => c.hostCity === city.code);
    const main = hosted.filter((c) => c.kind === 'main-transfer-platform');
    const linked = hosted.filter((c) => c.clusters.includes(cluster.id));
    parts.carriers = (main.length ? 0.5 : 0) + (linked.length ? 0.5 : 0);
    if (main.length)
      reasons.push({ zh: '设有承接产业有序转移主平台', en: 'hosts a main transfer platform' });
    if (linked.length)
      reasons.push({
        zh: `${linked.length}个载体与本集群相关（如${linked[0]!.name.zh}）`,
        en: `${linked.length} carrier(s) linked to this cluster (e.g. ${linked[0]!.name.en})`,
      });
    if (!main.length && !linked.length)
      reasons.push({ zh: '无相关转移载体', en: 'no related transfer carrier' });

    if (!input.report) {
      parts.subsidy = null;
    } else {
      const ceiling = enterprise.get(city.code) ?? 0;
      parts.subsidy = maxCeiling > 0 ? ceiling / maxCeiling : 0;
      reasons.push(...subsidyReasons(input, city.code));
      const note = input.report.cityNotes.find((n) => n.city === city.code);
      if (note) unknowns.push(note.note);
    }

    const zone = input.zones.find((z) => z.id === city.zone);
    parts.zone = zones.length ? (zones.includes(city.zone) ? 1 : 0) : null;
    reasons.push({
      zh: `分区：${zone?.name.zh ?? city.zone}`,
      en: `zone: ${zone?.name.en ?? city.zone}`,
    });
    return { city, parts, reasons, unknowns };
  });

  const excluded: Shortlist['excluded'] = [];
  if (!input.report)
    excluded.push({
      part: 'subsidy',
      why: {
        zh: '未输入项目金额，补贴上限未知',
        en: 'no project values given, so no subsidy ceiling',
      },
    });
  if (!zones.length)
    excluded.push({ part: 'zone', why: { zh: '未指定偏好分区', en: 'no preferred zone given' } });
  const used = PARTS.filter((p) => !excluded.some((e) => e.part === p));
  const total = used.reduce((sum, p) => sum + weights[p], 0);

  const scored = rows.map((r) => {
    const sum = used.reduce((acc, p) => acc + weights[p] * (r.parts[p] ?? 0), 0);
    return { ...r, score: total > 0 ? Math.round((1000 * sum) / total) / 10 : 0 };
  });
  const ranking = [...scored]
    .sort((a, b) => b.score - a.score)
    .map((r): RankedCity => ({
      rank: 1 + scored.filter((x) => x.score > r.score).length,
      city: r.city.code,
      cityName: r.city.name,
      score: r.score,
      tie: scored.filter((x) => x.score === r.score).length > 1,
      parts: r.parts,
      reasons: r.reasons,
      unknowns: r.unknowns,
    }));
  return { ranking, weights, excluded };
}

/** One line per enterprise grant in the totals: "equipment reward up to 30%, cap 5000万: ≤ …". */
function subsidyReasons(input: ShortlistInput, code: string): Text[] {
  const summary = input.report!.summary.find((s) => s.city === code);
  const counted = new Set(summary?.counted ?? []);
  const rows = input.report!.results.filter(
    (r) => r.city === code && counted.has(r.rule) && r.recipient === 'enterprise',
  );
  if (!rows.length)
    return [{ zh: '企业无可计入的补贴上限', en: 'no enterprise subsidy ceiling in the totals' }];
  return rows.map((r) => {
    const rule = input.rules.find((x) => x.id === r.rule);
    const tier = rule?.tiers.find((t) => t.id === r.tier);
    const terms = [
      tier?.rate
        ? { zh: `不超过${tier.rate.maxPercent}%`, en: `up to ${tier.rate.maxPercent}%` }
        : null,
      tier?.cap
        ? {
            zh: `上限${tier.cap.asWritten.replace(/\s+/g, '')}`,
            en: `cap ${formatYuan(tier.cap.yuan, 'en')}`,
          }
        : null,
    ].filter((x): x is Text => x !== null);
    const amount = r.maxAmountYuan ?? 0;
    return {
      zh: `${r.title.zh}${terms.length ? `（${terms.map((x) => x.zh).join('，')}）` : ''}：≤${formatYuan(amount, 'zh')}`,
      en: `${r.title.en}${terms.length ? ` ${terms.map((x) => x.en).join(', ')}` : ''}: ≤ ${formatYuan(amount, 'en')}`,
    };
  });
}

/** Reads "rating=3,role=2" over the defaults; an unknown part or a negative weight is an error. */
export function parseWeights(text: string): Weights | string {
  const w = { ...DEFAULT_WEIGHTS };
  for (const pair of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([a-z]+)=(\d+(?:\.\d+)?)$/.exec(pair);
    if (!m || !(PARTS as readonly string[]).includes(m[1]!))
      return `--weights takes ${PARTS.join('|')}=<number ≥ 0>, comma-separated, not "${pair}"`;
    w[m[1] as Part] = Number(m[2]);
  }
  return w;
}

/** Every (cluster, city) cell of the page's atlas, as the shortlist reads them. */
export function atlasCells(index: AtlasIndex): ShortlistInput['cells'] {
  return index.atlas.clusters.flatMap((c) =>
    index.atlas.cities.map((city) => ({
      cluster: c.id,
      city: city.code,
      stars: index.stars(c.id, city.code),
      confidence: index.confidence(c.id, city.code),
    })),
  );
}

export const PART_KEYS = {
  rating: 'slPartRating',
  role: 'slPartRole',
  carriers: 'slPartCarriers',
  subsidy: 'slPartSubsidy',
  zone: 'slPartZone',
} as const satisfies Record<Part, MessageKey>;
