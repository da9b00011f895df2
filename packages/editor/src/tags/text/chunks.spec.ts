import { describe, expect, it } from 'vitest';
import { chunkBounds, spansIn } from './chunks';
import { snapToWords, textSpanGeometry } from './granularity';
import { splitSegments } from './segments';

describe('long text helpers', () => {
  it('cuts text into blocks at line ends', () => {
    expect(chunkBounds('a\nb\nc', 2)).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
    expect(chunkBounds('no line ends here', 4)).toEqual([[0, 17]]);
    expect(chunkBounds('')).toEqual([[0, 0]]);
  });

  it('clips spans to a block', () => {
    expect(
      spansIn(
        [
          { id: 'a', start: 1, end: 5 },
          { id: 'b', start: 6, end: 7 },
        ],
        3,
        6,
      ),
    ).toEqual([{ id: 'a', start: 0, end: 2 }]);
  });

  it('splits overlapping spans into nested segments, shortest first', () => {
    expect(
      splitSegments(10, [
        { id: 'a', start: 2, end: 6 },
        { id: 'b', start: 4, end: 8 },
      ]),
    ).toEqual([
      { start: 0, end: 2, regions: [] },
      { start: 2, end: 4, regions: ['a'] },
      { start: 4, end: 6, regions: ['a', 'b'] },
      { start: 6, end: 8, regions: ['b'] },
      { start: 8, end: 10, regions: [] },
    ]);
  });

  it('snaps selections to words', () => {
    expect(snapToWords('Hello brave world', 8, 13)).toEqual({ start: 6, end: 17 });
    expect(snapToWords('Hello brave world', 5, 7)).toEqual({ start: 6, end: 11 });
    expect(textSpanGeometry('Hello', 3, 3)).toBeUndefined();
    expect(textSpanGeometry('Hello', 4, 1)).toEqual({ start: 1, end: 4, text: 'ell' });
  });
});
