import { describe, expect, it } from 'vitest';
import type { Rect } from './geometry';
import { SpatialIndex } from './spatial-index';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const overlaps = (a: Rect, b: Rect) =>
  a.x <= b.x + b.width && a.x + a.width >= b.x && a.y <= b.y + b.height && a.y + a.height >= b.y;

function randomBox(rnd: () => number, w: number, h: number): Rect {
  // Mostly small boxes, some huge ones (they go to the index's large list).
  const big = rnd() < 0.02;
  const bw = big ? rnd() * w : rnd() * 80;
  const bh = big ? rnd() * h : rnd() * 80;
  return { x: rnd() * w - 20, y: rnd() * h - 20, width: bw, height: bh };
}

describe('SpatialIndex', () => {
  it('answers rect and point queries exactly like a brute-force scan, through inserts, updates and removals', () => {
    const rnd = random(42);
    const W = 4000;
    const H = 3000;
    const index = SpatialIndex.forImage({ width: W, height: H });
    const boxes = new Map<string, Rect>();
    for (let i = 0; i < 5000; i++) {
      const box = randomBox(rnd, W, H);
      boxes.set(`r${i}`, box);
      index.insert(`r${i}`, box);
    }
    for (let i = 0; i < 1500; i++) {
      const id = `r${Math.floor(rnd() * 5000)}`;
      if (rnd() < 0.5) {
        index.remove(id);
        boxes.delete(id);
      } else {
        const box = randomBox(rnd, W, H);
        index.update(id, box);
        boxes.set(id, box);
      }
    }
    expect(index.size).toBe(boxes.size);
    const brute = (q: Rect) =>
      [...boxes]
        .filter(([, b]) => overlaps(b, q))
        .map(([id]) => id)
        .sort();
    for (let i = 0; i < 300; i++) {
      const q = { x: rnd() * W, y: rnd() * H, width: rnd() < 0.1 ? rnd() * W * 2 : rnd() * 300, height: rnd() * 300 };
      expect(index.queryRect(q).sort()).toEqual(brute(q));
      const p = { x: rnd() * W, y: rnd() * H };
      expect(index.queryPoint(p, 3).sort()).toEqual(brute({ x: p.x - 3, y: p.y - 3, width: 6, height: 6 }));
    }
  });

  it('moves a box on re-insert, forgets removed ids and accepts negative sizes', () => {
    const index = new SpatialIndex(10);
    index.insert('a', { x: 0, y: 0, width: 5, height: 5 });
    index.insert('a', { x: 100, y: 100, width: 5, height: 5 });
    expect(index.queryPoint({ x: 2, y: 2 })).toEqual([]);
    expect(index.queryPoint({ x: 102, y: 102 })).toEqual(['a']);
    index.insert('b', { x: 50, y: 50, width: -10, height: -10 });
    expect(index.get('b')).toEqual({ x: 40, y: 40, width: 10, height: 10 });
    expect(index.queryPoint({ x: 45, y: 45 })).toEqual(['b']);
    expect(index.remove('b')).toBe(true);
    expect(index.remove('b')).toBe(false);
    expect(index.queryRect({ x: -1000, y: -1000, width: 5000, height: 5000 })).toEqual(['a']);
    index.clear();
    expect(index.size).toBe(0);
    expect(() => new SpatialIndex(0)).toThrow(/cellSize/);
  });
});
