/**
 * The gate for `data/platforms.json`: the schema, plus what a schema cannot check alone — seed
 * quotes verbatim at their lines, web sources traceable to the research files and hosted where a
 * reader may be sent (data/hosts.json), county codes present in the map data, links between
 * records, stated counts, and every park-like phrase of the plan's 专栏 1–20 and spatial layout
 * either a carrier or a documented exclusion. Pure: the caller reads the files.
 */
import * as v from 'valibot';
import { describeIssues, duplicates, normaliseForQuote } from './kit';
import {
  PlatformsDataset,
  type HostKind,
  type PlatformsDataset as PlatformsData,
  type SeedSource,
  type SourceRef,
} from './platforms-schema';

export interface PlatformsContext {
  /** Seed source id → file text. */
  seedTexts: Record<string, string | undefined>;
  /** The research files' text: every web source's URL must occur in it. */
  referenceText: string;
  /** Host name → kind, from data/hosts.json. */
  hosts: Record<string, HostKind | undefined>;
  /** County codes present in the map data. */
  countyCodes: ReadonlySet<string>;
}

export interface PlatformsValidation {
  data: PlatformsData | null;
  errors: string[];
}

/** A seed file without whitespace, and where each of its lines starts in that text. */
interface SeedText {
  lines: string[];
  text: string;
  lineStart: number[];
}

function seedText(raw: string): SeedText {
  const lines = raw.split('\n');
  const lineStart: number[] = [];
  let text = '';
  for (const line of lines) {
    lineStart.push(text.length);
    text += normaliseForQuote(line);
  }
  return { lines, text, lineStart };
}

/** The [start, end) span of a seed quote in its whitespace-free file, found from its locator line. */
function quoteSpan(seed: SeedText, src: SeedSource): [number, number] | null {
  const m = /^L(\d+)(?:-L(\d+))?/.exec(src.locator);
  if (!m) return null;
  const first = Number(m[1]);
  const last = Number(m[2] ?? m[1]);
  const { text, lineStart } = seed;
  const q = normaliseForQuote(src.quote);
  const at = text.indexOf(q, lineStart[first - 1] ?? Infinity);
  const lineEnd = lineStart[last] ?? text.length;
  return at >= 0 && at < (lineStart[first] ?? text.length) && at + q.length <= lineEnd
    ? [at, at + q.length]
    : null;
}

/** Every source in the file, with the record that cites it. */
export function allSources(d: PlatformsData): { where: string; src: SourceRef }[] {
  return [
    ...d.carriers.flatMap((c, i) => [
      ...c.sources.map((src, j) => ({ where: `carriers[${i}] (${c.id}).sources[${j}]`, src })),
      ...(c.area ? [{ where: `carriers[${i}] (${c.id}).area.source`, src: c.area.source }] : []),
    ]),
    ...d.pairings.flatMap((p, i) =>
      p.sources.map((src, j) => ({ where: `pairings[${i}] (${p.id}).sources[${j}]`, src })),
    ),
    ...Object.entries(d.counts).flatMap(([k, c]) =>
      c.sources.map((src, j) => ({ where: `counts.${k}.sources[${j}]`, src })),
    ),
    ...d.unknowns.flatMap((u, i) =>
      u.sources.map((src, j) => ({ where: `unknowns[${i}] (${u.id}).sources[${j}]`, src })),
    ),
    ...d.excludedMentions.map((e, i) => ({
      where: `excludedMentions[${i}] (${e.phrase}).source`,
      src: e.source as SourceRef,
    })),
  ];
}

/** Why a web source may not be cited with a link, or null when it may. */
export function hostProblem(
  url: string,
  hostKind: string,
  hosts: PlatformsContext['hosts'],
): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return `"${url}" is not a URL`;
  }
  const kind = hosts[host];
  if (kind === undefined) return `host ${host} is not classified in data/hosts.json`;
  if (kind === 'spam') return `host ${host} is spam: never cite it`;
  if (kind === 'mirror')
    return `host ${host} is a mirror: record the fact as a reprint (kind "reprint", the original's byline, no link)`;
  if (kind !== hostKind)
    return `hostKind is "${hostKind}" but data/hosts.json says ${host} is ${kind}`;
  return null;
}

