/**
 * The gate for Chinese shown to English readers (data/glossary.json and every English text in the
 * data files): each quote-like string (a quote, a rule's wording, a carrier source's `says`) has
 * an English gloss, each identifier (locator, publisher, document number, box title, term) an
 * English rendering; no gloss holds Chinese; no entry is stale; and every English text (`.en`)
 * gives Chinese only as a name in parentheses after its English name or as a glossed quote.
 * Errors name the file, the record and the field. Pure.
 */
import * as v from 'valibot';
import { describePath } from './kit';
import { CHINESE } from '../i18n/gloss';
import { strayChinese } from '../i18n/english';

/** Fields whose Chinese is source text, shown as a quote with a gloss. */
export const QUOTE_FIELDS: ReadonlySet<string> = new Set([
  'quote',
  'text',
  'says',
  'raw',
  'wording',
  'asWritten',
  'phrase',
]);

const HAN = /\p{Script=Han}/u;
/** The two sides of a bilingual text, by field name. */
const TEXT_SIDE: Readonly<Record<string, 'chinese' | 'english'>> = { zh: 'chinese', en: 'english' };

const GlossMap = v.record(v.string(), v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty')));
export const Glossary = v.strictObject({
  about: v.optional(v.string()),
  quotes: GlossMap,
  identifiers: GlossMap,
  places: GlossMap,
});
export type Glossary = v.InferOutput<typeof Glossary>;
export type GlossKind = 'quotes' | 'identifiers' | 'places';

type Path = (string | number)[];
/** Where a string was found: the data file and the path to it. */
export interface Place {
  file: string;
  path: Path;
}

/**
 * The Chinese of the data files: quote-like and identifier strings, English texts (`.en`), and
 * the names of the counties the carriers are placed in (from the map data, by code).
 */
export interface ChineseStrings {
  quotes: Map<string, Place>;
  identifiers: Map<string, Place>;
  places: Map<string, Place>;
  english: { place: Place; text: string }[];
}

export function emptyStrings(): ChineseStrings {
  return { quotes: new Map(), identifiers: new Map(), places: new Map(), english: [] };
}

/**
 * Walks a data file and sorts every string holding Chinese by its field: `zh` is the Chinese
 * side of a text (nothing to do), `en` an English text, a quote field source text, anything
 * else an identifier. Adds to `into` (first place wins).
 */
export function collectChinese(
  data: unknown,
  file: string,
  into: ChineseStrings = emptyStrings(),
): ChineseStrings {
  const walk = (o: unknown, path: Path, field: string) => {
    if (Array.isArray(o)) o.forEach((x, i) => walk(x, [...path, i], field));
    else if (o && typeof o === 'object')
      for (const [k, x] of Object.entries(o)) walk(x, [...path, k], k);
    else if (typeof o === 'string' && HAN.test(o)) {
      const place = { file, path };
      const side = TEXT_SIDE[field];
      if (side === 'chinese') return;
      if (side === 'english') into.english.push({ place, text: o });
      else {
        const map = QUOTE_FIELDS.has(field) ? into.quotes : into.identifiers;
        if (!map.has(o)) map.set(o, place);
      }
    }
  };
  walk(data, [], '');
  return into;
}

const label = (_c: string, rec: Record<string, unknown> | undefined) =>
  String(
    rec?.id ??
      (rec?.cluster && rec?.city ? `${String(rec.cluster)} × ${String(rec.city)}` : null) ??
      rec?.code ??
      '?',
  );

/** "clusters.json cells[3] (k1 × 440600).evidence[0].quote" */
export const describePlace = (p: Place, raw: unknown): string =>
  `${p.file} ${describePath(raw, p.path, label)}`;

/** English texts that show Chinese outside the two allowed forms, one line each. */
export function checkEnglishTexts(
  strings: ChineseStrings,
  raws: Readonly<Record<string, unknown>>,
): string[] {
  return strings.english.flatMap(({ place, text }) => {
    const stray = strayChinese(text);
    return stray.length
      ? [
          `${describePlace(place, raws[place.file])}: Chinese outside a name in parentheses or a glossed quote: ${stray
            .map((s) => `“${s}”`)
            .join(', ')}`,
        ]
      : [];
  });
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Checks the glossary against the strings the data shows: one line per missing gloss (naming
 * where the string is), gloss holding Chinese, or stale entry.
 */
export function validateGlossary(
  raw: unknown,
  strings: ChineseStrings,
  raws: Readonly<Record<string, unknown>>,
): { glossary: Glossary | null; errors: string[] } {
  const parsed = v.safeParse(Glossary, raw);
  if (!parsed.success)
    return {
      glossary: null,
      errors: parsed.issues.map(
        (i) => `${(i.path ?? []).map((p) => String(p.key)).join('.') || '(root)'}: ${i.message}`,
      ),
    };
  const glossary = parsed.output;
  const errors: string[] = [];
  const sections: [GlossKind, Map<string, Place>, string][] = [
    ['quotes', strings.quotes, 'no English gloss'],
    ['identifiers', strings.identifiers, 'no English rendering'],
    ['places', strings.places, 'no English name'],
  ];
  for (const [kind, used, missing] of sections) {
    const entries = glossary[kind];
    for (const [zh, place] of used)
      if (!(zh in entries))
        errors.push(
          `${describePlace(place, raws[place.file])}: ${missing} in glossary.json ${kind} for “${short(zh)}”`,
        );
    for (const [zh, en] of Object.entries(entries)) {
      if (!used.has(zh))
        errors.push(`${kind}[“${short(zh)}”]: stale, no data file shows this string as ${kind}`);
      if (CHINESE.test(en))
        errors.push(
          `${kind}[“${short(zh)}”]: the English holds Chinese characters or fullwidth punctuation: “${short(en)}”`,
        );
    }
  }
  return { glossary, errors };
}

/**
 * Adds the names of the counties the carriers and pairings show (`county`, `helperCounty`,
 * `partnerCounty` in platforms.json, named by the map data) to `into.places`.
 */
export function collectCounties(
  platforms: unknown,
  countyNames: ReadonlyMap<string, string>,
  into: ChineseStrings,
): ChineseStrings {
  const walk = (o: unknown, path: Path) => {
    if (Array.isArray(o)) o.forEach((x, i) => walk(x, [...path, i]));
    else if (o && typeof o === 'object')
      for (const [k, x] of Object.entries(o)) {
        const name = typeof x === 'string' && COUNTY_FIELDS.has(k) ? countyNames.get(x) : null;
        if (name && !into.places.has(name))
          into.places.set(name, { file: 'platforms.json', path: [...path, k] });
        else walk(x, [...path, k]);
      }
  };
  walk(platforms, []);
  return into;
}
const COUNTY_FIELDS: ReadonlySet<string> = new Set(['county', 'helperCounty', 'partnerCounty']);
