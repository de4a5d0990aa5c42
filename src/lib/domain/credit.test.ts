import { describe, expect, it } from 'vitest';
import { creditFor, creditText, starsDocument, type CreditSource } from './credit';

/** Sources as the atlas lists them; the 2023 opinion comes first, as in the real file. */
const sources = (): CreditSource[] => [
  {
    id: 'gd-manufacturing-powerhouse-opinions-2023',
    title: { zh: '制造强省意见', en: 'Opinions' },
  },
  {
    id: 'gd-industry-policy-compilation-2021',
    title: { zh: '政策汇编', en: 'Compilation' },
    date: '2021-11',
    parts: [
      {
        id: 'tech-renovation-fund-rules',
        title: { zh: '技改资金细则', en: 'Tech-upgrade fund rules' },
        docNumber: '粤工信规字〔2021〕5号',
      },
      {
        id: 'plan-14th-fyp',
        title: {
          zh: '广东省制造业高质量发展“十四五”规划',
          en: '14th Five-Year manufacturing plan',
        },
        docNumber: '粤府〔2021〕53号',
        date: '2021-07-30',
      },
    ],
  },
  { id: 'heyuan-manufacturing-measures-draft', title: { zh: '河源措施', en: 'Heyuan measures' } },
];

describe('creditFor', () => {
  it('credits the stars to the 14th Five-Year plan by id, not the first source', () => {
    expect(creditFor({ stars: true }, sources()).text).toEqual({
      zh: '广东省制造业高质量发展“十四五”规划（粤府〔2021〕53号）',
      en: '14th Five-Year manufacturing plan (粤府〔2021〕53号)',
    });
  });

  it('credits each subsidy rule’s own document, once', () => {
    const rule = (id: string, document: string, docNumber?: string) => ({
      source: { id, document, ...(docNumber ? { docNumber } : {}) },
    });
    const c = creditFor(
      {
        rules: [
          rule('gd-industry-policy-compilation-2021', '技改', '粤工信规字〔2021〕5号'),
          rule('heyuan-manufacturing-measures-draft', '河源市措施'),
          rule('gd-industry-policy-compilation-2021', '技改', '粤工信规字〔2021〕5号'),
        ],
      },
      sources(),
    );
    expect(c.docs.map((d) => d.key)).toEqual([
      'gd-industry-policy-compilation-2021/tech-renovation-fund-rules',
      'heyuan-manufacturing-measures-draft:河源市措施',
    ]);
    expect(c.text.en).toBe('Tech-upgrade fund rules (粤工信规字〔2021〕5号); Heyuan measures');
  });

  it('credits carriers to their own sources, reprints by the original byline', () => {
    const c = creditFor(
      {
        carriers: [
          { kind: 'seed', source: 'heyuan-manufacturing-measures-draft' },
          { kind: 'reference', publisher: '韶关日报', date: '2023-04-30' },
          { kind: 'reprint', byline: '羊城晚报', date: null },
        ],
      },
      sources(),
    );
    expect(c.text.zh).toBe('河源措施；韶关日报；转载副本；原发布者：羊城晚报');
    expect(c.text.en).toBe('Heyuan measures; 韶关日报; reprinted copy; original: 羊城晚报');
  });

  it('lists stars, rules and carriers in that order', () => {
    const c = creditFor(
      {
        stars: true,
        rules: [{ source: { id: 'heyuan-manufacturing-measures-draft', document: 'x' } }],
        carriers: [{ kind: 'seed', source: 'gd-manufacturing-powerhouse-opinions-2023' }],
      },
      sources(),
    );
    expect(c.docs.map((d) => d.title.en)).toEqual([
      '14th Five-Year manufacturing plan',
      'Heyuan measures',
      'Opinions',
    ]);
  });

  it('fails loudly when the plan is missing, instead of crediting another document', () => {
    expect(() => starsDocument(sources().slice(0, 1))).toThrow(/plan-14th-fyp/);
  });

  it('writes an empty credit for a view with nothing to credit', () => {
    expect(creditText([], 'zh')).toBe('');
  });
});
