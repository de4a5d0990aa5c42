/**
 * Confidence by evidence, the rule written in data/README.md ("Ratings and confidence"). A cell's
 * `basis` records what each kind of evidence says about it; this function alone turns that into
 * high / medium / low, so the grades are reproducible (`npm run confidence` applies it, the gate
 * checks every cell against it). Pure.
 */
import * as v from 'valibot';
import type { Confidence } from './kit';

export const Basis = v.strictObject({
  /**
   * The appendix table in the city's own column: `level` a printed reading of this city's level
   * (pillar ★★★★ or ★, any emerging run); `filler` the pillar table's ★★, which the OCR printed in
   * every blank; `realigned` the run read for this city is printed in another column; `blank`
   * nothing printed that belongs to the city; `stray` a non-filler star printed there that the
   * reconstruction gives to no one or to another city (zeros only).
   */
  table: v.picklist(['level', 'filler', 'realigned', 'blank', 'stray']),
  /** The city's map list: `level` names the cluster with a level-bearing run; `member` names it; `absent` omits it; `none` no usable list. */
  list: v.picklist(['level', 'member', 'absent', 'none']),
  /** A 专栏 or supporting document names the city for the cluster. */
  text: v.boolean(),
});
export type Basis = v.InferOutput<typeof Basis>;

/**
 * - Member with a printed level: **high** when the table prints the city's own reading and an
 *   independent statement (map list or text) names the city; **medium** when the level rests on one
 *   reading (a table reading alone, the ★★ filler, a realigned run, a level-bearing list);
 *   **low** when nothing but the counts puts the city there.
 * - Member, level not printed (`stars` null): medium when map list and text both name it, else low.
 * - Zero: **high** when nothing prints or names the city for the cluster; **medium** when one
 *   source does (text, list or a stray star); **low** when two or more do and only the counts
 *   exclude it.
 *
 * @example confidenceFor(2, { table: 'filler', list: 'none', text: true }) // 'medium'
 */
export function confidenceFor(stars: number | null, b: Basis): Confidence {
  const statements = (b.list === 'member' || b.list === 'level' ? 1 : 0) + (b.text ? 1 : 0);
  if (stars === null) return statements >= 2 ? 'medium' : 'low';
  if (stars > 0) {
    if (b.table === 'level') return statements >= 1 ? 'high' : 'medium';
    const oneReading = b.table === 'filler' || b.table === 'realigned' || b.list === 'level';
    return oneReading && statements >= 1 ? 'medium' : 'low';
  }
  const named = statements + (b.table === 'stray' ? 1 : 0);
  return named === 0 ? 'high' : named === 1 ? 'medium' : 'low';
}
