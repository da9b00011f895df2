import type { RegionValue } from './export-items';
import { numpyDot } from './fma';
import { atan, sinCos } from './libm';

function has(v: RegionValue, ...keys: string[]): boolean {
  return keys.every((k) => k in v);
}

function n(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

/**
 * The axis-aligned box (percent) around a possibly rotated rectangle, as the converter's
 * `Converter.rotated_rectangle` computes it for COCO. Arithmetic is kept in the converter's
 * order so that results round identically.
 */
export function rotatedRectangleBox(label: RegionValue): [number, number, number, number] | null {
  if (!has(label, 'x', 'y', 'width', 'height')) return null;
  let x = n(label.x);
  let y = n(label.y);
  let w = n(label.width);
  let h = n(label.height);
  const r = 'rotation' in label ? n(label.rotation) : 0;
  if (Math.abs(r) > 0) {
    const alpha = atan(h / w);
    const beta = Math.PI * (r / 180);
    const radius = Math.sqrt((w / 2) * (w / 2) + (h / 2) * (h / 2));
    const a = sinCos(Math.PI - alpha - beta);
    const b = sinCos(Math.PI - alpha);
    const x0 = x - radius * (a.cos - b.cos) + w / 2;
    const y0 = y + radius * (a.sin - b.sin) + h / 2;
    const thetas = [alpha + beta, Math.PI - alpha + beta, Math.PI + alpha + beta, 2 * Math.PI - alpha + beta].map(sinCos);
    const xs = thetas.map((t) => x0 + radius * t.cos);
    const ys = thetas.map((t) => y0 + radius * t.sin);
    x = Math.min(...xs);
    y = Math.min(...ys);
    w = Math.max(...xs) - x;
    h = Math.max(...ys) - y;
  }
  return [x, y, w, h];
}

/** Shoelace area of a polygon, with NumPy's rounding (the converter's `get_polygon_area`). */
export function polygonArea(xs: number[], ys: number[]): number {
  const roll = (a: number[]) => (a.length ? [a[a.length - 1], ...a.slice(0, -1)] : []);
  return 0.5 * Math.abs(numpyDot(xs, roll(ys)) - numpyDot(ys, roll(xs)));
}

/** `[x, y, w, h]` around points (the converter's `get_polygon_bounding_box`). */
export function polygonBox(xs: number[], ys: number[]): [number, number, number, number] {
  const x1 = min(xs);
  const y1 = min(ys);
  return [x1, y1, max(xs) - x1, max(ys) - y1];
}

// Loops rather than Math.min(...a): a long polygon would overflow the argument list.
function min(a: number[]): number {
  let m = a[0];
  for (const v of a) if (v < m) m = v;
  return m;
}

function max(a: number[]): number {
  let m = a[0];
  for (const v of a) if (v > m) m = v;
  return m;
}

/** YOLO `cx cy w h` (0–1) of an unrotated box, or null when a coordinate is missing. */
export function yoloBox(label: RegionValue): [number, number, number, number] | null {
  if (!has(label, 'x', 'y', 'width', 'height')) return null;
  const { x, y, width: w, height: h } = label;
  if (typeof x !== 'number' || typeof y !== 'number' || typeof w !== 'number' || typeof h !== 'number') return null;
  return [(x + w / 2) / 100, (y + h / 2) / 100, w / 100, h / 100];
}

/**
 * The four corners (0–1) of a rotated box for YOLO OBB, clockwise from the top-left, or null
 * when a field is missing (`rotation` included, as in the converter).
 */
export function yoloObbCorners(label: RegionValue): Array<[number, number]> | null {
  if (!has(label, 'original_width', 'original_height', 'x', 'y', 'width', 'height', 'rotation')) return null;
  const ow = n(label.original_width);
  const oh = n(label.original_height);
  const x = (n(label.x) / 100) * ow;
  const y = (n(label.y) / 100) * oh;
  const w = (n(label.width) / 100) * ow;
  const h = (n(label.height) / 100) * oh;
  // math.radians multiplies by pi/180 computed once.
  const rotation = n(label.rotation) * (Math.PI / 180);
  const { cos: cosR, sin: sinR } = sinCos(rotation);
  const corners: Array<[number, number]> = [
    [x, y],
    [x + w * cosR, y + w * sinR],
    [x + w * cosR - h * sinR, y + w * sinR + h * cosR],
    [x - h * sinR, y + h * cosR],
  ];
  return corners.map(([cx, cy]) => [cx / ow, cy / oh]);
}
