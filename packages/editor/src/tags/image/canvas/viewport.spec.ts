import { describe, expect, it } from 'vitest';
import { Viewport } from './viewport';

describe('viewport', () => {
  it('maps image and stage points both ways at every quarter turn, and zooms around the cursor', () => {
    for (const rotation of [0, 90, 180, 270] as const) {
      const vp = Viewport.fit({ width: 4000, height: 3000 }, { width: 800, height: 500 }, rotation)
        .zoomAt({ x: 100, y: 50 }, 3)
        .panBy(7, -11);
      const p = { x: 1234, y: 567 };
      const back = vp.toImage(vp.toScreen(p));
      expect(back.x).toBeCloseTo(p.x, 6);
      expect(back.y).toBeCloseTo(p.y, 6);
      const under = vp.toImage({ x: 300, y: 200 });
      const zoomed = vp.zoomAt({ x: 300, y: 200 }, 1.7).toImage({ x: 300, y: 200 });
      expect(zoomed.x).toBeCloseTo(under.x, 6);
      expect(zoomed.y).toBeCloseTo(under.y, 6);
    }
  });

  it('fits the image in the stage, centred; original size is 1:1; auto fits only larger images', () => {
    const fit = Viewport.fit({ width: 4000, height: 3000 }, { width: 800, height: 800 });
    expect(fit.zoom).toBeCloseTo(0.2);
    expect(fit.toScreen({ x: 2000, y: 1500 })).toEqual({ x: 400, y: 400 });
    expect(Viewport.create('original', { width: 4000, height: 3000 }, { width: 800, height: 800 }).zoom).toBe(1);
    expect(Viewport.create('auto', { width: 400, height: 300 }, { width: 800, height: 800 }).zoom).toBe(1);
    expect(Viewport.create('auto', { width: 4000, height: 3000 }, { width: 800, height: 800 }).zoom).toBeCloseTo(0.2);
    // A quarter turn shows the top-left corner of the image at the top right.
    const turned = Viewport.fit({ width: 400, height: 200 }, { width: 200, height: 400 }, 90);
    const corner = turned.toScreen({ x: 0, y: 0 });
    expect(corner.x).toBeCloseTo(200);
    expect(corner.y).toBeCloseTo(0);
  });

  it('culls: the visible image rect shrinks as it zooms in', () => {
    const vp = Viewport.fit({ width: 4000, height: 3000 }, { width: 800, height: 600 });
    const all = vp.visibleImageRect();
    expect(all.x).toBeCloseTo(0);
    expect(all.y).toBeCloseTo(0);
    expect(all.width).toBeCloseTo(4000);
    expect(all.height).toBeCloseTo(3000);
    const r = vp.zoomBy(4).visibleImageRect();
    expect(r.width).toBeCloseTo(1000);
    expect(r.x).toBeCloseTo(1500);
  });
});
