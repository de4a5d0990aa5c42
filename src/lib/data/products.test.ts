import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateProducts, type ProductsContext, type ProductsData } from './products-schema';
import { readSourceTexts } from '../server/editions';
import { PRODUCT_TERMS } from './products';

const raw = JSON.parse(readFileSync('data/products.json', 'utf8')) as ProductsData;
const atlas = JSON.parse(readFileSync('data/clusters.json', 'utf8')) as Omit<
  ProductsContext,
  'texts'
>;
const ctx: ProductsContext = { ...atlas, texts: readSourceTexts('data') };
const copy = (): ProductsData => structuredClone(raw);

describe('data/products.json', () => {
  it('passes the schema and the quote gate', () => {
    expect(validateProducts(raw, ctx).errors).toEqual([]);
  });

  it('is what the client search uses', () => {
    expect(PRODUCT_TERMS.map((t) => t.id)).toEqual(raw.terms.map((t) => t.id));
    expect(PRODUCT_TERMS.length).toBeGreaterThanOrEqual(20);
  });
});

describe('validateProducts rejects', () => {
  const cases: [string, (d: ProductsData) => void, RegExp][] = [
    [
      'a term the quote does not write',
      (d) => (d.terms[1]!.name.zh = '钠电池'),
      /terms\[1\] \(power-batteries\)\.places\[0\].*"钠电池" is not in the quote/,
    ],
    [
      'a city the quotes do not name',
      (d) => d.terms[0]!.places[0]!.cities.push('440500'),
      /cities\[11\]: 汕头 is not named in the quotes/,
    ],
    [
      'a quote from another sub-sector',
      (d) => (d.terms[0]!.places[0]!.subsector = 4),
      /outside the sub-sector's lines/,
    ],
    [
      'a sub-sector that does not exist',
      (d) => (d.terms[0]!.places[0]!.subsector = 9),
      /no such cluster sub-sector/,
    ],
    [
      'a quote not in the text',
      (d) => (d.terms[0]!.places[0]!.evidence[0]!.quote = '广州发展新能源汽车'),
      /not verbatim/,
    ],
    ['a duplicate id', (d) => d.terms.push(d.terms[0]!), /duplicate id/],
    ['pinyin with tones', (d) => (d.terms[0]!.pinyin = 'xīn néng'), /pinyin/],
  ];
  it.each(cases)('%s', (_, mutate, message) => {
    const d = copy();
    mutate(d);
    const r = validateProducts(d, ctx);
    expect(r.data).toBeNull();
    expect(r.errors.join('\n')).toMatch(message);
  });
});
