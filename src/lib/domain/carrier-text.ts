/** Words for carriers in both languages: kinds, precision statements, tooltips. Pure. */
import type { AtlasIndex } from '../data/atlas';
import type { CarrierKind, LightCarrier, LightPairing } from './carriers';
import { t, type Lang } from '../i18n/messages';

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

type CountyName = { zh: string; en: string } | null;
/** A county's name for a reader of `lang`: "Haifeng County (海丰县)" in English, the name in Chinese. */
const COUNTY_TEXT: Record<Lang, (n: { zh: string; en: string }) => string> = {
  zh: (n) => n.zh,
  en: (n) => `${n.en} (${n.zh})`,
};
const countyText = (name: CountyName, lang: Lang) => (name ? COUNTY_TEXT[lang](name) : null);

/** Says how exactly the dot is placed, so nobody reads a city-level guess as a site. */
export function precisionText(c: LightCarrier, index: AtlasIndex, lang: Lang): string {
  const city = c.hostCity ? index.city(c.hostCity)?.name[lang] : null;
  if (c.precision === 'county')
    return t(lang, 'placedCounty', {
      county: countyText(c.countyName, lang) ?? t(lang, 'itsCounty'),
    });
  if (c.precision === 'city') return t(lang, 'placedCity', { city: city ?? '' });
  return t(lang, 'placedUnknown');
}

export function carrierTooltip(c: LightCarrier, index: AtlasIndex, lang: Lang): string {
  return `${c.name[lang]}\n${KIND_NAMES[c.kind][lang]}\n${precisionText(c, index, lang)}`;
}

export function pairingTooltip(p: LightPairing, index: AtlasIndex, lang: Lang): string {
  const h = index.city(p.helper)?.name[lang];
  const q = index.city(p.partner)?.name[lang];
  const county = (name: CountyName) => countyText(name, lang) ?? '—';
  const counties = p.countyPairs
    .map((cp) => `${county(cp.helperCountyName)} → ${county(cp.partnerCountyName)}`)
    .join(t(lang, 'clauseSep'));
  return `${h} → ${q} (${p.year})${counties ? `\n${counties}` : ''}`;
}

/** The tooltip for a picked deck.gl object (a carrier or a pairing), or null. */
export function deckTooltip(o: unknown, index: AtlasIndex, lang: Lang): string | null {
  if (isCarrier(o)) return carrierTooltip(o, index, lang);
  if (isPairing(o)) return pairingTooltip(o, index, lang);
  return null;
}

export function isCarrier(o: unknown): o is LightCarrier {
  return !!o && typeof o === 'object' && 'kind' in o && 'precision' in o;
}
export function isPairing(o: unknown): o is LightPairing {
  return !!o && typeof o === 'object' && 'helper' in o && 'year' in o;
}
