/**
 * The rule for Chinese in English text: an English reader sees Chinese in two forms only, a name
 * in parentheses after its English name ("Box 1 (专栏1)"), or quoted source text followed by its
 * gloss (“依托” ("relying on")). Used by the data gate, the message tests and `LangRuns`. Pure.
 */
import { CHINESE, CHINESE_CLASS } from './gloss';
import { runs, type Run } from './runs';
import type { Lang } from './messages';

const CHINESE_RUN = new RegExp(`[${CHINESE_CLASS}][${CHINESE_CLASS}0-9\\s·.,:;/%★-]*`, 'g');
// “<Chinese>” (<gloss>): the gloss may hold one level of parentheses ("Shenzhen (Heyuan) park").
const QUOTED = /“([^“”]+)” \(((?:[^()]|\([^()]*\))*)\)/g;
// <Latin letter, digit or closing bracket> (<one Chinese run>): a name (or an amount as written,
// "400 billion (4000亿元)") after its English.
const NAMED = new RegExp(
  `(?<=[A-Za-z0-9)\\]’”] )\\((?=[${CHINESE_CLASS}0-9])([^()A-Za-z]*)\\)`,
  'g',
);

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

/** English text reads Chinese in the two forms above; other text is split by script. */
const READ: Record<Lang, (text: string) => Run[]> = {
  zh: (text) => runs(text, 'zh'),
  en: (text) =>
    englishParts(text).flatMap((p): Run[] =>
      p.kind === 'text'
        ? runs(p.text, 'en')
        : p.kind === 'name'
          ? [{ text: p.zh, lang: 'zh' }]
          : [{ text: p.zh, lang: 'zh', gloss: p.gloss }],
    ),
};

/**
 * The runs a reader of `page` sees: in English text, a Chinese name given in parentheses and a
 * quoted phrase with the gloss that follows it (the gloss then leaves the plain text).
 *
 * @example readingRuns('A “依托” ("relying on") city', 'en')
 *   // → [{ text: 'A ', lang: null }, { text: '依托', lang: 'zh', gloss: '"relying on"' }, { text: ' city', lang: null }]
 */
export function readingRuns(text: string, page: Lang): Run[] {
  return READ[page](text);
}
