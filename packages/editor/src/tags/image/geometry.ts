/**
 * Geometry of image regions. Results store Label Studio's percent coordinates (0–100 of the
 * original image's width for `x`, of its height for `y`); angles and distances are measured in
 * image pixels, so every function that needs them takes the original image size.
 *
 * - Rectangle `{x, y, width, height, rotation}`: `x, y` is the top-left corner before rotation,
 *   `rotation` is degrees clockwise around that corner.
 * - Ellipse `{x, y, radiusX, radiusY, rotation}`: `x, y` is the centre.
 * - Polygon `{points: [[x, y], …], closed?}`; KeyPoint `{x, y, width?}`; Brush `{format: 'rle', rle}`.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../engine/json';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Axis-aligned box: top-left corner and size. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Natural (original) size of an image in pixels. */
export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

/** Region shapes of the image controls (`RegionRecord.shape`). */
export type ImageShape = 'rectangle' | 'polygon' | 'keypoint' | 'ellipse' | 'brush';
export const IMAGE_SHAPES: readonly ImageShape[] = ['rectangle', 'polygon', 'keypoint', 'ellipse', 'brush'];

export function isImageShape(shape: string): shape is ImageShape {
  return (IMAGE_SHAPES as readonly string[]).includes(shape);
}

export interface RectGeometry {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rotation: number;
}

export interface EllipseGeometry {
  readonly x: number;
  readonly y: number;
  readonly radiusX: number;
  readonly radiusY: number;
  readonly rotation: number;
}

export interface PolygonGeometry {
  readonly points: readonly (readonly [number, number])[];
  readonly closed: boolean;
}

export interface KeyPointGeometry {
  readonly x: number;
  readonly y: number;
  readonly width?: number;
}

const finite = (v: JsonValue | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const DEG = Math.PI / 180;

// ── Reading and validating ────────────────────────────────────────────────────

/**
 * Why a region's geometry is malformed, or undefined when it is fine. A prediction item with
 * malformed geometry is reported and skipped on load.
 *
 * @example
 * geometryProblem('rectangle', { x: 10, y: 'a', width: 5, height: 5 }) // 'value.y must be a number'
 */
export function geometryProblem(shape: ImageShape, g: JsonObject): string | undefined {
  const num = (key: string, min?: number): string | undefined => {
    const v = g[key];
    if (!finite(v)) return `value.${key} must be a number`;
    if (min !== undefined && v < min) return `value.${key} must not be negative`;
    return undefined;
  };
  const optionalNum = (key: string): string | undefined => (g[key] === undefined ? undefined : num(key));
  switch (shape) {
    case 'rectangle':
      return num('x') ?? num('y') ?? num('width', 0) ?? num('height', 0) ?? optionalNum('rotation');
    case 'ellipse':
      return num('x') ?? num('y') ?? num('radiusX', 0) ?? num('radiusY', 0) ?? optionalNum('rotation');
    case 'keypoint':
      return num('x') ?? num('y') ?? (g.width === undefined ? undefined : num('width', 0));
    case 'polygon': {
      const points = g.points;
      if (!Array.isArray(points) || points.length === 0) return 'value.points must be a non-empty list of [x, y] pairs';
      const bad = points.findIndex((p) => !Array.isArray(p) || p.length < 2 || !finite(p[0]) || !finite(p[1]));
      if (bad >= 0) return `value.points[${bad}] must be an [x, y] pair of numbers`;
      if (g.closed !== undefined && typeof g.closed !== 'boolean') return 'value.closed must be true or false';
      return undefined;
    }
    case 'brush': {
      if (g.format !== 'rle') return 'value.format must be "rle"';
      const rle = g.rle;
      if (!Array.isArray(rle) || rle.length < 6) return 'value.rle must be a list of bytes';
      for (let i = 0; i < rle.length; i++) {
        const b = rle[i];
        if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > 255) return `value.rle[${i}] must be a byte (0–255)`;
      }
      return undefined;
    }
  }
}

