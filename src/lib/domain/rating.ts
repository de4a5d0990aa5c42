/**
 * A cell's rating as readers see it: 0–3 stars, or "member, level not printed" (`null`): the
 * city hosts the cluster but the plan's printed level for it is lost. Such a cell is never shown
 * or counted as ★. Pure.
 */
import type { Rating } from '../data/schema';
import { starKey, t, type Lang } from '../i18n/messages';
import { STAR_COLORS, UNPRINTED_COLOR } from './palette';

export type { Rating };

/** Hosts the cluster, whether or not its level is printed. */
export function isMember(r: Rating): boolean {
  return r !== 0;
}

/** Stars that can be added up: an unprinted level adds none (it is counted apart). */
export function starCount(r: Rating): number {
  return r ?? 0;
}

/** Sort key: not laid out < member with unprinted level < ★ < ★★ < ★★★. */
export function ratingOrder(r: Rating): number {
  return r === null ? 0.5 : r;
}

/** The message key naming a rating. */
export function ratingKey(r: Rating): ReturnType<typeof starKey> | 'starUnprinted' {
  return r === null ? 'starUnprinted' : starKey(r);
}

/** "核心 ★★★" / "Member, level not printed", in the reader's language. */
export function ratingLabel(r: Rating, lang: Lang): string {
  return t(lang, ratingKey(r));
}

/** The glyph a cell shows: ★★★, – for none, ○ for a member whose level is not printed. */
export function ratingGlyphs(r: Rating): string {
  if (r === null) return UNPRINTED_GLYPH;
  return r > 0 ? '★'.repeat(r) : '–';
}

export const UNPRINTED_GLYPH = '○';

/** The CSV / GeoJSON value of a rating: the star count, or "unprinted". */
export function ratingExport(r: Rating): number | 'unprinted' {
  return r === null ? 'unprinted' : r;
}

/** The fill of a cell: the star ramp, or the unprinted colour (outside the ramp). */
export function ratingColor(r: Rating): string {
  return r === null ? UNPRINTED_COLOR : STAR_COLORS[r];
}
