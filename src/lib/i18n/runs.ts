/**
 * Splits mixed text into runs by script, so a Chinese term quoted inside English text (or an
 * English word inside Chinese) can carry its own `lang`: screen readers then pronounce it in its
 * language, and a reader sees which words are the source's own. Pure.
 */
import { OTHER_LANG, type Lang } from './messages';

export interface Run {
  text: string;
  /** The run's language when it differs from the page's; null when it is the page's own. */
  lang: Lang | null;
  /** For quoted Chinese in English text: the gloss the text gives after it. */
  gloss?: string;
}

const HAN_CHARS = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef';

/** Per page language: what a run of the other language looks like (a whole run), and its core. */
const FOREIGN: Record<Lang, { run: RegExp; core: RegExp }> = {
  // In English text: Han, with the digits, spaces and punctuation inside a Chinese term.
  en: {
    run: new RegExp(`[${HAN_CHARS}][${HAN_CHARS}0-9（）()·、\\s-]*`, 'g'),
    core: new RegExp(`[${HAN_CHARS}]`),
  },
  // In Chinese text: Latin words, with the spaces and punctuation between them.
  zh: {
    run: /[A-Za-z][A-Za-z0-9 .,'’:;()/&+-]*[A-Za-z0-9)]|[A-Za-z]/g,
    core: /[A-Za-z]/,
  },
};

/** Drops closing brackets a run ends with but never opened: "河源)" in "Heyuan (河源)" is "河源". */
function balanced(run: string): string {
  let out = run;
  const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
  while (/[)）]$/.test(out) && count(out, /[)）]/g) > count(out, /[(（]/g)) out = out.slice(0, -1);
  return out.replace(/\s+$/, '');
}

/**
 * @example runs('Named in 专栏1 for 河源', 'en') →
 *   [{ text: 'Named in ', lang: null }, { text: '专栏1', lang: 'zh' }, …]
 */
export function runs(text: string, page: Lang): Run[] {
  const { run, core } = FOREIGN[page];
  const out: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(run)) {
    if (!core.test(m[0])) continue;
    const body = balanced(m[0].replace(/\s+$/, ''));
    if (m.index > last) out.push({ text: text.slice(last, m.index), lang: null });
    out.push({ text: body, lang: OTHER_LANG[page] });
    last = m.index + body.length;
  }
  if (last < text.length) out.push({ text: text.slice(last), lang: null });
  return out;
}