export function readRect(g: JsonObject): RectGeometry {
  return {
    x: Number(g.x),
    y: Number(g.y),
    width: Number(g.width),
    height: Number(g.height),
    rotation: finite(g.rotation) ? g.rotation : 0,
  };
}

export function readEllipse(g: JsonObject): EllipseGeometry {
  return {
    x: Number(g.x),
    y: Number(g.y),
    radiusX: Number(g.radiusX),
    radiusY: Number(g.radiusY),
    rotation: finite(g.rotation) ? g.rotation : 0,
  };
}

export function readPolygon(g: JsonObject): PolygonGeometry {
  const points = Array.isArray(g.points) ? g.points : [];
  return {
    points: points
      .filter((p): p is number[] => Array.isArray(p) && finite(p[0]) && finite(p[1]))
      .map((p) => [p[0], p[1]] as const),
    closed: g.closed !== false,
  };
}

export function readKeyPoint(g: JsonObject): KeyPointGeometry {
  return { x: Number(g.x), y: Number(g.y), width: finite(g.width) ? g.width : undefined };
}

// ── Percent ↔ pixels ──────────────────────────────────────────────────────────

export function toPixels(p: Point, size: ImageSize): Point {
  return { x: (p.x * size.width) / 100, y: (p.y * size.height) / 100 };
}

export function toPercent(p: Point, size: ImageSize): Point {
  return { x: (p.x * 100) / size.width, y: (p.y * 100) / size.height };
}

/** Rotates `p` clockwise (screen coordinates, y down) by `deg` around `center`. */
export function rotatePoint(p: Point, center: Point, deg: number): Point {
  if (deg === 0) return p;
  const c = Math.cos(deg * DEG);
  const s = Math.sin(deg * DEG);
  const dx = p.x - center.x;
  const dy = p.y - center.y;
  return { x: center.x + dx * c - dy * s, y: center.y + dx * s + dy * c };
}

/** Corners of a rectangle of `w`×`h` turned by `deg` around its top-left `o` (all in one unit). */
export function rotatedRectCorners(o: Point, w: number, h: number, deg: number): Point[] {
  const c = Math.cos(deg * DEG);
  const s = Math.sin(deg * DEG);
  const at = (dx: number, dy: number): Point => ({ x: o.x + dx * c - dy * s, y: o.y + dx * s + dy * c });
  return [at(0, 0), at(w, 0), at(w, h), at(0, h)];
}

/** Corners of a (rotated) rectangle in image pixels: top-left, top-right, bottom-right, bottom-left. */
export function rectCorners(g: RectGeometry, size: ImageSize): Point[] {
  return rotatedRectCorners(toPixels(g, size), (g.width * size.width) / 100, (g.height * size.height) / 100, g.rotation);
}

/** Centre of a (rotated) rectangle in image pixels. */
export function rectCenter(g: RectGeometry, size: ImageSize): Point {
  const [a, , c] = rectCorners(g, size);
  return { x: (a.x + c.x) / 2, y: (a.y + c.y) / 2 };
}

/** Polygon points in image pixels. */
export function polygonPixels(g: PolygonGeometry, size: ImageSize): Point[] {
  return g.points.map(([x, y]) => toPixels({ x, y }, size));
}

// ── Measures ──────────────────────────────────────────────────────────────────

export function bboxOfPoints(points: readonly Point[]): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Exact bounding box of a rotated ellipse in image pixels. */
export function ellipseBBox(g: EllipseGeometry, size: ImageSize): Rect {
  const c = toPixels(g, size);
  const rx = (g.radiusX * size.width) / 100;
  const ry = (g.radiusY * size.height) / 100;
  const cos = Math.cos(g.rotation * DEG);
  const sin = Math.sin(g.rotation * DEG);
  const hw = Math.sqrt(rx * rx * cos * cos + ry * ry * sin * sin);
  const hh = Math.sqrt(rx * rx * sin * sin + ry * ry * cos * cos);
  return { x: c.x - hw, y: c.y - hh, width: 2 * hw, height: 2 * hh };
}

/** Area of a simple polygon (shoelace formula), in the points' units squared. */
export function polygonArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) sum += points[j].x * points[i].y - points[i].x * points[j].y;
  return Math.abs(sum) / 2;
}

