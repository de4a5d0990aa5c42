import { describe, expect, it } from 'vitest';
import { declutter } from './declutter';

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
