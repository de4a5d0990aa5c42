import { describe, expect, it } from 'vitest';
import { makeContext } from './fixtures';
import { describeIgnored } from './notice';
import { parseView, type IgnoredParam } from './url';

const two: IgnoredParam[] = [
  { key: 'foo', value: 'bar', reason: 'unknown-key' },
  { key: 'c', value: 'xyz', reason: 'unknown-cluster' },
];

describe('describeIgnored', () => {
  it('says nothing when nothing was ignored', () => {
    expect(describeIgnored([], 'en')).toBe('');
    expect(describeIgnored([], 'zh')).toBe('');
  });

  it('names each ignored param with its reason, in English and Chinese', () => {
    expect(describeIgnored(two, 'en')).toBe(
      'Ignored 2 link parameters: foo (unknown), c=xyz (unknown cluster)',
    );
    expect(describeIgnored(two, 'zh')).toBe(
      '已忽略 2 个链接参数：foo（未知参数）、c=xyz（未知集群）',
    );
  });

  it('uses the singular for one param', () => {
    expect(describeIgnored(two.slice(0, 1), 'en')).toBe('Ignored 1 link parameter: foo (unknown)');
  });

  it('names the first five and counts the rest, including params past the read limit', () => {
    const many: IgnoredParam[] = [
      ...Array.from({ length: 7 }, (_, i) => ({
        key: `k${i}`,
        value: '',
        reason: 'unknown-key' as const,
      })),
      { key: '', value: '40', reason: 'too-many' },
    ];
    expect(describeIgnored(many, 'en')).toBe(
      'Ignored 47 link parameters: k0 (unknown), k1 (unknown), k2 (unknown), k3 (unknown), k4 (unknown), and 42 more',
    );
    expect(describeIgnored(many, 'zh')).toMatch(
      /^已忽略 47 个链接参数：k0（未知参数）、.*，另有 42 项$/,
    );
  });

  it('shortens long values and flattens control characters so the notice stays one line', () => {
    const notice = describeIgnored(
      [{ key: 'title', value: `a\nb${'x'.repeat(100)}`, reason: 'truncated' }],
      'en',
    );
    expect(notice).toBe(`Ignored 1 link parameter: title=a b${'x'.repeat(21)}… (truncated)`);
  });

  it('describes what parseView ignored in a mangled link', () => {
    const { ignored } = parseView('c=new-energy,xyz&foo=1&lang=en&lang=zh&title=', makeContext());
    expect(describeIgnored(ignored, 'en')).toBe(
      'Ignored 3 link parameters: c=xyz (unknown cluster), foo (unknown), lang=zh (duplicate)',
    );
  });
});
