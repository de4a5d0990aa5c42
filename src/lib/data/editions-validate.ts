/**
 * The gate for data/editions.json: the Valibot schema, then what a schema cannot state. Every
 * quote is verbatim (whitespace removed) within the lines it claims, in its edition's own source;
 * names, written values and city names lie inside their quotes; ids resolve against
 * data/clusters.json; the 2021 edition lists the 20 clusters with their kinds. Pure: the caller
 * supplies the texts and the atlas shape.
 */
import * as v from 'valibot';
import { EditionsData, type EditionsData as Data, type LineQuote } from './editions-schema';
import { findQuote, normaliseForQuote } from './kit';

export interface EditionsContext {
  /** Source id → file text. */
  texts: Record<string, string | undefined>;
  clusters: readonly { id: string; kind: string; subsectors: readonly { n: number }[] }[];
  cities: readonly { code: string; name: { zh: string } }[];
}

export interface EditionsResult {
  data: Data | null;
  errors: string[];
}

/** Quote problems, or [] : unknown source, not verbatim, or outside its lines. */
export function checkLineQuote(q: LineQuote, texts: EditionsContext['texts']): string[] {
  const text = texts[q.source];
  if (text === undefined) return [`unknown source "${q.source}"`];
  const found = findQuote(text, q.quote, q.lines);
  if (found === 'missing') return [`quote not verbatim in ${q.source}: "${q.quote.slice(0, 40)}"`];
  return found === 'ok'
    ? []
    : [`quote not within lines ${q.lines[0]}–${q.lines[1]} of ${q.source}`];
}

const inQuote = (words: string, q: LineQuote) =>
  normaliseForQuote(q.quote).includes(normaliseForQuote(words));

