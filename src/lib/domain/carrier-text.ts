/** Words for carriers in both languages: kinds, precision statements, tooltips. Pure. */
import type { AtlasIndex } from '../data/atlas';
import type { CarrierKind, FirstSource, LightCarrier, LightPairing } from './carriers';
import { t, type Lang } from '../i18n/messages';
import { identifier, type Glosses } from '../i18n/gloss';

export const KIND_NAMES: Record<CarrierKind, { zh: string; en: string }> = {
  'main-transfer-platform': {
    zh: '承接产业有序转移主平台',
    en: 'Main industrial-transfer platform',
  },
  'agglomeration-zone': { zh: '大型产业集聚区', en: 'Large industrial agglomeration zone' },
  'special-cooperation-zone': { zh: '特别合作区', en: 'Special cooperation zone' },
  'transfer-park': { zh: '产业转移园 / 共建园区', en: 'Transfer or co-built park' },
  'plan-base': { zh: '规划点名的园区、基地', en: 'Park or base named in the plan' },
};

/** A county's name for a reader of `lang`: "Haifeng County (海丰县)" in English. */
const countyText = (name: string | null, lang: Lang, glosses: Glosses) =>
  name === null ? null : identifier(name, glosses, lang, 'name');

/** Says how exactly the dot is placed, so nobody reads a city-level guess as a site. */
export function precisionText(
  c: LightCarrier,
  index: AtlasIndex,
  lang: Lang,
  glosses: Glosses = {},
): string {
  const city = c.hostCity ? index.city(c.hostCity)?.name[lang] : null;
  if (c.precision === 'county')
    return t(lang, 'placedCounty', {
      county: countyText(c.countyName, lang, glosses) ?? t(lang, 'itsCounty'),
    });
  if (c.precision === 'city') return t(lang, 'placedCity', { city: city ?? '' });
  return t(lang, 'placedUnknown');
}

export function carrierTooltip(
  c: LightCarrier,
  index: AtlasIndex,
  lang: Lang,
  glosses: Glosses = {},
): string {
  return `${c.name[lang]}\n${KIND_NAMES[c.kind][lang]}\n${precisionText(c, index, lang, glosses)}`;
}

export function pairingTooltip(
  p: LightPairing,
  index: AtlasIndex,
  lang: Lang,
  glosses: Glosses = {},
): string {
  const h = index.city(p.helper)?.name[lang];
  const q = index.city(p.partner)?.name[lang];
  const county = (name: string | null) => countyText(name, lang, glosses) ?? '—';
  const counties = p.countyPairs
    .map((cp) => `${county(cp.helperCountyName)} → ${county(cp.partnerCountyName)}`)
    .join(t(lang, 'clauseSep'));
  return `${h} → ${q} (${p.year})${counties ? `\n${counties}` : ''}`;
}

/** The tooltip for a picked deck.gl object (a carrier or a pairing), or null. */
export function deckTooltip(
  o: unknown,
  index: AtlasIndex,
  lang: Lang,
  glosses: Glosses = {},
): string | null {
  if (isCarrier(o)) return carrierTooltip(o, index, lang, glosses);
  if (isPairing(o)) return pairingTooltip(o, index, lang, glosses);
  return null;
}

export function isCarrier(o: unknown): o is LightCarrier {
  return !!o && typeof o === 'object' && 'kind' in o && 'precision' in o;
}
export function isPairing(o: unknown): o is LightPairing {
  return !!o && typeof o === 'object' && 'helper' in o && 'year' in o;
}

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
