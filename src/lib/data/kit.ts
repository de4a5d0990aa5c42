/**
 * The schema kit shared by the three data files (clusters, platforms, subsidies): text, ids, city
 * codes, confidence, dates, verbatim quotes with ONE whitespace normaliser, and one way to turn a
 * Valibot issue into a line that names the record and the field. Pure.
 */
import * as v from 'valibot';

/** A non-empty string (surrounding whitespace trimmed). */
export const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));

/** A lower-case id such as `new-energy`. */
export const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug'),
);

const HAN = /\p{Script=Han}/u;
/** Three Latin letters in a row: an English word, not a stray "L12" locator or a unit. */
const LATIN_WORD = /[A-Za-z]{3,}/;

/** A symbol, unit or code the same in both languages ("%", "—", "6G"). */
const neutral = (b: { zh: string; en: string }) =>
  b.zh === b.en && !HAN.test(b.zh) && !LATIN_WORD.test(b.zh);

/**
 * Text in both languages. The Chinese side must contain Chinese; the English side must contain an
 * English word (quoted Chinese inside it, names and terms, is allowed). A language-neutral text
 * ("%", "6G") may be the same on both sides.
 */
export const Bilingual = v.pipe(
  v.strictObject({ zh: nonEmpty, en: nonEmpty }),
  v.forward(
    v.check((b) => HAN.test(b.zh) || neutral(b), 'must contain Chinese text'),
    ['zh'],
  ),
  v.forward(
    v.check((b) => LATIN_WORD.test(b.en) || neutral(b), 'must contain English text'),
    ['en'],
  ),
);
export type Bilingual = v.InferOutput<typeof Bilingual>;

export const Confidence = v.picklist(['high', 'medium', 'low']);
export type Confidence = v.InferOutput<typeof Confidence>;

export const isoDate = v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)'));

/** The 21 prefecture-level cities of Guangdong, in the order of the plan's tables. */
export const CITY_NAMES: Readonly<Record<string, string>> = {
  '440100': '广州',
  '440300': '深圳',
  '440400': '珠海',
  '440600': '佛山',
  '441900': '东莞',
  '441300': '惠州',
  '442000': '中山',
  '440700': '江门',
  '441200': '肇庆',
  '440500': '汕头',
  '441500': '汕尾',
  '445200': '揭阳',
  '445100': '潮州',
  '440800': '湛江',
  '440900': '茂名',
  '441700': '阳江',
  '440200': '韶关',
  '441400': '梅州',
  '441600': '河源',
  '441800': '清远',
  '445300': '云浮',
};
export const CITY_CODES: readonly string[] = Object.keys(CITY_NAMES);

/** A prefecture-level city code, e.g. 441600 (河源): one of the 21, and said so when it is not. */
export const CityCode = v.pipe(
  v.string(),
  v.regex(/^\d{6}$/, 'must be a 6-digit Guangdong city code'),
  v.check((c) => !/^\d{6}$/.test(c) || c in CITY_NAMES, 'not one of the 21 city codes'),
);

/** A county-level unit (district, county, county-level city), e.g. 441602 (源城区). */
export const CountyCode = v.pipe(
  v.string(),
  v.regex(/^44\d{2}(?!00)\d{2}$/, 'must be a 6-digit Guangdong county code'),
);

/** A policy text copied into `data/sources/`. */
export const sourceFile = v.pipe(
  v.string(),
  v.regex(/^sources\/[a-z0-9-]+\.txt$/, 'must be sources/<name>.txt'),
);

/** Removes every whitespace character: OCR spacing differs between quotes and files. */
export function normaliseForQuote(s: string): string {
  return s.replace(/\s+/gu, '');
}

/**
 * Where a quote stands against its source text: `ok`, `missing` (not verbatim anywhere) or
 * `outside` (verbatim, but not within the 1-based `lines` [first, last] it claims).
 */
export function findQuote(
  text: string,
  quote: string,
  lines?: readonly [number, number],
): 'ok' | 'missing' | 'outside' {
  const needle = normaliseForQuote(quote);
  if (!normaliseForQuote(text).includes(needle)) return 'missing';
  if (!lines) return 'ok';
  const span = text
    .split('\n')
    .slice(lines[0] - 1, lines[1])
    .join('\n');
  return normaliseForQuote(span).includes(needle) ? 'ok' : 'outside';
}

/** The 1-based line range an "L12" or "L12-L14" (or "L12–14") locator names, or null. */
export function locatorLines(locator: string): [number, number] | null {
  const m = /\bL(\d+)(?:\s*[-–]\s*L?(\d+))?/.exec(locator);
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : null;
}

type Label = (collection: string, record: Record<string, unknown> | undefined) => string;

const defaultLabel: Label = (_c, rec) => String(rec?.id ?? rec?.code ?? '?');

/**
 * One line per Valibot issue, naming the record and the field, e.g.
 * `cells[12] (new-energy × 440100).stars: Invalid type` or `rules[0] (tech-upgrade-equipment).tiers[1].cities[3]: …`.
 */
export function describeIssues(
  raw: unknown,
  issues: readonly v.BaseIssue<unknown>[],
  label: Label = defaultLabel,
): string[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((p) => p.key as string | number);
    return `${describePath(raw, path, label) || '(root)'}: ${issue.message}`;
  });
}

export function describePath(
  raw: unknown,
  path: readonly (string | number)[],
  label: Label = defaultLabel,
): string {
  const [collection, index] = path;
  const rest = (from: number) =>
    path
      .slice(from)
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('');
  if (typeof collection !== 'string' || typeof index !== 'number')
    return rest(0).replace(/^\./, '');
  const rec = (raw as Record<string, unknown[] | undefined> | null)?.[collection]?.[index] as
    Record<string, unknown> | undefined;
  return `${collection}[${index}] (${label(collection, rec)})${rest(2)}`;
}

/** Every value that occurs more than once, in order of its second occurrence, with both indices. */
export function duplicates(
  keys: readonly string[],
): { key: string; first: number; again: number }[] {
  const seen = new Map<string, number>();
  const out: { key: string; first: number; again: number }[] = [];
  keys.forEach((k, i) => {
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else out.push({ key: k, first, again: i });
  });
  return out;
}
