import { describe, expect, it } from 'vitest';
import { identifier, pickGlosses, quoteGloss, shownQuote } from './gloss';

describe('identifier', () => {
  const g = {
    '粤府〔2021〕53号': 'Yuefu [2021] No. 53',
    '十四五规划 附件1, L1433': '14th FYP, App. 1, L1433',
  };
  it('gives a name its English rendering with the Chinese in parentheses', () => {
    expect(identifier('粤府〔2021〕53号', g, 'en', 'name')).toBe(
      'Yuefu [2021] No. 53 (粤府〔2021〕53号)',
    );
  });
  it('gives a locator its rendering alone, keeping the line reference', () => {
    expect(identifier('十四五规划 附件1, L1433', g, 'en', 'locator')).toBe(
      '14th FYP, App. 1, L1433',
    );
  });
  it('leaves Chinese to the Chinese reader, and text without Chinese alone', () => {
    expect(identifier('粤府〔2021〕53号', g, 'zh')).toBe('粤府〔2021〕53号');
    expect(identifier('L12', g, 'en')).toBe('L12');
  });
  it('quotes a name that holds Latin letters', () => {
    expect(
      identifier(
        '协会网站 gdipa.org',
        { '协会网站 gdipa.org': 'Association site gdipa.org' },
        'en',
      ),
    ).toBe('“协会网站 gdipa.org” (Association site gdipa.org)');
  });
  it('quotes a name that holds parentheses instead of nesting them', () => {
    expect(identifier('深圳(河源)园', { '深圳(河源)园': 'Shenzhen (Heyuan) Park' }, 'en')).toBe(
      '“深圳(河源)园” (Shenzhen (Heyuan) Park)',
    );
  });
});

describe('quoteGloss and pickGlosses', () => {
  it('glosses a quote for the English reader only, or says there is none', () => {
    expect(quoteGloss('依托', { 依托: 'relying on' }, 'en')).toBe('relying on');
    expect(quoteGloss('依托', { 依托: 'relying on' }, 'zh')).toBeNull();
    expect(quoteGloss('依靠', { 依托: 'relying on' }, 'en')).toBeNull();
  });
  it('picks only the strings a payload carries, sorted, once', () => {
    expect(pickGlosses({ 乙: 'b', 甲: 'a', 丙: 'c' }, ['甲', '乙', '甲', '丁'])).toEqual({
      乙: 'b',
      甲: 'a',
    });
    expect(Object.keys(pickGlosses({ 乙: 'b', 甲: 'a' }, ['甲', '乙']))).toEqual(['乙', '甲']);
  });
});

describe('shownQuote', () => {
  it('drops list markup the OCR kept, and nothing else', () => {
    expect(shownQuote('<li>★★★ 新能源</li>')).toBe('★★★ 新能源');
    expect(shownQuote('<li>★ Digital creative</li>')).toBe('★ Digital creative');
    expect(shownQuote('到 2025 年，规模 < 1 万亿元')).toBe('到 2025 年，规模 < 1 万亿元');
    expect(shownQuote('a  b')).toBe('a  b');
  });
});
