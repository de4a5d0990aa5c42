/**
 * Moves city labels apart on screen so none overlap (the Delta's small cities crowd at province
 * zoom). Greedy: labels are placed in the given order, each at the first candidate offset around
 * its anchor that overlaps no label placed before it. Pure: screen boxes in, offsets out.
 */
export interface LabelBox {
  id: string;
  /** Anchor on screen (the label's centre when not moved). */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Candidate offsets in order of preference: stay, then rings of 8 directions, growing. */
function candidates(w: number, h: number): [number, number][] {
  const out: [number, number][] = [[0, 0]];
  for (let ring = 1; ring <= 6; ring++) {
    const dx = (w / 2 + 2) * ring * 0.8;
    const dy = (h / 2 + 2) * ring;
    out.push([0, -dy], [0, dy], [dx, 0], [-dx, 0], [dx, -dy], [-dx, -dy], [dx, dy], [-dx, dy]);
  }
  return out;
}

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;

export function declutter(boxes: readonly LabelBox[]): Map<string, [number, number]> {
  const placed: { x: number; y: number; w: number; h: number }[] = [];
  const offsets = new Map<string, [number, number]>();
  for (const b of boxes) {
    const options = candidates(b.w, b.h);
    const choice =
      options.find(
        ([dx, dy]) => !placed.some((p) => overlaps({ ...b, x: b.x + dx, y: b.y + dy }, p)),
      ) ?? options[0]!;
    placed.push({ ...b, x: b.x + choice[0], y: b.y + choice[1] });
    offsets.set(b.id, choice);
  }
  return offsets;
}
