import { describe, expect, it } from 'vitest';
import {
  clipToImage,
  ellipseBBox,
  geometryProblem,
  hitTest,
  polygonArea,
  polygonCentroid,
  rectCorners,
  regionArea,
  regionBBox,
  resizeRect,
  rotateRectTo,
  toPercent,
  toPixels,
} from './geometry';

const SIZE = { width: 200, height: 100 };

describe('image geometry', () => {
  it('converts percent to pixels and back', () => {
    expect(toPixels({ x: 50, y: 25 }, SIZE)).toEqual({ x: 100, y: 25 });
    expect(toPercent({ x: 100, y: 25 }, SIZE)).toEqual({ x: 50, y: 25 });
  });

  it('rotates rectangles clockwise around their top-left corner, in pixels', () => {
    // 20% × 20% of 200×100 px is 40 × 20 px; a quarter turn points the width down.
    const corners = rectCorners({ x: 50, y: 50, width: 20, height: 20, rotation: 90 }, SIZE);
    const rounded = corners.map((p) => [Math.round(p.x * 1e6) / 1e6, Math.round(p.y * 1e6) / 1e6]);
    expect(rounded).toEqual([
      [100, 50],
      [100, 90],
      [80, 90],
      [80, 50],
    ]);
    expect(regionBBox('rectangle', { x: 50, y: 50, width: 20, height: 20, rotation: 90 }, SIZE)).toMatchObject({ x: 80, y: 50 });
  });

  it('hit-tests rotated rectangles and ellipses, polygons, open polylines and keypoints', () => {
    const rect = { x: 50, y: 50, width: 20, height: 20, rotation: 90 };
    expect(hitTest('rectangle', rect, SIZE, { x: 90, y: 70 })).toBe(true);
    expect(hitTest('rectangle', rect, SIZE, { x: 110, y: 55 })).toBe(false); // inside the unrotated box only
    expect(hitTest('rectangle', rect, SIZE, { x: 101, y: 60 }, 2)).toBe(true);
    const ellipse = { x: 50, y: 50, radiusX: 20, radiusY: 10, rotation: 90 }; // 40 × 10 px radii, turned upright
    expect(hitTest('ellipse', ellipse, SIZE, { x: 100, y: 85 })).toBe(true);
    expect(hitTest('ellipse', ellipse, SIZE, { x: 135, y: 50 })).toBe(false);
    expect(ellipseBBox(ellipse, SIZE)).toMatchObject({
      width: expect.closeTo(20, 6) as number,
      height: expect.closeTo(80, 6) as number,
    });
    const tri = {
      points: [
        [0, 0],
        [50, 0],
        [0, 100],
      ],
      closed: true,
    };
    expect(hitTest('polygon', tri, SIZE, { x: 20, y: 20 })).toBe(true);
    expect(hitTest('polygon', tri, SIZE, { x: 90, y: 90 })).toBe(false);
    const open = { ...tri, closed: false };
    expect(hitTest('polygon', open, SIZE, { x: 20, y: 20 })).toBe(false);
    expect(hitTest('polygon', open, SIZE, { x: 50, y: 1 }, 2)).toBe(true);
    expect(hitTest('keypoint', { x: 50, y: 50, width: 1 }, SIZE, { x: 101, y: 50 })).toBe(true);
    expect(hitTest('keypoint', { x: 50, y: 50 }, SIZE, { x: 103, y: 50 }, 2)).toBe(false);
    expect(hitTest('rectangle', { x: 'a' }, SIZE, { x: 0, y: 0 }, 100)).toBe(false);
  });

  it('measures polygon area and centroid, and region areas in pixels', () => {
    const square = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
    ];
    expect(polygonArea(square)).toBe(100);
    expect(polygonCentroid(square)).toEqual({ x: 5, y: 5 });
    expect(
      polygonCentroid([
        { x: 0, y: 0 },
        { x: 4, y: 0 },
      ]),
    ).toEqual({ x: 2, y: 0 });
    expect(regionArea('rectangle', { x: 0, y: 0, width: 10, height: 10, rotation: 33 }, SIZE)).toBe(200);
    expect(regionArea('ellipse', { x: 0, y: 0, radiusX: 10, radiusY: 10 }, SIZE)).toBeCloseTo(Math.PI * 200, 9);
    expect(regionArea('brush', {}, SIZE, 42)).toBe(42);
  });

  it('resizes a rotated rectangle in its own frame and rotates around the centre', () => {
    const r = { x: 10, y: 10, width: 20, height: 20, rotation: 90 };
    // Drag the bottom-right handle; it is now down-left of the top-left corner (20, 10 px).
    const [, , br] = rectCorners(r, SIZE);
    const bigger = resizeRect(r, 'se', toPercent({ x: br.x - 10, y: br.y + 20 }, SIZE), SIZE);
    expect(bigger.x).toBeCloseTo(10, 9);
    expect(bigger.y).toBeCloseTo(10, 9);
    expect(bigger.width).toBeCloseTo(30, 9); // 40 px + 20 px along the rotated width: 60 of 200 px
    expect(bigger.height).toBeCloseTo(30, 9); // 20 px + 10 px: 30 of 100 px
    const turned = rotateRectTo({ x: 40, y: 40, width: 20, height: 20, rotation: 0 }, 180, SIZE);
    expect(turned.x).toBeCloseTo(60, 9);
    expect(turned.y).toBeCloseTo(60, 9);
    expect(turned.rotation).toBe(180);
    expect(rotateRectTo(r, -90, SIZE).rotation).toBe(270);
  });

  it('validates geometry and clips to the image, returning geometry inside unchanged', () => {
    expect(geometryProblem('rectangle', { x: 1, y: 1, width: 1, height: 1 })).toBeUndefined();
    expect(geometryProblem('rectangle', { x: 1, y: 1, width: 1, height: 1, rotation: 'x' })).toBe(
      'value.rotation must be a number',
    );
    expect(geometryProblem('keypoint', { x: 1, y: Number.NaN })).toBe('value.y must be a number');
    expect(geometryProblem('polygon', { points: [[1, 2]], closed: 'yes' })).toBe('value.closed must be true or false');
    const inside = { x: 1, y: 1, width: 98, height: 99, rotation: 0 };
    expect(clipToImage('rectangle', inside, SIZE)).toBe(inside);
    expect(clipToImage('rectangle', { x: 90, y: -10, width: 20, height: 20, rotation: 0 }, SIZE)).toEqual({
      x: 90,
      y: 0,
      width: 10,
      height: 10,
      rotation: 0,
    });
    expect(clipToImage('keypoint', { x: 101, y: -1, width: 1 }, SIZE)).toEqual({ x: 100, y: 0, width: 1 });
    const poly = {
      points: [
        [1, 1],
        [2, 2],
      ],
      closed: true,
    };
    expect(clipToImage('polygon', poly, SIZE)).toBe(poly);
  });
});
