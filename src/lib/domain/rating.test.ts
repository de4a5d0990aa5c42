import { describe, expect, it } from 'vitest';
import {
  isMember,
  ratingColor,
  ratingExport,
  ratingGlyphs,
  ratingLabel,
  ratingOrder,
  starCount,
} from './rating';
import { STAR_COLORS, UNPRINTED_COLOR } from './palette';

describe('ratings', () => {
  it.each([
    [3, true, 3, '★★★', '核心 ★★★', 'Core ★★★', 3, STAR_COLORS[3]],
    [1, true, 1, '★', '一般 ★', 'General ★', 1, STAR_COLORS[1]],
    [0, false, 0, '–', '未布局', 'Not laid out', 0, STAR_COLORS[0]],
    [
      null,
      true,
      0,
      '○',
      '布局城市，等级未印出',
      'Member, level not printed',
      'unprinted',
      UNPRINTED_COLOR,
    ],
  ] as const)('%s: member %s, %s stars, %s', (r, member, n, glyphs, zh, en, out, color) => {
    expect(isMember(r)).toBe(member);
    expect(starCount(r)).toBe(n);
    expect(ratingGlyphs(r)).toBe(glyphs);
    expect(ratingLabel(r, 'zh')).toBe(zh);
    expect(ratingLabel(r, 'en')).toBe(en);
    expect(ratingExport(r)).toBe(out);
    expect(ratingColor(r)).toBe(color);
  });

  it('never shows an unprinted level as a star', () => {
    expect(ratingGlyphs(null)).not.toContain('★');
    expect(ratingLabel(null, 'en')).not.toContain('★');
  });

  it('sorts an unprinted level between none and ★', () => {
    expect(([1, null, 0] as const).slice().sort((a, b) => ratingOrder(a) - ratingOrder(b))).toEqual(
      [0, null, 1],
    );
  });
});
