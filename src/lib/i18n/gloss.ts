/**
 * Look-ups into the glossary (data/glossary.json) for the English reader: zh → en for quotes
 * (shown beside the Chinese) and identifiers (locators, publishers, document numbers, counties).
 * Kept apart from the reading rule (english.ts) so pages that show no glossed text, like the
 * embed, do not load it. Pure.
 */
import type { Lang } from './messages';

/** Chinese text → its English gloss or rendering. */
export type Glosses = Readonly<Record<string, string>>;

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const WIDE = '\\u3000-\\u303f\\uff00-\\uffef';
/** A Han character or fullwidth punctuation (，。、（）“”《》〔〕). */
export const CHINESE = new RegExp(`[${HAN}${WIDE}]`);
/** The character classes above, for patterns built elsewhere. */
export const CHINESE_CLASS = `${HAN}${WIDE}`;

/** The interface languages whose reader needs Chinese glossed. */
const GLOSSED: Readonly<Record<Lang, boolean>> = { zh: false, en: true };

/**
 * The gloss a reader of `lang` sees beside a quote: the English for an English reader, null for
 * a Chinese one (and when the glossary has none, which the gate prevents).
 */
export function quoteGloss(zh: string, glosses: Glosses, lang: Lang): string | null {
  return (GLOSSED[lang] && glosses[zh]) || null;
}

/** How an identifier shows: a locator by its rendering; a name with the Chinese after it. */
export type IdentifierKind = 'locator' | 'name';

/**
 * An identifier (locator, publisher, document number, box title) as a reader of `lang` sees it:
 * the Chinese in Chinese; in English its rendering, followed for a name by the original in
 * parentheses. Without a rendering the Chinese is returned unchanged (the gate prevents that).
 *
 * @example identifier('粤府〔2021〕53号', { '粤府〔2021〕53号': 'Yuefu [2021] No. 53' }, 'en', 'name')
 *   // → 'Yuefu [2021] No. 53 (粤府〔2021〕53号)'
 */
export function identifier(
  zh: string,
  glosses: Glosses,
  lang: Lang,
  kind: IdentifierKind = 'name',
): string {
  const en = GLOSSED[lang] && CHINESE.test(zh) ? glosses[zh] : undefined;
  if (en === undefined) return zh;
  // A name holding parentheses or Latin ("…网站 gdipa.org") cannot stand alone in parentheses:
  // it is quoted with its gloss.
  if (kind === 'name') return /[()（）A-Za-z]/.test(zh) ? `“${zh}” (${en})` : `${en} (${zh})`;
  return en;
}

/** The part of `glossary` that `strings` need: what one payload carries (sorted keys). */
export function pickGlosses(glossary: Glosses, strings: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of [...new Set(strings)].sort()) if (s in glossary) out[s] = glossary[s]!;
  return out;
}

/**
 * A quote as a reader sees it: the OCR kept some list markup from the source page (`<li>★★★ 新能源
 * </li>` in the emerging-cluster map lists); the data keeps the text verbatim, the page shows it
 * without the tags. The gloss lookup still uses the verbatim text.
 * @example shownQuote('<li>★★★ 新能源</li>') === '★★★ 新能源'
 */
export function shownQuote(text: string): string {
  const plain = text.replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, ' ');
  return plain === text ? text : plain.replace(/\s+/g, ' ').trim();
}
