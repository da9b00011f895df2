import type { JsonObject } from '../../../engine/json';
import type { ImageSize } from '../canvas/drawables';
import type { Point } from '../canvas/viewport';
import { round } from './tool';

/**
 * Geometry edits on Label Studio's percent geometry, shared by the select tool and keyboard
 * nudging. Pixel inputs are natural image pixels; outputs are new geometry objects that keep
 * every other key (and the key order) of the input.
 */

const n = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Moves any image shape by a pixel offset. */
export function translate(g: JsonObject, size: ImageSize, dx: number, dy: number): JsonObject {
  const px = (dx / size.width) * 100;
  const py = (dy / size.height) * 100;
  if (Array.isArray(g.points)) {
    return {
      ...g,
      points: g.points.map((p) => (Array.isArray(p) ? [round(n(p[0]) + px), round(n(p[1]) + py), ...p.slice(2)] : p)),
    };
  }
  if (g.x === undefined || g.y === undefined) return g;
  return { ...g, x: round(n(g.x) + px), y: round(n(g.y) + py) };
}

function rotate(v: Point, deg: number): Point {
  const r = (deg * Math.PI) / 180;
  return { x: v.x * Math.cos(r) - v.y * Math.sin(r), y: v.x * Math.sin(r) + v.y * Math.cos(r) };
}

/** Corner `index` (0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left) of a rectangle dragged to `p`, the opposite corner fixed. */
export function resizeRect(g: JsonObject, size: ImageSize, index: number, p: Point): JsonObject {
  const W = size.width / 100;
  const H = size.height / 100;
  const x = n(g.x) * W;
  const y = n(g.y) * H;
  const w = n(g.width) * W;
  const h = n(g.height) * H;
  const deg = n(g.rotation);
  const local = [
    { x: 0, y: 0 },
    { x: w, y: 0 },
    { x: w, y: h },
    { x: 0, y: h },
  ];
  const opposite = local[(index + 2) % 4];
  const o = rotate(opposite, deg);
  const fixed = { x: x + o.x, y: y + o.y };
  const v = rotate({ x: p.x - fixed.x, y: p.y - fixed.y }, -deg);
  const tlLocal = { x: Math.min(0, v.x), y: Math.min(0, v.y) };
  const tl = rotate(tlLocal, deg);
  return {
    ...g,
    x: round((fixed.x + tl.x) / W),
    y: round((fixed.y + tl.y) / H),
    width: round(Math.abs(v.x) / W),
    height: round(Math.abs(v.y) / H),
  };
}

/** An ellipse whose box corner is dragged to `p`: the centre stays, the radii follow. */
export function resizeEllipse(g: JsonObject, size: ImageSize, p: Point): JsonObject {
  const W = size.width / 100;
  const H = size.height / 100;
  const c = { x: n(g.x) * W, y: n(g.y) * H };
  const v = rotate({ x: p.x - c.x, y: p.y - c.y }, -n(g.rotation));
  return { ...g, radiusX: round(Math.abs(v.x) / W), radiusY: round(Math.abs(v.y) / H) };
}

/** Resizes a rectangle by pixels from its far edges (keyboard resize). */
export function growRect(g: JsonObject, size: ImageSize, dw: number, dh: number): JsonObject {
  if (g.width !== undefined && g.height !== undefined) {
    return {
      ...g,
      width: round(Math.max(0.01, n(g.width) + (dw / size.width) * 100)),
      height: round(Math.max(0.01, n(g.height) + (dh / size.height) * 100)),
    };
  }
  if (g.radiusX !== undefined) {
    return {
      ...g,
      radiusX: round(Math.max(0.01, n(g.radiusX) + (dw / size.width) * 100)),
      radiusY: round(Math.max(0.01, n(g.radiusY) + (dh / size.height) * 100)),
    };
  }
  return g;
}

/** Centre of a rectangle or ellipse in image pixels. */
export function centerOf(g: JsonObject, size: ImageSize): Point {
  const W = size.width / 100;
  const H = size.height / 100;
  if (g.radiusX !== undefined) return { x: n(g.x) * W, y: n(g.y) * H };
  const half = rotate({ x: (n(g.width) * W) / 2, y: (n(g.height) * H) / 2 }, n(g.rotation));
  return { x: n(g.x) * W + half.x, y: n(g.y) * H + half.y };
}

/**
 * Rotates a rectangle or ellipse about its centre so that its "up" handle points at `p`;
 * `step` snaps the angle (degrees). Rectangles keep Label Studio's convention: `x, y` is the
 * rotated top-left corner.
 */
export function rotateTowards(g: JsonObject, size: ImageSize, p: Point, step = 0): JsonObject {
  const c = centerOf(g, size);
  let deg = (Math.atan2(p.y - c.y, p.x - c.x) * 180) / Math.PI + 90;
  if (step > 0) deg = Math.round(deg / step) * step;
  deg = round(((deg % 360) + 360) % 360);
  if (g.radiusX !== undefined) return { ...g, rotation: deg };
  const W = size.width / 100;
  const H = size.height / 100;
  const half = rotate({ x: (n(g.width) * W) / 2, y: (n(g.height) * H) / 2 }, deg);
  return { ...g, x: round((c.x - half.x) / W), y: round((c.y - half.y) / H), rotation: deg };
}

/** Polygon with point `index` moved to `p` (pixels). */
export function movePoint(g: JsonObject, size: ImageSize, index: number, p: Point): JsonObject {
  if (!Array.isArray(g.points)) return g;
  const pt = [round((p.x / size.width) * 100), round((p.y / size.height) * 100)];
  return { ...g, points: g.points.map((q, i) => (i === index ? pt : q)) };
}

/** Polygon with a point inserted after `index`. */
export function insertPoint(g: JsonObject, size: ImageSize, index: number, p: Point): JsonObject {
  if (!Array.isArray(g.points)) return g;
  const points = [...g.points];
  points.splice(index + 1, 0, [round((p.x / size.width) * 100), round((p.y / size.height) * 100)]);
  return { ...g, points };
}

/** Polygon without point `index`; a polygon keeps three points at least. */
export function deletePoint(g: JsonObject, index: number): JsonObject {
  if (!Array.isArray(g.points) || g.points.length <= 3) return g;
  return { ...g, points: g.points.filter((_, i) => i !== index) };
}