export function validatePlatforms(raw: unknown, ctx: PlatformsContext): PlatformsValidation {
  const parsed = v.safeParse(PlatformsDataset, raw);
  if (!parsed.success) return { data: null, errors: describeIssues(raw, parsed.issues) };
  const d = parsed.output;
  const errors: string[] = [];
  const seeds = new Map<string, SeedText>();
  const seed = (id: string): SeedText | null => {
    if (!seeds.has(id)) {
      const t = ctx.seedTexts[id];
      if (t === undefined) return null;
      seeds.set(id, seedText(t));
    }
    return seeds.get(id)!;
  };

  const sources = allSources(d);
  for (const { where, src } of sources) {
    if (src.kind === 'seed') {
      const s = seed(src.source);
      if (!s) errors.push(`${where}: no text for source "${src.source}"`);
      else if (!quoteSpan(s, src))
        errors.push(
          `${where}.quote: not verbatim at ${src.locator.split(' ')[0]} of ${src.source}`,
        );
    } else if (src.kind === 'reference') {
      const problem = hostProblem(src.url, src.hostKind, ctx.hosts);
      if (problem) errors.push(`${where}.url: ${problem}`);
      if (!ctx.referenceText.includes(src.url))
        errors.push(`${where}.url: not in the research files (data/reference/)`);
    }
  }

  for (const dup of duplicates(d.carriers.map((c) => c.id)))
    errors.push(`carriers[${dup.first}] and carriers[${dup.again}]: duplicate id "${dup.key}"`);
  for (const dup of duplicates(d.pairings.map((p) => p.id)))
    errors.push(`pairings[${dup.first}] and pairings[${dup.again}]: duplicate id "${dup.key}"`);
  const known = new Set(d.carriers.map((c) => c.id));
  d.carriers.forEach((c, i) => {
    if (c.partOf && !known.has(c.partOf))
      errors.push(`carriers[${i}] (${c.id}).partOf: unknown carrier "${c.partOf}"`);
  });
  d.unknowns.forEach((u, i) =>
    u.carriers
      .filter((id) => !known.has(id))
      .forEach((id) => errors.push(`unknowns[${i}] (${u.id}).carriers: unknown carrier "${id}"`)),
  );

  const within = (county: string, city: string | null) =>
    city !== null && county.slice(0, 4) === city.slice(0, 4);
  const county = (where: string, code: string | null, city: string | null) => {
    if (code === null) return;
    if (!ctx.countyCodes.has(code)) errors.push(`${where}: county ${code} is not in the map data`);
    else if (!within(code, city)) errors.push(`${where}: county ${code} is not in city ${city}`);
  };
  d.carriers.forEach((c, i) => {
    const w = `carriers[${i}] (${c.id})`;
    c.countiesNamed.forEach((k, j) => county(`${w}.countiesNamed[${j}]`, k, c.hostCity));
    c.components.forEach((k, j) => county(`${w}.components[${j}].county`, k.county, c.hostCity));
    (c.outlineCounties ?? []).forEach((k, j) =>
      county(`${w}.outlineCounties[${j}]`, k, c.hostCity),
    );
    if (c.location.reason.en.length < 10)
      errors.push(`${w}.location.reason: say why the carrier is placed where it is`);
    if (c.nameBasis === 'pattern' && c.confidence === 'high')
      errors.push(`${w}.confidence: a name by pattern is never high confidence`);
    if (c.sources.every((s) => s.kind === 'reprint') && c.confidence === 'high')
      errors.push(`${w}.confidence: a carrier resting on reprints only is never high confidence`);
  });
  d.pairings.forEach((p, i) =>
    p.countyPairs.forEach((k, j) => {
      const w = `pairings[${i}] (${p.id}).countyPairs[${j}]`;
      county(`${w}.partnerCounty`, k.partnerCounty, p.partner);
      county(`${w}.helperCounty`, k.helperCounty, p.helper);
    }),
  );

  errors.push(...checkCounts(d), ...checkPlanCoverage(d, seed));
  return { data: errors.length ? null : d, errors };
}

