/**
 * Moves city labels apart on screen so none overlap (the Delta's small cities crowd at province
 * zoom). Greedy: labels are placed in the given order, each at the first candidate offset around
 * its anchor that overlaps no label placed before it, whose leader line (label centre back to
 * its own anchor) crosses no other leader line and no other label, and, when the viewport is
 * given, that stays inside it (a label pushed past the edge of a narrow embed would be cut off).
 * Constraints are dropped in that order when nothing satisfies them all. Pure: screen boxes in,
 * offsets out.
 */
export interface LabelBox {
  id: string;
  /** Anchor on screen (the label's centre when not moved). */
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Candidate offsets in order of preference: stay, then points on growing rings of 16 directions
 * around the anchor, nearest first (so a moved label and its leader line stay as short as the
 * crowd allows).
 */
function candidates(w: number, h: number): [number, number][] {
  const out: [number, number][] = [];
  for (let ring = 1; ring <= 8; ring++)
    for (let k = 0; k < 16; k++) {
      const a = (k / 16) * 2 * Math.PI;
      // Rings are ellipses sized to the label: it moves about half its width or height per ring.
      out.push([
        Math.round(Math.cos(a) * (w / 2 + 2) * ring * 0.8),
        Math.round(-Math.sin(a) * (h / 2 + 2) * ring),
      ]);
    }
  out.sort((p, q) => Math.hypot(p[0], p[1]) - Math.hypot(q[0], q[1]));
  return [[0, 0], ...out];
}

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;

/** Whether a box lies wholly inside the viewport. */
const inside = (b: { x: number; y: number; w: number; h: number }, v: Viewport) =>
  b.x - b.w / 2 >= 0 && b.y - b.h / 2 >= 0 && b.x + b.w / 2 <= v.width && b.y + b.h / 2 <= v.height;

export interface Viewport {
  width: number;
  height: number;
}

type Point = { x: number; y: number };
type Box = Point & { w: number; h: number };
type Segment = [Point, Point];

const cross = (o: Point, a: Point, b: Point) =>
  (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether two segments properly cross (touching at an end does not count). */
export function segmentsCross([p, q]: Segment, [r, s]: Segment): boolean {
  const d1 = cross(r, s, p);
  const d2 = cross(r, s, q);
  const d3 = cross(p, q, r);
  const d4 = cross(p, q, s);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Whether a segment passes through a box (an end inside it, or crossing one of its sides). */
export function segmentHitsBox(seg: Segment, b: Box): boolean {
  const [x0, x1, y0, y1] = [b.x - b.w / 2, b.x + b.w / 2, b.y - b.h / 2, b.y + b.h / 2];
  const within = (p: Point) => p.x > x0 && p.x < x1 && p.y > y0 && p.y < y1;
  if (within(seg[0]) || within(seg[1])) return true;
  const corners = [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ];
  return corners.some((c, i) => segmentsCross(seg, [c, corners[(i + 1) % 4]!]));
}

export function declutter(
  boxes: readonly LabelBox[],
  viewport?: Viewport,
): Map<string, [number, number]> {
  const placed: Box[] = [];
  const leaders: Segment[] = [];
  const offsets = new Map<string, [number, number]>();
  for (const b of boxes) {
    const options = candidates(b.w, b.h);
    // A city whose anchor is off screen (the map is panned) is not pulled into view.
    const anchored = !!viewport && inside({ ...b, w: 0, h: 0 }, viewport);
    const at = ([dx, dy]: [number, number]): Box => ({ ...b, x: b.x + dx, y: b.y + dy });
    const fits = (o: [number, number]) => !anchored || inside(at(o), viewport!);
    const free = (o: [number, number]) => !placed.some((p) => overlaps(at(o), p));
    const leader = (o: [number, number]): Segment | null =>
      o[0] === 0 && o[1] === 0 ? null : [{ x: b.x, y: b.y }, at(o)];
    // Its leader crosses no other leader, and its box covers no other leader.
    const untangled = (o: [number, number]) => {
      const seg = leader(o);
      const box = at(o);
      return (
        leaders.every((l) => !segmentHitsBox(l, box)) &&
        (!seg || leaders.every((l) => !segmentsCross(seg, l)))
      );
    };
    // Its leader runs through no label (except one already covering its anchor).
    const clear = (o: [number, number]) => {
      const seg = leader(o);
      return (
        !seg || placed.every((p) => overlaps(p, { ...b, w: 0, h: 0 }) || !segmentHitsBox(seg, p))
      );
    };
    // Leader lines stay short: within a quarter of the viewport's width when there is one.
    const limit = viewport ? viewport.width / 4 : Infinity;
    const short = (o: [number, number]) => Math.hypot(o[0], o[1]) < limit;
    const choice =
      options.find((o) => fits(o) && free(o) && untangled(o) && clear(o) && short(o)) ??
      options.find((o) => fits(o) && free(o) && untangled(o) && short(o)) ??
      options.find((o) => fits(o) && free(o) && untangled(o)) ??
      options.find((o) => fits(o) && free(o)) ??
      options.find(fits) ??
      options[0]!;
    placed.push(at(choice));
    const seg = leader(choice);
    if (seg) leaders.push(seg);
    offsets.set(b.id, choice);
  }
  return offsets;
}
