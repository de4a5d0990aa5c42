import { describe, expect, it } from 'vitest';
import { decodeComponent, readQuery } from './query';

describe('decodeComponent', () => {
  // [raw, decoded]
  const cases: [string, string][] = [
    ['a+b', 'a b'],
    ['%E6%B2%B3%E6%BA%90', '河源'],
    ['50%25', '50%'],
    ['%2B', '+'],
    ['%E0%A4%A', '%E0%A4%A'],
    ['%%', '%%'],
    ['%', '%'],
    ['%zz', '%zz'],
    ['ok%20then%E0%A4%A', 'ok then%E0%A4%A'],
    ['%ED%A0%80', '%ED%A0%80'],
    ['%E6%B2%B3%FF', '%E6%B2%B3%FF'],
  ];
  it.each(cases)('decodes %j without throwing', (raw, decoded) => {
    expect(decodeComponent(raw)).toBe(decoded);
  });
});

describe('readQuery', () => {
  it('splits pairs in order, skipping empty ones, with or without a leading "?"', () => {
    expect(readQuery('?a=1&&b&=c&d=e=f').pairs).toEqual([
      { key: 'a', value: '1', tooLong: false },
      { key: 'b', value: '', tooLong: false },
      { key: '', value: 'c', tooLong: false },
      { key: 'd', value: 'e=f', tooLong: false },
    ]);
  });

  it('reads URLSearchParams in order', () => {
    expect(readQuery(new URLSearchParams('a=1&a=2')).pairs.map((p) => p.value)).toEqual(['1', '2']);
  });

  it('cuts very long keys for display', () => {
    const [pair] = readQuery(`${'k'.repeat(5000)}=1`).pairs;
    expect(pair?.key).toBe(`${'k'.repeat(64)}…`);
  });
});
