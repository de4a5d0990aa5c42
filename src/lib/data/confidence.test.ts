import { describe, expect, it } from 'vitest';
import { confidenceFor, type Basis } from './confidence';

const b = (table: Basis['table'], list: Basis['list'], text: boolean): Basis => ({
  table,
  list,
  text,
});

describe('confidenceFor (the rule in data/README.md)', () => {
  it.each([
    // members with a printed level
    ['own reading + text', 3, b('level', 'none', true), 'high'],
    ['own reading + map list', 1, b('level', 'member', false), 'high'],
    ['own reading alone', 2, b('level', 'none', false), 'medium'],
    ['pillar ★★ filler + text', 2, b('filler', 'none', true), 'medium'],
    ['pillar ★★ filler alone (counts only)', 2, b('filler', 'none', false), 'low'],
    ['realigned run + list', 1, b('realigned', 'member', false), 'medium'],
    ['level-bearing list + text', 2, b('blank', 'level', true), 'medium'],
    ['nothing but the counts', 1, b('blank', 'none', false), 'low'],
    // member, level not printed
    ['unprinted, list + text', null, b('blank', 'member', true), 'medium'],
    ['unprinted, list only', null, b('blank', 'member', false), 'low'],
    // zeros
    ['zero, nothing names it', 0, b('filler', 'absent', false), 'high'],
    ['zero, blank table', 0, b('blank', 'none', false), 'high'],
    ['zero, named in text only', 0, b('blank', 'absent', true), 'medium'],
    ['zero, a stray star', 0, b('stray', 'absent', false), 'medium'],
    ['zero, stray + list + text', 0, b('stray', 'member', true), 'low'],
  ] as const)('%s → %s', (_name, stars, basis, expected) => {
    expect(confidenceFor(stars, basis)).toBe(expected);
  });
});