/** Centroid of a polygon's area; the mean of its points when the area is zero. */
export function polygonCentroid(points: readonly Point[]): Point {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const f = points[j].x * points[i].y - points[i].x * points[j].y;
    a += f;
    cx += (points[j].x + points[i].x) * f;
    cy += (points[j].y + points[i].y) * f;
  }
  if (Math.abs(a) < 1e-12) {
    const n = points.length || 1;
    return { x: points.reduce((s, p) => s + p.x, 0) / n, y: points.reduce((s, p) => s + p.y, 0) / n };
  }
  return { x: cx / (3 * a), y: cy / (3 * a) };
}

/**
 * Bounding box of a region in image pixels, or undefined for brush regions (their box comes
 * from the decoded mask) and malformed geometry.
 */
export function regionBBox(shape: string, g: JsonObject, size: ImageSize): Rect | undefined {
  if (!isImageShape(shape) || shape === 'brush' || geometryProblem(shape, g)) return undefined;
  switch (shape) {
    case 'rectangle':
      return bboxOfPoints(rectCorners(readRect(g), size));
    case 'ellipse':
      return ellipseBBox(readEllipse(g), size);
    case 'polygon':
      return bboxOfPoints(polygonPixels(readPolygon(g), size));
    case 'keypoint':
      return { ...toPixels(readKeyPoint(g), size), width: 0, height: 0 };
  }
}

/** Area of a region in image pixels² (0 for keypoints; brush: pass the mask's pixel count). */
export function regionArea(shape: string, g: JsonObject, size: ImageSize, brushPixels = 0): number {
  if (shape === 'brush') return brushPixels;
  if (!isImageShape(shape) || geometryProblem(shape, g)) return 0;
  switch (shape) {
    case 'rectangle': {
      const r = readRect(g);
      return ((r.width * size.width) / 100) * ((r.height * size.height) / 100);
    }
    case 'ellipse': {
      const e = readEllipse(g);
      return Math.PI * ((e.radiusX * size.width) / 100) * ((e.radiusY * size.height) / 100);
    }
    case 'polygon':
      return polygonArea(polygonPixels(readPolygon(g), size));
    default:
      return 0;
  }
}

// ── Hit tests (image pixels) ──────────────────────────────────────────────────

export function pointInRect(p: Point, g: RectGeometry, size: ImageSize, tolerance = 0): boolean {
  const o = toPixels(g, size);
  // Into the rectangle's own frame: undo the rotation around its top-left corner.
  const local = rotatePoint(p, o, -g.rotation);
  const w = (g.width * size.width) / 100;
  const h = (g.height * size.height) / 100;
  return (
    local.x >= o.x - tolerance && local.x <= o.x + w + tolerance && local.y >= o.y - tolerance && local.y <= o.y + h + tolerance
  );
}

export function pointInEllipse(p: Point, g: EllipseGeometry, size: ImageSize, tolerance = 0): boolean {
  const c = toPixels(g, size);
  const local = rotatePoint(p, c, -g.rotation);
  const rx = (g.radiusX * size.width) / 100 + tolerance;
  const ry = (g.radiusY * size.height) / 100 + tolerance;
  if (rx <= 0 || ry <= 0) return false;
  const dx = (local.x - c.x) / rx;
  const dy = (local.y - c.y) / ry;
  return dx * dx + dy * dy <= 1;
}

/** Even-odd rule. */
export function pointInPolygon(p: Point, poly: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i];
    const b = poly[j];
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * Whether an image point (pixels) lies on a region. `tolerance` (pixels) widens edges, open
 * polylines and keypoints. Brush regions are hit-tested against their mask, not here (false).
 */
