import { describe, expect, it } from 'vitest';
import { checkEnglishTexts, collectChinese, validateGlossary } from './glossary-validate';

/** A small data file: one cell with a quote, a locator and a note. */
const cells = (over: { quote?: string; locator?: string; en?: string } = {}) => ({
  cells: [
    {
      cluster: 'new-energy',
      city: '440700',
      note: { zh: '表格单元格', en: over.en ?? 'Named in Box 16 (专栏16).' },
      evidence: [
        {
          source: 'plan',
          locator: over.locator ?? '十四五规划 专栏16, L12',
          quote: over.quote ?? '依托江门',
        },
      ],
    },
  ],
});
const glossary = (
  over: Partial<Record<'quotes' | 'identifiers' | 'places', Record<string, string>>> = {},
) => ({
  quotes: { 依托江门: 'relying on Jiangmen', ...over.quotes },
  identifiers: {
    '十四五规划 专栏16, L12': '14th Five-Year Plan, Box 16, L12',
    ...over.identifiers,
  },
  places: { ...over.places },
});
function gate(data: unknown, g: unknown) {
  const raws = { 'clusters.json': data };
  const strings = collectChinese(data, 'clusters.json');
  return [...checkEnglishTexts(strings, raws), ...validateGlossary(g, strings, raws).errors];
}

describe('collectChinese', () => {
  it('sorts Chinese by field: quotes, identifiers, English texts; skips the Chinese side', () => {
    const s = collectChinese(cells(), 'clusters.json');
    expect([...s.quotes.keys()]).toEqual(['依托江门']);
    expect([...s.identifiers.keys()]).toEqual(['十四五规划 专栏16, L12']);
    expect(s.english.map((e) => e.text)).toEqual(['Named in Box 16 (专栏16).']);
    expect(s.quotes.get('依托江门')?.path).toEqual(['cells', 0, 'evidence', 0, 'quote']);
  });
});

describe('the glossary gate', () => {
  it('accepts data whose every Chinese string is glossed', () => {
    expect(gate(cells(), glossary())).toEqual([]);
  });
  it('refuses a quote without a gloss, naming the record and field', () => {
    expect(gate(cells({ quote: '依托肇庆' }), glossary())).toEqual([
      'clusters.json cells[0] (new-energy × 440700).evidence[0].quote: no English gloss in glossary.json quotes for “依托肇庆”',
      'quotes[“依托江门”]: stale, no data file shows this string as quotes',
    ]);
  });
  it('refuses an identifier without a rendering', () => {
    expect(gate(cells({ locator: '十四五规划 专栏15, L9' }), glossary())[0]).toBe(
      'clusters.json cells[0] (new-energy × 440700).evidence[0].locator: no English rendering in glossary.json identifiers for “十四五规划 专栏15, L9”',
    );
  });
  it('refuses a gloss that holds Han characters or fullwidth punctuation', () => {
    expect(gate(cells(), glossary({ quotes: { 依托江门: 'relying on 江门' } }))).toEqual([
      'quotes[“依托江门”]: the English holds Chinese characters or fullwidth punctuation: “relying on 江门”',
    ]);
    expect(gate(cells(), glossary({ quotes: { 依托江门: 'relying，on' } }))).toHaveLength(1);
  });
  it('refuses a stale entry', () => {
    expect(gate(cells(), glossary({ identifiers: { 专栏99: 'Box 99' } }))).toEqual([
      'identifiers[“专栏99”]: stale, no data file shows this string as identifiers',
    ]);
  });
  it('refuses a county without an English name, and one no carrier is placed in', () => {
    const raws = {
      'clusters.json': cells(),
      'platforms.json': { carriers: [{ id: 'p', county: '441521' }] },
    };
    const strings = collectChinese(cells(), 'clusters.json');
    strings.places.set('海丰县', { file: 'platforms.json', path: ['carriers', 0, 'county'] });
    expect(validateGlossary(glossary(), strings, raws).errors).toEqual([
      'platforms.json carriers[0] (p).county: no English name in glossary.json places for “海丰县”',
    ]);
    expect(
      validateGlossary(
        glossary({ places: { 海丰县: 'Haifeng County', 陆河县: 'Luhe County' } }),
        strings,
        raws,
      ).errors,
    ).toEqual(['places[“陆河县”]: stale, no data file shows this string as places']);
  });
  it('refuses an empty gloss and a malformed file', () => {
    expect(gate(cells(), glossary({ quotes: { 依托江门: ' ' } }))).toEqual([
      'quotes.依托江门: is empty',
    ]);
    expect(gate(cells(), { quotes: {} })[0]).toMatch(/^identifiers: /);
  });
  it.each([
    ['a bare Chinese run', 'Named in 专栏16.', '“专栏16”'],
    ['a quote without its gloss', 'Reads “依托” here.', '“依托”'],
    ['Chinese in parentheses with words', 'Named (the 专栏16 box).', '“专栏16”'],
    ['a name in parentheses at the start', '(专栏16) names it.', '“专栏16”'],
  ])('refuses an English text with %s', (_what, en, run) => {
    expect(gate(cells({ en }), glossary())).toEqual([
      `clusters.json cells[0] (new-energy × 440700).note.en: Chinese outside a name in parentheses or a glossed quote: ${run}`,
    ]);
  });
  it('accepts an English text with a glossed quote', () => {
    expect(
      gate(cells({ en: 'Named as “依托” ("relying on") in Box 16 (专栏16).' }), glossary()),
    ).toEqual([]);
  });
});