function checkCounts(d: PlatformsData): string[] {
  const errors: string[] = [];
  const mains = d.carriers.filter((c) => c.kind === 'main-transfer-platform');
  const recorded = (k: keyof PlatformsData['counts'], n: number) => {
    if (d.counts[k].recorded !== n)
      errors.push(`counts.${k}.recorded: says ${d.counts[k].recorded}, the carriers give ${n}`);
  };
  recorded('mainTransferPlatforms', mains.length);
  recorded('agglomerationZones', d.carriers.filter((c) => c.kind === 'agglomeration-zone').length);
  recorded('keySupportedMainPlatforms', d.carriers.filter((c) => c.keySupported === true).length);
  for (const k of ['mainTransferPlatforms', 'agglomerationZones'] as const)
    if (d.counts[k].recorded > d.counts[k].stated)
      errors.push(`counts.${k}: records more than the ${d.counts[k].stated} the sources state`);
  const hosts = mains.flatMap((c) => (c.hostCity ? [c.hostCity] : []));
  for (const dup of duplicates(hosts))
    errors.push(`carriers: two main platforms in city ${dup.key}`);
  const pairs = new Set(
    d.pairings.filter((p) => p.year === 2023).map((p) => `${p.helper}>${p.partner}`),
  );
  for (const c of mains)
    if (c.partner !== null && !pairs.has(`${c.partner}>${c.hostCity}`))
      errors.push(`carriers (${c.id}).partner: ${c.partner} → ${c.hostCity} is not a 2023 pairing`);
  return errors;
}

const PLAN = 'gd-industry-policy-compilation-2021';
const PARK_WORDS =
  /产业园|工业园|园区|科学园|基地|合作区|示范区|集聚区|聚集区|试验区|实验区|先导区|先行区|发展区(?!域)|功能区|测试区|高新区|开发区|工业区|石化区|产业城|小镇|谷(?![物歌])|走廊|产业带(?!动)|拓展带|核心区|测试场|试车场/g;

/** Every park, base or zone word in 专栏 1–20 and the spatial layout sits inside a carrier's or an exclusion's quote. */
function checkPlanCoverage(d: PlatformsData, seed: (id: string) => SeedText | null): string[] {
  const s = seed(PLAN);
  if (!s) return [`no text for source "${PLAN}"`];
  const spans = allSources(d)
    .map(({ src }) => src)
    .filter((src): src is SeedSource => src.kind === 'seed' && src.source === PLAN)
    .map((src) => quoteSpan(s, src))
    .filter((span): span is [number, number] => span !== null);
  const sections = planSections(s.lines);
  if (sections.length !== 21)
    return [`${PLAN}: found ${sections.length} of the 21 plan sections (专栏 1–20, 第四章第四节)`];
  const misses: string[] = [];
  for (const [first, last] of sections) {
    const from = s.lineStart[first - 1]!;
    const to = s.lineStart[last] ?? s.text.length;
    for (const m of s.text.slice(from, to).matchAll(PARK_WORDS)) {
      const at = from + m.index;
      if (!spans.some(([a, b]) => a <= at && at + m[0].length <= b))
        misses.push(s.text.slice(Math.max(from, at - 20), at + m[0].length));
    }
  }
  return misses.map(
    (m) => `excludedMentions: "${m}" in the plan is neither a carrier nor an exclusion`,
  );
}

/** Line ranges [first, last] of 专栏 1–20 and of 第四章第四节 (the spatial layout) in the plan. */
export function planSections(lines: string[]): [number, number][] {
  const first = lines.findIndex((l) => /^#\s*广东省制造业高质量发展\s*“十四五”规划/.test(l));
  const last = lines.findIndex((l, i) => i > first && /^#+\s*第五章/.test(l));
  const out: [number, number][] = [];
  let start: number | null = null;
  for (let i = first + 1; i < last; i++) {
    const line = lines[i]!;
    const box = /专栏\s*(\d+)/.exec(line);
    const opens =
      (box !== null && Number(box[1]) <= 20) || /^#+.*第四节\s*实施优化布局工程/.test(line);
    const closes =
      /^#+\s*\**\s*\d+\.\s/.test(line) ||
      /第[二三五]节/.test(line) ||
      /专栏\s*2[1-6]/.test(line) ||
      /^#+\s*第四章/.test(line);
    if (start !== null && closes) {
      out.push([start, i]);
      start = null;
    }
    if (opens && start === null) start = i + 1;
  }
  return out;
}
