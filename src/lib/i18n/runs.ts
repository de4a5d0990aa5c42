/**
 * Splits mixed text into runs by script, so a Chinese term quoted inside English text (or an
 * English word inside Chinese) can carry its own `lang`: screen readers then pronounce it in its
 * language, and a reader sees which words are the source's own. Pure.
 */
import type { Lang } from './messages';

export interface Run {
  text: string;
  /** The run's language when it differs from the page's; null when it is the page's own. */
  lang: Lang | null;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const LATIN = /[A-Za-z]/;

/**
 * @example runs('Named in 专栏1 for 河源', 'en') →
 *   [{ text: 'Named in ', lang: null }, { text: '专栏1', lang: 'zh' }, …]
 */
export function runs(text: string, page: Lang): Run[] {
  const foreign = page === 'en' ? HAN : LATIN;
  const out: Run[] = [];
  // Tokens: a run of Han (with digits, spaces and punctuation inside it), or anything else.
  const re =
    page === 'en'
      ? /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef][\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef0-9（）()·、\s-]*/g
      : /[A-Za-z][A-Za-z0-9 .,'’:;()/&+-]*[A-Za-z0-9)]|[A-Za-z]/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (!foreign.test(m[0])) continue;
    const body = m[0].replace(/\s+$/, '');
    if (m.index > last) out.push({ text: text.slice(last, m.index), lang: null });
    out.push({ text: body, lang: page === 'en' ? 'zh' : 'en' });
    last = m.index + body.length;
  }
  if (last < text.length) out.push({ text: text.slice(last), lang: null });
  return out;
}