export function hitTest(shape: string, g: JsonObject, size: ImageSize, p: Point, tolerance = 0): boolean {
  if (!isImageShape(shape) || shape === 'brush' || geometryProblem(shape, g)) return false;
  switch (shape) {
    case 'rectangle':
      return pointInRect(p, readRect(g), size, tolerance);
    case 'ellipse':
      return pointInEllipse(p, readEllipse(g), size, tolerance);
    case 'keypoint': {
      const k = readKeyPoint(g);
      const c = toPixels(k, size);
      const r = Math.max(tolerance, k.width !== undefined ? (k.width * size.width) / 100 : 0);
      return Math.hypot(p.x - c.x, p.y - c.y) <= r;
    }
    case 'polygon': {
      const poly = readPolygon(g);
      const pts = polygonPixels(poly, size);
      if (poly.closed && pts.length >= 3 && pointInPolygon(p, pts)) return true;
      const n = poly.closed ? pts.length : pts.length - 1;
      for (let i = 0; i < n; i++) if (distanceToSegment(p, pts[i], pts[(i + 1) % pts.length]) <= tolerance) return true;
      return pts.length === 1 && Math.hypot(p.x - pts[0].x, p.y - pts[0].y) <= tolerance;
    }
  }
}

// ── Edits ─────────────────────────────────────────────────────────────────────

/** The rectangle (percent, rotation 0) spanned by two corner points (percent), in any order. */
export function rectFromCorners(a: Point, b: Point): RectGeometry {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y), rotation: 0 };
}

/** Moves a region by `dx, dy` percent; returns new geometry with the same keys in the same order. */
export function translateGeometry(shape: string, g: JsonObject, dx: number, dy: number): JsonObject {
  if (shape === 'polygon' && Array.isArray(g.points)) {
    return {
      ...g,
      points: g.points.map((p) => (Array.isArray(p) && finite(p[0]) && finite(p[1]) ? [p[0] + dx, p[1] + dy, ...p.slice(2)] : p)),
    };
  }
  if (shape === 'brush') return g;
  if (!finite(g.x) || !finite(g.y)) return g;
  return { ...g, x: g.x + dx, y: g.y + dy };
}

/** Handles of a rectangle's transformer: corners and edge midpoints. */
export type ResizeHandle = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w';

/**
 * Resizes a (rotated) rectangle by dragging one handle to `to` (percent). The opposite side
 * stays where it is; the rectangle is worked out in its own rotated frame, so rotation is kept.
 * Dragging past the opposite side flips the rectangle rather than giving a negative size.
 */
export function resizeRect(g: RectGeometry, handle: ResizeHandle, to: Point, size: ImageSize): RectGeometry {
  const o = toPixels(g, size);
  const w = (g.width * size.width) / 100;
  const h = (g.height * size.height) / 100;
  const local = rotatePoint(toPixels(to, size), o, -g.rotation);
  let x0 = o.x;
  let y0 = o.y;
  let x1 = o.x + w;
  let y1 = o.y + h;
  if (handle.includes('w')) x0 = local.x;
  if (handle.includes('e')) x1 = local.x;
  if (handle.includes('n')) y0 = local.y;
  if (handle.includes('s')) y1 = local.y;
  const nx = Math.min(x0, x1);
  const ny = Math.min(y0, y1);
  const topLeft = rotatePoint({ x: nx, y: ny }, o, g.rotation);
  const pct = toPercent(topLeft, size);
  return {
    x: pct.x,
    y: pct.y,
    width: (Math.abs(x1 - x0) * 100) / size.width,
    height: (Math.abs(y1 - y0) * 100) / size.height,
    rotation: g.rotation,
  };
}

/** Normalizes degrees to [0, 360). */
export function normalizeDegrees(deg: number): number {
  const d = deg % 360;
  return d < 0 ? d + 360 : d;
}

/**
 * Sets a rectangle's rotation keeping its centre in place (how a rotation handle behaves);
 * the stored `x, y` stays the rotated top-left corner, as Label Studio stores it.
 */
export function rotateRectTo(g: RectGeometry, deg: number, size: ImageSize): RectGeometry {
  const center = rectCenter(g, size);
  const rotation = normalizeDegrees(deg);
  const w = (g.width * size.width) / 100;
  const h = (g.height * size.height) / 100;
  const topLeft = rotatePoint({ x: center.x - w / 2, y: center.y - h / 2 }, center, rotation);
  const pct = toPercent(topLeft, size);
  return { ...g, x: pct.x, y: pct.y, rotation };
}

