import { describe, expect, it } from 'vitest';
import { amountInWords, parseAmountText } from './amount-input';

describe('parseAmountText', () => {
  it.each<[string, 'yuan' | 'wan', number]>([
    ['5亿', 'yuan', 500_000_000],
    ['1.5亿', 'wan', 150_000_000],
    ['700万', 'yuan', 7_000_000],
    ['700万元', 'wan', 7_000_000],
    ['5 亿元', 'yuan', 500_000_000],
    ['7,000,000', 'yuan', 7_000_000],
    ['7000000元', 'wan', 7_000_000],
    ['700', 'wan', 7_000_000],
    ['700', 'yuan', 700],
    ['0.5', 'wan', 5_000],
    ['1.23456亿', 'yuan', 123_456_000],
  ])('reads %s (bare digits in %s) as %d yuan', (raw, bare, yuan) => {
    expect(parseAmountText(raw, bare)).toEqual({ ok: true, yuan });
  });

  it('treats an empty box as no value', () => {
    expect(parseAmountText('  ', 'wan')).toBeNull();
  });

  it.each([
    ['lots', 'Cannot read'],
    ['5千万', 'Cannot read'],
    ['-5亿', 'negative'],
    ['1.5', 'not a whole number of yuan'],
    ['1.000001万', 'not a whole number of yuan'],
    ['99999999999亿', 'too large'],
  ])('refuses %s with a message', (raw, message) => {
    const r = parseAmountText(raw, 'yuan');
    expect(r?.ok).toBe(false);
    expect(r && !r.ok && r.error.en).toContain(message);
    expect(r && !r.ok && r.error.zh).not.toBe('');
  });
});

describe('amountInWords', () => {
  it.each([
    [500_000_000, '5亿元', '500 million yuan'],
    [150_000_000, '1亿5000万元', '150 million yuan'],
    [7_000_000, '700万元', '7 million yuan'],
    [2_000_000_000, '20亿元', '2 billion yuan'],
    [12_345, '1万2345元', '12,345 yuan'],
    [0, '0元', '0 yuan'],
  ])('says %d as %s / %s', (yuan, zh, en) => {
    expect(amountInWords(yuan)).toEqual({ zh, en });
  });
});
