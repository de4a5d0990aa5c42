import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Bilingual, CityCode, describeIssues, duplicates, findQuote, locatorLines } from './kit';

describe('Bilingual', () => {
  it.each([
    ['Chinese and English', { zh: '依托', en: 'base city' }],
    ['English quoting Chinese', { zh: '见专栏1', en: 'see 专栏1' }],
    ['a unit the same in both', { zh: '%', en: '%' }],
    ['a code the same in both', { zh: '6G', en: '6G' }],
  ])('accepts %s', (_name, text) => {
    expect(v.safeParse(Bilingual, text).success).toBe(true);
  });

  it.each([
    [
      'English on the Chinese side',
      { zh: 'base city', en: 'base city' },
      'zh: must contain Chinese',
    ],
    ['Chinese on the English side', { zh: '依托', en: '依托' }, 'en: must contain English'],
    ['a missing side', { zh: '依托' }, 'en: Invalid key'],
    ['a plain string', '依托', 'Invalid type'],
  ])('refuses %s', (_name, text, message) => {
    const r = v.safeParse(v.object({ t: Bilingual }), { t: text });
    expect(r.success).toBe(false);
    expect(describeIssues({ t: text }, r.issues ?? []).join('\n')).toContain(message);
  });
});

describe('CityCode', () => {
  it.each([
    ['441600', null],
    ['449900', 'not one of the 21 city codes'],
    ['441602', 'not one of the 21 city codes'],
    ['4416', 'must be a 6-digit Guangdong city code'],
  ])('%s → %s', (code, message) => {
    const r = v.safeParse(CityCode, code);
    expect(r.success ? null : r.issues.map((i) => i.message).join('; ')).toBe(message);
  });
});

describe('quotes', () => {
  const text = '第一行 甲乙\n第二行 丙丁\n第三行';
  it.each([
    ['乙 第二行丙', undefined, 'ok'],
    ['甲 乙', [1, 1], 'ok'],
    ['丙丁', [1, 1], 'outside'],
    ['戊', undefined, 'missing'],
  ] as const)('finds %s within %s: %s', (quote, lines, expected) => {
    expect(findQuote(text, quote, lines)).toBe(expected);
  });

  it('reads line ranges from locators', () => {
    expect(locatorLines('专栏1 (1), L867')).toEqual([867, 867]);
    expect(locatorLines('L1431–1443')).toEqual([1431, 1443]);
    expect(locatorLines('no lines')).toBeNull();
  });
});

describe('duplicates', () => {
  it('names both indices of each repeat', () => {
    expect(duplicates(['a', 'b', 'a', 'a'])).toEqual([
      { key: 'a', first: 0, again: 2 },
      { key: 'a', first: 0, again: 3 },
    ]);
  });
});
