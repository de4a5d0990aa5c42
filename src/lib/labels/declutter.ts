/**
 * Moves city labels apart on screen so none overlap (the Delta's small cities crowd at province
 * zoom). Greedy: labels are placed in the given order, each at the first candidate offset around
 * its anchor that overlaps no label placed before it and, when the viewport is given, stays
 * inside it (a label pushed past the edge of a narrow embed would be cut off). Pure: screen boxes
 * in, offsets out.
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

export function declutter(
  boxes: readonly LabelBox[],
  viewport?: Viewport,
): Map<string, [number, number]> {
  const placed: { x: number; y: number; w: number; h: number }[] = [];
  const offsets = new Map<string, [number, number]>();
  for (const b of boxes) {
    const options = candidates(b.w, b.h);
    // A city whose anchor is off screen (the map is panned) is not pulled into view.
    const anchored = !!viewport && inside({ ...b, w: 0, h: 0 }, viewport);
    const fits = (x: number, y: number) => !anchored || inside({ ...b, x, y }, viewport!);
    const choice =
      options.find(
        ([dx, dy]) =>
          fits(b.x + dx, b.y + dy) &&
          !placed.some((p) => overlaps({ ...b, x: b.x + dx, y: b.y + dy }, p)),
      ) ??
      options.find(([dx, dy]) => fits(b.x + dx, b.y + dy)) ??
      options[0]!;
    placed.push({ ...b, x: b.x + choice[0], y: b.y + choice[1] });
    offsets.set(b.id, choice);
  }
  return offsets;
}
