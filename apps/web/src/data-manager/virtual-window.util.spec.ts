import { describe, expect, it } from 'vitest';
import { MAX_SCROLL_HEIGHT, pagesFor, windowRange } from './virtual-window.util';

describe('windowRange', () => {
  it('renders only the rows in view, with overscan, for a short list drawn at full height', () => {
    const w = windowRange({ count: 100, rowHeight: 40, scrollTop: 400, viewportHeight: 200, overscan: 2 });
    expect(w.height).toBe(4000);
    expect([w.firstVisible, w.lastVisible]).toEqual([10, 14]);
    expect([w.first, w.last]).toEqual([8, 16]);
    expect(w.top(10)).toBe(400);
    expect(w.scrollTopFor(50)).toBe(2000);
  });

  it('keeps every one of a million rows reachable under the height cap', () => {
    const count = 1_000_000;
    const viewportHeight = 600;
    const top = windowRange({ count, rowHeight: 44, scrollTop: 0, viewportHeight });
    expect(top.height).toBe(MAX_SCROLL_HEIGHT);
    expect(top.firstVisible).toBe(0);

    const bottom = windowRange({ count, rowHeight: 44, scrollTop: MAX_SCROLL_HEIGHT - viewportHeight, viewportHeight });
    expect(bottom.lastVisible).toBe(count - 1);
    // The last row ends exactly at the bottom of the viewport.
    expect(bottom.top(count - 1) + 44).toBeCloseTo(MAX_SCROLL_HEIGHT, 6);

    const middle = windowRange({ count, rowHeight: 44, scrollTop: (MAX_SCROLL_HEIGHT - viewportHeight) * 0.9, viewportHeight });
    expect(middle.firstVisible).toBeGreaterThan(899_000);
    expect(middle.firstVisible).toBeLessThan(901_000);
    // Rows on screen sit inside the viewport, one row height apart.
    const scrollTop = (MAX_SCROLL_HEIGHT - viewportHeight) * 0.9;
    expect(middle.top(middle.firstVisible)).toBeLessThanOrEqual(scrollTop);
    expect(middle.top(middle.firstVisible) + 44).toBeGreaterThan(scrollTop);
    expect(middle.top(middle.firstVisible + 1) - middle.top(middle.firstVisible)).toBeCloseTo(44, 6);
    // Scrolling to a row and reading the window back finds that row at the top.
    const target = 123_456;
    const back = windowRange({ count, rowHeight: 44, scrollTop: middle.scrollTopFor(target), viewportHeight });
    expect(back.firstVisible).toBe(target);
  });

  it('has no rows for an empty list', () => {
    const w = windowRange({ count: 0, rowHeight: 44, scrollTop: 0, viewportHeight: 600 });
    expect(w.height).toBe(0);
    expect(w.last).toBeLessThan(w.first);
  });
});

describe('pagesFor', () => {
  it('names the pages holding a range of rows', () => {
    expect(pagesFor(0, 10, 50)).toEqual([1]);
    expect(pagesFor(45, 60, 50)).toEqual([1, 2]);
    expect(pagesFor(899_990, 900_010, 50)).toEqual([18_000, 18_001]);
    expect(pagesFor(5, 4, 50)).toEqual([]);
  });
});
