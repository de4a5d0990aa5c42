/**
 * The one citation a carrier's entry shows, in the reader's language. Apart from carrier-text.ts
 * (map tooltips, loaded with the map) because it needs the glossary look-ups. Pure.
 */
import type { FirstSource } from './carriers';
import { t, type Lang } from '../i18n/messages';
import { identifier, type Glosses } from '../i18n/gloss';

/** What a citation shows: its text, the link (null when there must be none) and a seed's quote. */
export interface Citation {
  text: string;
  href: string | null;
  quote: string | null;
}

/**
 * The citation for a source: a seed by its label and locator with the quote; a web page by
 * publisher and date ("韶关日报 · 2023-04-30") with its link; a reprint by the original's byline,
 * without a link (mirror and spam hosts are never shown). In English, the locator is rendered and
 * a publisher or byline is named in English with the Chinese after it.
 *
 * @example citation({ kind: 'reprint', byline: '羊城晚报', date: null }, 'en', { 羊城晚报: 'Yangcheng Evening News' })
 *   // → { text: 'reprinted copy; original: Yangcheng Evening News (羊城晚报)', href: null, quote: null }
 */
export function citation(src: FirstSource, lang: Lang, glosses: Glosses = {}): Citation {
  const dated = (name: string, date: string | null) => (date ? `${name} · ${date}` : name);
  const name = (zh: string) => identifier(zh, glosses, lang, 'name');
  if (src.kind === 'seed')
    return {
      text: `${src.label[lang]} · ${identifier(src.locator, glosses, lang, 'locator')}`,
      href: null,
      quote: src.quote,
    };
  if (src.kind === 'reference')
    return { text: dated(name(src.publisher), src.date), href: safeHref(src.url), quote: null };
  return {
    text: dated(t(lang, 'reprintOf', { byline: name(src.byline) }), src.date),
    href: null,
    quote: null,
  };
}

/** Only http(s) links are ever rendered, whatever the data says. */
export function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}
