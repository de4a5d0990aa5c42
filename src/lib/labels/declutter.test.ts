import { describe, expect, it } from 'vitest';
import { declutter, segmentHitsBox, segmentsCross } from './declutter';

const box = (id: string, x: number, y: number) => ({ id, x, y, w: 40, h: 24 });

describe('declutter', () => {
  it('leaves labels that do not touch where they are', () => {
    const o = declutter([box('a', 0, 0), box('b', 100, 0)]);
    expect(o.get('a')).toEqual([0, 0]);
    expect(o.get('b')).toEqual([0, 0]);
  });

  it('moves a later label off an earlier one, and the result has no overlaps', () => {
    const boxes = [box('a', 0, 0), box('b', 10, 5), box('c', 5, -5), box('d', 0, 10)];
    const o = declutter(boxes);
    expect(o.get('a')).toEqual([0, 0]);
    const placed = boxes.map((b) => ({ ...b, x: b.x + o.get(b.id)![0], y: b.y + o.get(b.id)![1] }));
    for (const [i, p] of placed.entries())
      for (const q of placed.slice(i + 1))
        expect(Math.abs(p.x - q.x) * 2 >= p.w + q.w || Math.abs(p.y - q.y) * 2 >= p.h + q.h).toBe(
          true,
        );
  });

  it('is deterministic', () => {
    const boxes = [box('a', 0, 0), box('b', 3, 3), box('c', 6, 6)];
    expect([...declutter(boxes)]).toEqual([...declutter(boxes)]);
  });

  it('keeps labels inside the viewport when one is given, moving them in from the edge', () => {
    const v = { width: 200, height: 100 };
    // Anchored at the right edge: unmoved, half of it would be cut off.
    const o = declutter([box('edge', 195, 50)], v);
    const [dx, dy] = o.get('edge')!;
    expect(195 + dx + 20).toBeLessThanOrEqual(200);
    expect(50 + dy - 12).toBeGreaterThanOrEqual(0);
    // Without a viewport the same label stays put.
    expect(declutter([box('edge', 195, 50)]).get('edge')).toEqual([0, 0]);
  });

  it('places crowded labels inside the viewport without overlaps when there is room', () => {
    const v = { width: 240, height: 160 };
    const boxes = [box('a', 120, 80), box('b', 125, 82), box('c', 118, 78), box('d', 230, 150)];
    const o = declutter(boxes, v);
    const placed = boxes.map((b) => ({ ...b, x: b.x + o.get(b.id)![0], y: b.y + o.get(b.id)![1] }));
    for (const p of placed) {
      expect(p.x - p.w / 2).toBeGreaterThanOrEqual(0);
      expect(p.x + p.w / 2).toBeLessThanOrEqual(v.width);
      expect(p.y - p.h / 2).toBeGreaterThanOrEqual(0);
      expect(p.y + p.h / 2).toBeLessThanOrEqual(v.height);
    }
    for (const [i, p] of placed.entries())
      for (const q of placed.slice(i + 1))
        expect(Math.abs(p.x - q.x) * 2 >= p.w + q.w || Math.abs(p.y - q.y) * 2 >= p.h + q.h).toBe(
          true,
        );
  });

  it('does not pull in a city whose anchor is off screen (a panned map)', () => {
    expect(declutter([box('off', -30, 50)], { width: 200, height: 100 }).get('off')).toEqual([
      0, 0,
    ]);
  });
});

describe('leader lines', () => {
  it('finds crossing segments and ignores ones that only meet at an end', () => {
    const p = (x: number, y: number) => ({ x, y });
    expect(segmentsCross([p(0, 0), p(10, 10)], [p(0, 10), p(10, 0)])).toBe(true);
    expect(segmentsCross([p(0, 0), p(10, 0)], [p(0, 5), p(10, 5)])).toBe(false);
    expect(segmentsCross([p(0, 0), p(10, 10)], [p(10, 10), p(20, 0)])).toBe(false);
    expect(segmentHitsBox([p(-50, 0), p(50, 0)], { x: 0, y: 0, w: 10, h: 10 })).toBe(true);
    expect(segmentHitsBox([p(-50, 20), p(50, 20)], { x: 0, y: 0, w: 10, h: 10 })).toBe(false);
  });

  it('never lets two leader lines cross, even in a crowd', () => {
    // A crowded delta: twelve anchors packed into a small square, as at province zoom on a phone.
    const boxes = Array.from({ length: 12 }, (_, i) =>
      box(`c${i}`, 200 + (i % 4) * 12, 200 + Math.floor(i / 4) * 10),
    );
    const o = declutter(boxes, { width: 400, height: 400 });
    const placed = boxes.map((b) => ({ ...b, x: b.x + o.get(b.id)![0], y: b.y + o.get(b.id)![1] }));
    const leaders = placed
      .map((p, i) => ({ id: p.id, seg: [{ x: boxes[i]!.x, y: boxes[i]!.y }, p] as const }))
      .filter(({ seg }) => seg[0].x !== seg[1].x || seg[0].y !== seg[1].y);
    expect(leaders.length).toBeGreaterThan(0);
    for (const [i, a] of leaders.entries()) {
      for (const b of leaders.slice(i + 1))
        expect(segmentsCross([...a.seg], [...b.seg]), `${a.id} × ${b.id}`).toBe(false);
    }
  });
});
