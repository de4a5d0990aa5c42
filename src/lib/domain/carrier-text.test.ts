import { describe, expect, it } from 'vitest';
import { makeIndex } from '../data/fixtures';
import {
  carrierTooltip,
  citation,
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
  countyName: '源城区',
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
    expect(precisionText(carrier(), index, 'en', { 源城区: 'Yuancheng District' })).toBe(
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
      'Placed at the centre of 源城区 (county level; exact site unknown)',
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
          helperCountyName: '福田区',
          partnerCountyName: '源城区',
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

describe('citation', () => {
  it.each([
    [
      'a web page by publisher and date, linked',
      { kind: 'reference', publisher: '韶关日报', date: '2023-04-30', url: 'https://sgxw.cn/p/1' },
      'zh',
      { text: '韶关日报 · 2023-04-30', href: 'https://sgxw.cn/p/1', quote: null },
    ],
    [
      'a page without a date by its publisher alone',
      { kind: 'reference', publisher: '羊城晚报', date: null, url: 'http://ycwb.com/a' },
      'en',
      { text: 'Yangcheng Evening News (羊城晚报)', href: 'http://ycwb.com/a', quote: null },
    ],
    [
      'a reprint by its original byline, never linked (en)',
      { kind: 'reprint', byline: '羊城晚报', date: null },
      'en',
      {
        text: 'reprinted copy; original: Yangcheng Evening News (羊城晚报)',
        href: null,
        quote: null,
      },
    ],
    [
      'a reprint by its original byline, never linked (zh)',
      { kind: 'reprint', byline: '南方日报网络版', date: '2017-02-21' },
      'zh',
      { text: '转载副本；原发布者：南方日报网络版 · 2017-02-21', href: null, quote: null },
    ],
    [
      'a seed by label and locator with its quote',
      {
        kind: 'seed',
        source: 's',
        label: { zh: '河源措施', en: 'Heyuan measures' },
        locator: 'L19 第三条',
        quote: '源城产业园',
      },
      'en',
      { text: 'Heyuan measures · L19 Article 3', href: null, quote: '源城产业园' },
    ],
    [
      'a seed in Chinese, untranslated',
      {
        kind: 'seed',
        source: 's',
        label: { zh: '河源措施', en: 'Heyuan measures' },
        locator: 'L19 第三条',
        quote: '源城产业园',
      },
      'zh',
      { text: '河源措施 · L19 第三条', href: null, quote: '源城产业园' },
    ],
    [
      'a javascript: URL without a link',
      { kind: 'reference', publisher: 'X', date: null, url: 'javascript:alert(1)' },
      'en',
      { text: 'X', href: null, quote: null },
    ],
  ] as const)('cites %s', (_name, src, lang, expected) => {
    const glosses = { 羊城晚报: 'Yangcheng Evening News', 'L19 第三条': 'L19 Article 3' };
    expect(citation(src, lang, glosses)).toEqual(expected);
  });
});
