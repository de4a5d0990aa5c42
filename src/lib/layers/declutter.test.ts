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
});