export function validateEditions(raw: unknown, ctx: EditionsContext): EditionsResult {
  const parsed = v.safeParse(EditionsData, raw);
  if (!parsed.success)
    return {
      data: null,
      errors: parsed.issues.map(
        (i) => `${(i.path ?? []).map((p) => String(p.key)).join('.') || '(root)'}: ${i.message}`,
      ),
    };
  const data = parsed.output;
  const errors: string[] = [];
  const err = (where: string, msg: string) => errors.push(`${where}: ${msg}`);
  const sourceOf = new Map(data.editions.map((e) => [e.id, e.source]));
  const clusters = new Map(ctx.clusters.map((c) => [c.id, c]));
  const cities = new Map(ctx.cities.map((c) => [c.code, c.name.zh]));
  const metrics = new Set(data.metrics.map((m) => m.id));
  const horizons = new Map(data.editions.map((e) => [e.id, e.horizons]));

  if (new Set(data.editions.map((e) => e.id)).size !== data.editions.length)
    err('editions', 'duplicate edition id');
  const quote = (where: string, edition: string, q: LineQuote) => {
    for (const m of checkLineQuote(q, ctx.texts)) err(`${where}.evidence`, m);
    if (sourceOf.get(edition as never) !== q.source)
      err(`${where}.evidence.source`, `"${q.source}" is not the source of edition ${edition}`);
  };
  const named = (where: string, zh: string, q: LineQuote) => {
    if (!inQuote(zh, q)) err(`${where}.name`, `"${zh}" is not in its quote`);
  };
  const cluster = (where: string, id: string, subsector?: number) => {
    const c = clusters.get(id);
    if (!c) err(where, `unknown cluster "${id}"`);
    else if (subsector !== undefined && !c.subsectors.some((s) => s.n === subsector))
      err(where, `cluster "${id}" has no sub-sector ${subsector}`);
  };

  data.editions.forEach((e, i) => quote(`editions[${i}] (${e.id})`, e.id, e.evidence));

  const keys = new Set<string>();
  data.clusters.forEach((c, i) => {
    const where = `clusters[${i}] (${c.edition} ${c.key})`;
    if (keys.has(`${c.edition}|${c.key}|${c.tier}`)) err(where, 'duplicate entry');
    keys.add(`${c.edition}|${c.key}|${c.tier}`);
    quote(where, c.edition, c.evidence);
    named(where, c.name.zh, c.evidence);
    c.clusters.forEach((id, j) => cluster(`${where}.clusters[${j}]`, id));
  });
  const in2021 = data.clusters.filter((c) => c.edition === '2021');
  for (const c of ctx.clusters) {
    const hits = in2021.filter((e) => e.clusters.includes(c.id));
    if (hits.length !== 1)
      err('clusters (2021)', `"${c.id}" listed ${hits.length} times, not once`);
    else if (hits[0]!.tier !== c.kind)
      err('clusters (2021)', `"${c.id}" is ${hits[0]!.tier} here but ${c.kind} in clusters.json`);
  }

  data.targets.forEach((t, i) => {
    const where = `targets[${i}] (${t.edition} ${t.key ?? t.metric} ${t.year})`;
    quote(where, t.edition, t.evidence);
    if (!metrics.has(t.metric)) err(`${where}.metric`, `unknown metric "${t.metric}"`);
    if (!inQuote(t.asWritten, t.evidence)) err(`${where}.asWritten`, 'not in its quote');
    if (!horizons.get(t.edition)?.includes(t.year))
      err(`${where}.year`, `${t.year} is not among edition ${t.edition}'s horizons`);
    if ((t.value === null) !== (t.bound === 'none'))
      err(`${where}.value`, 'a value needs a bound, and bound "none" no value');
    if (t.scope === 'cluster') {
      if (!t.cluster || !t.key) err(where, 'a cluster target needs cluster and key');
      else {
        cluster(`${where}.cluster`, t.cluster);
        const entry = data.clusters.find((c) => c.edition === t.edition && c.key === t.key);
        if (!entry?.clusters.includes(t.cluster))
          err(`${where}.key`, `no ${t.edition} entry "${t.key}" for ${t.cluster}`);
      }
    } else if (t.cluster || t.key) err(where, 'a province target names no cluster');
  });

  data.zones.forEach((z, i) => {
    const where = `zones[${i}] (${z.edition} ${z.name.zh})`;
    quote(where, z.edition, z.evidence);
    if (z.roleEvidence) quote(`${where}.role`, z.edition, z.roleEvidence);
    named(where, z.name.zh.replace(/（.*）$/, ''), z.evidence);
  });
  data.cityRoles.forEach((r, i) => {
    const where = `cityRoles[${i}] (${r.edition})`;
    quote(where, r.edition, r.evidence);
    r.cities.forEach((code, j) => {
      const zh = cities.get(code);
      if (!zh) err(`${where}.cities[${j}]`, `unknown city "${code}"`);
      else if (!inQuote(zh, r.evidence)) err(`${where}.cities[${j}]`, `${zh} is not in its quote`);
    });
  });
  data.futureIndustries.forEach((f, i) => {
    const where = `futureIndustries[${i}] (${f.edition} ${f.name.zh})`;
    quote(where, f.edition, f.evidence);
    named(where, f.name.zh, f.evidence);
  });
  data.industries.forEach((f, i) => {
    const where = `industries[${i}] (${f.edition} ${f.name.zh})`;
    quote(where, f.edition, f.evidence);
    named(where, f.name.zh, f.evidence);
    f.links.forEach((l, j) => cluster(`${where}.links[${j}]`, l.cluster, l.subsector));
  });
  data.programmes.forEach((p, i) => {
    const where = `programmes[${i}] (${p.edition} ${p.name.zh})`;
    quote(where, p.edition, p.evidence);
    named(where, p.name.zh, p.evidence);
    if (p.count !== null && !inQuote(String(p.count), p.evidence))
      err(`${where}.count`, `${p.count} is not in its quote`);
  });
  return { data: errors.length ? null : data, errors };
}
