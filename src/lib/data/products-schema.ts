/**
 * The schema and gate of `data/products.json`: products and sub-sector terms from the 2021 plan's
 * 专栏, each placed in a cluster's sub-sector with the cities the text names for it. English
 * synonyms are a curated gloss; every term itself is in the text. Pure: the caller supplies
 * the texts and the atlas shape.
 */
import * as v from 'valibot';
import { nonEmpty, slug } from './kit';
import { Bilingual } from './schema';
import { LineQuote } from './editions-schema';
import { checkLineQuote } from './editions-validate';
import { normaliseForQuote } from './kit';

export const PRODUCTS_SCHEMA_VERSION = 1;
/** The 专栏 of the 2021 plan are in this source. */
export const PRODUCTS_SOURCE = 'gd-industry-policy-compilation-2021';

export const ProductPlace = v.strictObject({
  cluster: slug,
  /** The 专栏 sub-sector number, as in data/clusters.json. */
  subsector: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** City codes named for the term in the quotes. */
  cities: v.pipe(v.array(v.pipe(v.string(), v.regex(/^44\d{2}00$/))), v.minLength(1)),
  evidence: v.pipe(v.array(LineQuote), v.minLength(1)),
});

export const ProductTerm = v.strictObject({
  id: slug,
  /** zh as the text writes it. */
  name: Bilingual,
  /** Syllables separated by spaces, e.g. "dong li dian chi". */
  pinyin: v.pipe(v.string(), v.regex(/^[a-z]+( [a-z]+)*$/, 'lower-case syllables')),
  /** Curated gloss (English, abbreviations) that finds this term. */
  synonyms: v.array(nonEmpty),
  places: v.pipe(v.array(ProductPlace), v.minLength(1)),
});

export const ProductsData = v.strictObject({
  schemaVersion: v.literal(PRODUCTS_SCHEMA_VERSION),
  terms: v.pipe(v.array(ProductTerm), v.minLength(1)),
});

export type ProductsData = v.InferOutput<typeof ProductsData>;
export type ProductTerm = v.InferOutput<typeof ProductTerm>;
export type ProductPlace = v.InferOutput<typeof ProductPlace>;

export interface ProductsContext {
  texts: Record<string, string | undefined>;
  clusters: readonly {
    id: string;
    subsectors: readonly { n: number; name: { zh: string }; evidence: { locator: string } }[];
  }[];
  cities: readonly { code: string; name: { zh: string } }[];
}

/**
 * Schema, then: quotes verbatim within their lines and inside the sub-sector's own paragraph
 * (from its line to the next sub-sector's); the term written in each quote, or the term being
 * the sub-sector's name; every city named in one of the quotes; ids unique.
 */
export function validateProducts(
  raw: unknown,
  ctx: ProductsContext,
): { data: ProductsData | null; errors: string[] } {
  const parsed = v.safeParse(ProductsData, raw);
  if (!parsed.success)
    return {
      data: null,
      errors: parsed.issues.map(
        (i) => `${(i.path ?? []).map((p) => String(p.key)).join('.') || '(root)'}: ${i.message}`,
      ),
    };
  const errors: string[] = [];
  const starts = ctx.clusters.flatMap((c) =>
    c.subsectors.map((s) => ({
      key: `${c.id}#${s.n}`,
      name: s.name.zh,
      line: Number(/L(\d+)/.exec(s.evidence.locator)?.[1] ?? NaN),
    })),
  );
  const lines = starts.map((s) => s.line).sort((a, b) => a - b);
  const cities = new Map(ctx.cities.map((c) => [c.code, c.name.zh]));
  const ids = new Set<string>();
  const norm = normaliseForQuote;
  parsed.output.terms.forEach((term, i) => {
    const where = `terms[${i}] (${term.id})`;
    if (ids.has(term.id)) errors.push(`${where}: duplicate id`);
    ids.add(term.id);
    term.places.forEach((p, j) => {
      const at = `${where}.places[${j}] (${p.cluster}#${p.subsector})`;
      const sub = starts.find((s) => s.key === `${p.cluster}#${p.subsector}`);
      if (!sub) return void errors.push(`${at}: no such cluster sub-sector`);
      const end = (lines.find((l) => l > sub.line) ?? sub.line + 10) - 1;
      p.evidence.forEach((q, k) => {
        const e = `${at}.evidence[${k}]`;
        if (q.source !== PRODUCTS_SOURCE) errors.push(`${e}.source: must be ${PRODUCTS_SOURCE}`);
        for (const m of checkLineQuote(q, ctx.texts)) errors.push(`${e}: ${m}`);
        if (q.lines[0] < sub.line || q.lines[1] > end)
          errors.push(`${e}.lines: outside the sub-sector's lines ${sub.line}–${end}`);
        if (!norm(q.quote).includes(norm(term.name.zh)) && sub.name !== term.name.zh)
          errors.push(`${e}: "${term.name.zh}" is not in the quote`);
      });
      p.cities.forEach((code, k) => {
        const zh = cities.get(code);
        if (!zh) errors.push(`${at}.cities[${k}]: unknown city "${code}"`);
        else if (!p.evidence.some((q) => q.quote.includes(zh)))
          errors.push(`${at}.cities[${k}]: ${zh} is not named in the quotes`);
      });
    });
  });
  return { data: errors.length ? null : parsed.output, errors };
}
