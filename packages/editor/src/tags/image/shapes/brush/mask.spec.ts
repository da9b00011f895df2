import { describe, expect, it } from 'vitest';
import { BrushMask, PAINTED } from './mask';

describe('BrushMask', () => {
  it('paints a disc of the given radius and tracks its box', () => {
    const mask = new BrushMask(100, 80);
    const patch = mask.paintCircle(50, 40, 10);
    expect(patch).toBeDefined();
    expect(mask.get(50, 40)).toBe(PAINTED);
    expect(mask.get(50, 49)).toBe(PAINTED);
    expect(mask.get(50, 51)).toBe(0);
    expect(mask.get(61, 40)).toBe(0);
    // About πr² pixels.
    expect(Math.abs(mask.pixelCount() - Math.PI * 100)).toBeLessThan(20);
    expect(mask.bbox()).toEqual({ x0: 40, y0: 30, x1: 59, y1: 49 });
    // The patch covers the dirty square only, not the mask.
    expect(patch!.before.length).toBeLessThan(25 * 25);
  });

  it('strokes a line of circles, erases, and undoes and redoes with dirty-rect patches', () => {
    const mask = new BrushMask(200, 100);
    const p1 = mask.stroke(
      [
        { x: 10, y: 50 },
        { x: 190, y: 50 },
      ],
      5,
      'paint',
    )!;
    const painted = mask.pixelCount();
    expect(painted).toBeGreaterThan(180 * 9);
    expect(mask.get(100, 50)).toBe(PAINTED);
    const p2 = mask.eraseCircle(100, 50, 20)!;
    expect(mask.get(100, 50)).toBe(0);
    expect(mask.bbox()).toEqual({ x0: 5, y0: 45, x1: 194, y1: 54 });
    const afterErase = new Uint8Array(mask.data);
    mask.applyPatch(p2, 'undo');
    expect(mask.pixelCount()).toBe(painted);
    mask.applyPatch(p1, 'undo');
    expect(mask.isEmpty()).toBe(true);
    mask.applyPatch(p1, 'redo');
    mask.applyPatch(p2, 'redo');
    expect(mask.data).toEqual(afterErase);
    // Erasing nothing changes nothing.
    expect(mask.eraseCircle(100, 10, 3)).toBeUndefined();
  });

  it('round-trips through Label Studio RLE and clips strokes at the image edge', () => {
    const mask = new BrushMask(64, 48);
    mask.stroke(
      [
        { x: -10, y: -10 },
        { x: 30, y: 20 },
      ],
      4,
      'paint',
    );
    expect(mask.get(0, 0)).toBe(PAINTED);
    const copy = BrushMask.fromRle(mask.toRle(), 64, 48);
    expect(copy.data).toEqual(mask.data);
    expect(copy.bbox()).toEqual(mask.bbox());
    expect(() => new BrushMask(0, 5)).toThrow(/bad size/);
  });
});

describe('BrushMask strokes', () => {
  it('fill exactly the pixels whose centres lie within the radius of the polyline', () => {
    let s = 3;
    const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
    for (let k = 0; k < 30; k++) {
      const mask = new BrushMask(90, 70);
      const points = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => ({ x: rnd() * 110 - 10, y: rnd() * 90 - 10 }));
      const radius = 0.5 + rnd() * 15;
      mask.stroke(points, radius, 'paint');
      for (let y = 0; y < 70; y++) {
        for (let x = 0; x < 90; x++) {
          const p = { x: x + 0.5, y: y + 0.5 };
          let d = Infinity;
          for (let i = 0; i < Math.max(1, points.length - 1); i++) {
            const a = points[i];
            const b = points[Math.min(i + 1, points.length - 1)];
            const dx = b.x - a.x;
            const dy = b.y - a.y;
            const l2 = dx * dx + dy * dy;
            const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2));
            d = Math.min(d, Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
          }
          // Pixels right on the edge may go either way with rounding.
          if (Math.abs(d - radius) < 1e-9) continue;
          if ((mask.get(x, y) === PAINTED) !== d <= radius)
            throw new Error(`stroke ${k}: pixel ${x},${y} at distance ${d} of radius ${radius}`);
        }
      }
    }
  });
});
