import { describe, expect, it } from 'vitest';
import { legendRows, wrapText } from './png';

const width = (s: string) => s.length * 10;

describe('wrapText', () => {
  it('breaks English at spaces and keeps every word', () => {
    const lines = wrapText('Source: the 14th Five-Year plan · version 1.0.0', width, 200);
    expect(lines.every((l) => width(l) <= 200)).toBe(true);
    expect(lines.join(' ')).toBe('Source: the 14th Five-Year plan · version 1.0.0');
  });
  it('breaks Chinese between characters', () => {
    const lines = wrapText('来源：广东省制造业高质量发展“十四五”规划', width, 100);
    expect(lines.every((l) => width(l) <= 100)).toBe(true);
    expect(lines.join('')).toBe('来源：广东省制造业高质量发展“十四五”规划');
    expect(lines.length).toBeGreaterThan(1);
  });
  it('gives no lines for empty text', () => {
    expect(wrapText('', width, 100)).toEqual([]);
  });
});

describe('legendRows', () => {
  it('keeps items on one row while they fit and wraps the rest', () => {
    const items = ['Not laid out', 'General ★', 'Key ★★', 'Core ★★★'].map((label) => ({ label }));
    expect(legendRows(items, width, 1000)).toEqual([[0, 1, 2, 3]]);
    const rows = legendRows(items, width, 260);
    expect(rows.flat()).toEqual([0, 1, 2, 3]);
    expect(rows.length).toBeGreaterThan(1);
  });
});
