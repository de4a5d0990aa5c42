/**
 * Chinese in the English interface, made readable. An English reader sees Chinese in two forms
 * only: a name in parentheses after its English name ("Box 1 (专栏1)"), or quoted source text
 * followed by its English gloss (“依托” ("relying on")). This module holds the rule (used by the
 * data gate and by the components) and the look-ups into the glossary (data/glossary.json):
 * zh → en for quotes and for identifiers (locators, publishers, document numbers). Pure.
 */
import type { Lang } from './messages';

/** Chinese text → its English gloss or rendering. */
export type Glosses = Readonly<Record<string, string>>;

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const WIDE = '\\u3000-\\u303f\\uff00-\\uffef';
/** A Han character or fullwidth punctuation (，。、（）“”《》〔〕). */
export const CHINESE = new RegExp(`[${HAN}${WIDE}]`);
const CHINESE_RUN = new RegExp(`[${HAN}${WIDE}][${HAN}${WIDE}0-9\\s·.,:;/%★-]*`, 'g');

// “<Chinese>” (<gloss>): the gloss may hold one level of parentheses ("Shenzhen (Heyuan) park").
const QUOTED = /“([^“”]+)” \(((?:[^()]|\([^()]*\))*)\)/g;
// <Latin letter, digit or closing bracket> (<one Chinese run>): a name after its English name.
const NAMED = new RegExp(`(?<=[A-Za-z0-9)\\]’”] )\\((?=[${HAN}${WIDE}0-9])([^()A-Za-z]*)\\)`, 'g');

/** The interface languages whose reader needs Chinese glossed. */
const GLOSSED: Readonly<Record<Lang, boolean>> = { zh: false, en: true };

/** One piece of English text: plain text, a Chinese name in parentheses, or a glossed quote. */
export type Part =
  | { kind: 'text'; text: string }
  | { kind: 'name'; zh: string }
  | { kind: 'quote'; zh: string; gloss: string };

/**
 * Splits English text into its plain runs, the Chinese names it gives in parentheses and the
 * Chinese it quotes with a gloss. Chinese in neither form stays in a `text` part: see `strayChinese`.
 *
 * @example englishParts('Named in Box 1 (专栏1), “依托” ("relying on").')
 *   // → text 'Named in Box 1 (', name '专栏1', text '), ', quote '依托' + 'relying on', text '.'
 */
export function englishParts(en: string): Part[] {
  const found: { at: number; end: number; part: Part }[] = [];
  for (const m of en.matchAll(QUOTED))
    if (CHINESE.test(m[1]!) && !CHINESE.test(m[2]!))
      found.push({
        at: m.index,
        end: m.index + m[0].length,
        part: { kind: 'quote', zh: m[1]!, gloss: m[2]! },
      });
  for (const m of en.matchAll(NAMED)) {
    const at = m.index + 1;
    if (found.some((f) => at < f.end && at >= f.at)) continue;
    if (CHINESE.test(m[1]!) && m[1] === m[1]!.trim())
      found.push({ at, end: at + m[1]!.length, part: { kind: 'name', zh: m[1]! } });
  }
  found.sort((a, b) => a.at - b.at);
  const out: Part[] = [];
  let last = 0;
  for (const f of found) {
    if (f.at > last) out.push({ kind: 'text', text: en.slice(last, f.at) });
    out.push(f.part);
    last = f.end;
  }
  if (last < en.length) out.push({ kind: 'text', text: en.slice(last) });
  return out;
}

/**
 * The Chinese runs of an English text that are neither a name in parentheses after its English
 * name nor a quote with its gloss: what the gate refuses. [] when the text is clean.
 *
 * @example strayChinese('Named in 专栏1') // → ['专栏1']
 */
export function strayChinese(en: string): string[] {
  return englishParts(en).flatMap((p) =>
    p.kind === 'text'
      ? [...p.text.matchAll(CHINESE_RUN)].map((m) => m[0].replace(/[\s.,:;/-]+$/, ''))
      : [],
  );
}

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
