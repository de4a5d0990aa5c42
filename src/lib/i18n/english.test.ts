import { describe, expect, it } from 'vitest';
import { englishParts, readingRuns, strayChinese } from './english';
import { runs } from './runs';

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

describe('readingRuns', () => {
  it('reads a name in parentheses and a glossed quote out of English text', () => {
    expect(readingRuns('Box 1 (专栏1) makes it a “依托” ("relying on") city', 'en')).toEqual([
      { text: 'Box 1 (', lang: null },
      { text: '专栏1', lang: 'zh' },
      { text: ') makes it a ', lang: null },
      { text: '依托', lang: 'zh', gloss: '"relying on"' },
      { text: ' city', lang: null },
    ]);
  });
  it('still marks Chinese in neither form, and reads Chinese text as before', () => {
    expect(readingRuns('Named in 专栏1', 'en')).toEqual([
      { text: 'Named in ', lang: null },
      { text: '专栏1', lang: 'zh' },
    ]);
    expect(readingRuns('依托；LNG接收站', 'zh')).toEqual(runs('依托；LNG接收站', 'zh'));
  });
});
