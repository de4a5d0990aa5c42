/** Words for carriers in both languages: kinds, precision statements, tooltips. Pure. */
import type { AtlasIndex } from '../data/atlas';
import type { CarrierKind, LightCarrier, LightPairing } from './carriers';
import type { Lang } from '../i18n/messages';

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

/** Says how exactly the dot is placed, so nobody reads a city-level guess as a site. */
export function precisionText(c: LightCarrier, index: AtlasIndex, lang: Lang): string {
  const city = c.hostCity ? index.city(c.hostCity)?.name[lang] : null;
  if (c.precision === 'county')
    return lang === 'zh'
      ? `位置：${c.countyName ?? ''}的中心点（区县级，实际位置未知）`
      : `Placed at the centre of ${c.countyName ?? 'its county'} (county level; exact site unknown)`;
  if (c.precision === 'city')
    return lang === 'zh'
      ? `位置：仅知位于${city ?? ''}，点在城市中心附近（城市级）`
      : `Only the city is known (${city ?? ''}); the dot is near the city centre (city level)`;
  return lang === 'zh' ? '位置未知，未在地图上标出' : 'Location unknown; not drawn on the map';
}

export function carrierTooltip(c: LightCarrier, index: AtlasIndex, lang: Lang): string {
  return `${c.name[lang]}\n${KIND_NAMES[c.kind][lang]}\n${precisionText(c, index, lang)}`;
}

export function pairingTooltip(p: LightPairing, index: AtlasIndex, lang: Lang): string {
  const h = index.city(p.helper)?.name[lang];
  const q = index.city(p.partner)?.name[lang];
  const counties = p.countyPairs
    .map((cp) => `${cp.helperCountyName ?? '—'} → ${cp.partnerCountyName ?? '—'}`)
    .join(lang === 'zh' ? '；' : '; ');
  return `${h} → ${q} (${p.year})${counties ? `\n${counties}` : ''}`;
}

export function isCarrier(o: unknown): o is LightCarrier {
  return !!o && typeof o === 'object' && 'kind' in o && 'precision' in o;
}
export function isPairing(o: unknown): o is LightPairing {
  return !!o && typeof o === 'object' && 'helper' in o && 'year' in o;
}
