import { describe, expect, it } from 'vitest';
import { makeIndex } from '../data/fixtures';
import {
  carrierTooltip,
  isCarrier,
  isPairing,
  pairingTooltip,
  precisionText,
} from './carrier-text';
import type { LightCarrier, LightPairing } from './carriers';

const carrier = (over: Partial<LightCarrier> = {}): LightCarrier => ({
  id: 'x',
  kind: 'transfer-park',
  name: { zh: '深河产业转移合作园', en: 'Shenzhen–Heyuan park' },
  hostCity: '441600',
  county: '441602',
  countyName: { zh: '源城区', en: 'Yuancheng District' },
  lngLat: [114.7, 23.7],
  precision: 'county',
  confidence: 'high',
  clusters: [],
  industries: [],
  partner: '440300',
  sourceCount: 1,
  firstSource: {
    kind: 'reference',
    publisher: 'Example Daily',
    date: '2023-04-30',
    url: 'https://example.org',
  },
  ...over,
});

describe('precisionText', () => {
  const index = makeIndex();
  it.each([
    ['county', 'zh', '位置：源城区的中心点（区县级，实际位置未知）'],
    [
      'city',
      'en',
      'Only the city is known (City 16); the dot is near the city centre (city level)',
    ],
    ['unknown', 'en', 'Location unknown; not drawn on the map'],
  ] as const)('states %s precision in %s', (precision, lang, text) => {
    expect(precisionText(carrier({ precision }), index, lang)).toBe(text);
  });
  it('names the county in English with the Chinese after it', () => {
    expect(precisionText(carrier(), index, 'en')).toBe(
      'Placed at the centre of Yuancheng District (源城区) (county level; exact site unknown)',
    );
  });
});

describe('tooltips', () => {
  const index = makeIndex();
  it('names the carrier, its kind and its precision', () => {
    expect(carrierTooltip(carrier(), index, 'en').split('\n')).toEqual([
      'Shenzhen–Heyuan park',
      'Transfer or co-built park',
      'Placed at the centre of Yuancheng District (源城区) (county level; exact site unknown)',
    ]);
  });
  it('names a pairing’s cities, year and county pairs', () => {
    const p: LightPairing = {
      id: 'p',
      year: 2023,
      scheme: { zh: '对口帮扶协作', en: 'paired assistance and cooperation' },
      helper: '440300',
      partner: '441600',
      helperLngLat: [114, 22.5],
      partnerLngLat: [114.7, 23.7],
      countyPairs: [
        {
          helperCounty: null,
          partnerCounty: '441602',
          helperCountyName: { zh: '福田区', en: 'Futian District' },
          partnerCountyName: { zh: '源城区', en: 'Yuancheng District' },
        },
      ],
      confidence: 'high',
    };
    expect(pairingTooltip(p, index, 'zh')).toBe('城03 → 城16 (2023)\n福田区 → 源城区');
    expect(isPairing(p)).toBe(true);
    expect(isCarrier(p)).toBe(false);
    expect(isCarrier(carrier())).toBe(true);
  });
});
