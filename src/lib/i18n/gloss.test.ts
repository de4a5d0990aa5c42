import { describe, expect, it } from 'vitest';
import { englishParts, identifier, pickGlosses, quoteGloss, strayChinese } from './gloss';

describe('englishParts', () => {
  it('finds a name in parentheses after its English name and a quote with its gloss', () => {
    expect(englishParts('Named in Box 1 (专栏1), as “依托” ("relying on").')).toEqual([
      { kind: 'text', text: 'Named in Box 1 (' },
      { kind: 'name', zh: '专栏1' },
      { kind: 'text', text: '), as ' },
      { kind: 'quote', zh: '依托', gloss: '"relying on"' },
      { kind: 'text', text: '.' },
    ]);
  });
  it('lets a gloss hold one level of parentheses', () => {
    expect(
      englishParts(
        'the park “深圳(河源)产业转移工业园” (Shenzhen (Heyuan) Industrial Transfer Park)',
      ),
    ).toContainEqual({
      kind: 'quote',
      zh: '深圳(河源)产业转移工业园',
      gloss: 'Shenzhen (Heyuan) Industrial Transfer Park',
    });
  });
  it('keeps every character', () => {
    const text = 'A (甲) b “乙” (B) c 丙 d';
    const joined = englishParts(text)
      .map((p) =>
        p.kind === 'text' ? p.text : p.kind === 'name' ? p.zh : `“${p.zh}” (${p.gloss})`,
      )
      .join('');
    expect(joined).toBe(text);
  });
});

describe('strayChinese', () => {
  const clean = [
    'Jiangmen (江门) hosts it.',
    'Yuefu [2021] No. 53 (粤府〔2021〕53号) says so.',
    'Box 15 (专栏15) and “依托” ("relying on") twice: “依托” ("relying on").',
    'Only English, ★★ and L1663.',
  ];
  it.each(clean)('accepts %s', (en) => expect(strayChinese(en)).toEqual([]));

  const bad: [string, string[]][] = [
    ['Named in 专栏1 for Heyuan', ['专栏1']],
    ['a bare quote “依托” here', ['依托']],
    ['a quote “依托” (依托 means relying)', ['依托', '依托']],
    ['words inside the parentheses (the 依托 city)', ['依托']],
    ['(江门) at the start', ['江门']],
    ['Jiangmen(江门) without a space', ['江门']],
    ['fullwidth punctuation alone，here', ['，']],
  ];
  it.each(bad)('refuses %s', (en, runs) => expect(strayChinese(en)).toEqual(runs));
  it('refuses Chinese in parentheses that do not follow an English name', () => {
    expect(strayChinese('(江门) at the start')).toEqual(['江门']);
    expect(strayChinese('see: (江门)')).toEqual(['江门']);
  });
});

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
