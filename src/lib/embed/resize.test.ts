import { describe, expect, it } from 'vitest';
import { heightMessages, readHeight } from './resize';

describe('heightMessages', () => {
  it('posts a Datawrapper-style and an AMP message with the rounded-up height', () => {
    expect(heightMessages('a', 512.2)).toEqual([
      { 'gdatlas-height': { a: 513 } },
      { sentinel: 'amp', type: 'embed-size', height: 513 },
    ]);
  });
});

describe('readHeight', () => {
  it.each([
    [{ 'gdatlas-height': { x: 400 } }, 400],
    [{ sentinel: 'amp', type: 'embed-size', height: 300.5 }, 301],
  ])('reads %j', (msg, h) => expect(readHeight(msg)).toBe(h));

  it.each([
    null,
    'gdatlas-height',
    { 'gdatlas-height': { a: 1, b: 2 } },
    { 'gdatlas-height': { a: -5 } },
    { 'gdatlas-height': { a: 1e9 } },
    { sentinel: 'amp', type: 'embed-size', height: 'tall' },
    { type: 'other', height: 300 },
  ])('ignores %j', (msg) => expect(readHeight(msg)).toBeNull());
});