// ── Clipping on save ──────────────────────────────────────────────────────────

const clampPct = (v: number) => Math.min(100, Math.max(0, v));
const EPS = 1e-9;

/**
 * Geometry clipped to the image (percent 0–100), as saved. Geometry already inside is returned
 * as is (the same object), so loaded results save back unchanged. Unrotated rectangles are
 * intersected with the image; rotated rectangles and ellipses keep their angle and shrink around
 * a corner/centre moved inside; polygon points and keypoints are clamped.
 */
export function clipToImage(shape: string, g: JsonObject, size: ImageSize): JsonObject {
  if (!isImageShape(shape) || shape === 'brush' || geometryProblem(shape, g)) return g;
  switch (shape) {
    case 'rectangle': {
      const r = readRect(g);
      if (normalizeDegrees(r.rotation) === 0) {
        if (r.x >= 0 && r.y >= 0 && r.x + r.width <= 100 + EPS && r.y + r.height <= 100 + EPS) return g;
        const x = clampPct(r.x);
        const y = clampPct(r.y);
        const width = Math.max(0, clampPct(r.x + r.width) - x);
        const height = Math.max(0, clampPct(r.y + r.height) - y);
        return { ...g, x, y, width, height };
      }
      const inside = (c: RectGeometry) =>
        rectCorners(c, size).every((p) => p.x >= -EPS && p.y >= -EPS && p.x <= size.width + EPS && p.y <= size.height + EPS);
      if (inside(r)) return g;
      const start = { ...r, x: clampPct(r.x), y: clampPct(r.y) };
      let lo = 0;
      let hi = 1;
      for (let i = 0; i < 40; i++) {
        const mid = (lo + hi) / 2;
        if (inside({ ...start, width: r.width * mid, height: r.height * mid })) lo = mid;
        else hi = mid;
      }
      return { ...g, x: start.x, y: start.y, width: r.width * lo, height: r.height * lo };
    }
    case 'ellipse': {
      const e = readEllipse(g);
      const box = ellipseBBox(e, size);
      if (box.x >= -EPS && box.y >= -EPS && box.x + box.width <= size.width + EPS && box.y + box.height <= size.height + EPS)
        return g;
      const cx = clampPct(e.x);
      const cy = clampPct(e.y);
      const c = toPixels({ x: cx, y: cy }, size);
      const hw = box.width / 2;
      const hh = box.height / 2;
      const s = Math.max(
        0,
        Math.min(
          1,
          hw > 0 ? c.x / hw : 1,
          hw > 0 ? (size.width - c.x) / hw : 1,
          hh > 0 ? c.y / hh : 1,
          hh > 0 ? (size.height - c.y) / hh : 1,
        ),
      );
      return { ...g, x: cx, y: cy, radiusX: e.radiusX * s, radiusY: e.radiusY * s };
    }
    case 'keypoint': {
      const k = readKeyPoint(g);
      if (k.x >= 0 && k.x <= 100 && k.y >= 0 && k.y <= 100) return g;
      return { ...g, x: clampPct(k.x), y: clampPct(k.y) };
    }
    case 'polygon': {
      const points = g.points as JsonValue[];
      const out = points.map((p) => {
        const [x, y] = p as number[];
        return x >= 0 && x <= 100 && y >= 0 && y <= 100 ? p : [clampPct(x), clampPct(y), ...(p as number[]).slice(2)];
      });
      return out.some((p, i) => p !== points[i]) ? { ...g, points: out } : g;
    }
  }
}

/** Reads `original_width`/`original_height` from a result's top-level fields, if both are there. */
export function imageSizeOf(envelope: JsonObject | undefined): ImageSize | undefined {
  if (!envelope || !isJsonObject(envelope)) return undefined;
  const w = envelope.original_width;
  const h = envelope.original_height;
  return finite(w) && finite(h) && w > 0 && h > 0 ? { width: w, height: h } : undefined;
}
