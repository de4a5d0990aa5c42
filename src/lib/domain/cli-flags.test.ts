import { describe, expect, it } from 'vitest';
import { splitFlags } from './cli-flags';

const split = (argv: string[]) =>
  splitFlags(argv, ['cluster', 'lang'] as const, ['csv'], { zone: 'no zones here' });

describe('splitFlags', () => {
  it('takes its own flags and switches and passes the rest on in order', () => {
    expect(
      split(['--city', '河源', '--cluster=汽车', '--csv', '--equipment', '1亿', '--lang', 'zh']),
    ).toEqual({
      ok: true,
      help: false,
      own: { cluster: '汽车', lang: 'zh' },
      switches: new Set(['csv']),
      rest: ['--city', '河源', '--equipment', '1亿'],
    });
  });

  it('stops at --help', () => {
    expect(split(['--cluster', 'x', '-h'])).toMatchObject({ ok: true, help: true });
  });

  it.each([
    [['--cluster'], '--cluster needs a value'],
    [['--cluster', '--csv'], '--cluster needs a value'],
    [['--cluster', ' '], '--cluster needs a value'],
    [['--lang', 'zh', '--lang=en'], '--lang is given twice'],
    [['--zone', 'east'], 'no zones here'],
  ])('refuses %j', (argv, error) => {
    expect(split(argv)).toEqual({ ok: false, error });
  });
});
