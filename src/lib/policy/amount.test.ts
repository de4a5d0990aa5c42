import { describe, expect, it } from 'vitest';
import { applyRate, decimalToInteger, parseFigure, toBasisPoints } from './amount';

describe('parseFigure', () => {
  it.each([
    ['700 万元', { unit: 'yuan', value: 7_000_000 }],
    ['5000 万元', { unit: 'yuan', value: 50_000_000 }],
    ['10 亿元', { unit: 'yuan', value: 1_000_000_000 }],
    ['1.5亿元', { unit: 'yuan', value: 150_000_000 }],
    ['12万元', { unit: 'yuan', value: 120_000 }],
    ['700万', { unit: 'yuan', value: 7_000_000 }],
    ['正数', { unit: 'yuan', value: 0 }],
    ['20%', { unit: 'percent', value: 20 }],
    ['1-2%', { unit: 'percent-range', min: 1, max: 2 }],
    ['80 分', { unit: 'score', value: 80 }],
    ['2 年', { unit: 'years', value: 2 }],
  ])('reads "%s" as written in the policy texts', (written, figure) => {
    expect(parseFigure(written)).toEqual(figure);
  });

  it.each(['', '七百万元', '700', '1.23456万元', '2-1%', '50 亿（含）', '-5万元'])(
    'refuses "%s" rather than guess',
    (written) => expect(parseFigure(written)).toBeNull(),
  );
});

describe('decimalToInteger', () => {
  it('scales exactly without floating point', () => {
    expect(decimalToInteger('0.0001', 4)).toBe(1);
    expect(decimalToInteger('9007199254740991', 0)).toBe(Number.MAX_SAFE_INTEGER);
  });
  it('refuses fractions of a unit and unsafe integers', () => {
    expect(decimalToInteger('0.00001', 4)).toBeNull();
    expect(decimalToInteger('9007199254740992', 0)).toBeNull();
  });
});

describe('applyRate', () => {
  it.each([
    [7_000_000, 20, 1_400_000],
    [4_000_001, 30, 1_200_000], // 1 200 000.3 rounds down
    [166_666_667, 30, 50_000_000], // 50 000 000.1 rounds down
    [123_456_789, 2, 2_469_135],
    [9_007_199_254_740_991, 30, 2_702_159_776_422_297],
    [0, 30, 0],
  ])('%i yuan at %d%% is %i whole yuan, rounded down', (base, rate, expected) => {
    expect(applyRate(base, rate)).toBe(expected);
  });

  it.each([
    [1.5, 20],
    [-1, 20],
    [100, 1.234],
  ])('rejects base %d at %d%%', (base, rate) => {
    expect(() => applyRate(base, rate)).toThrow(RangeError);
  });

  it('keeps two-decimal rates exact', () => {
    expect(toBasisPoints(0.07)).toBe(7);
    expect(toBasisPoints(12.34)).toBe(1234);
    expect(toBasisPoints(1.234)).toBeNull();
  });
});
