import { describe, expect, it } from 'vitest';
import { citation } from './carrier-citation';

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
