import type { JsonObject } from '../../../engine/json';
import type { RegionRecord } from '../../../engine/records';
import { bboxOfPoints, rotatedRectCorners } from '../geometry';
import type { Point, Rect } from './viewport';

/**
 * A region as the canvas draws and hit-tests it: in natural image pixels, with its bounding box.
 * Built from the record's Label Studio geometry (percent of the image) once per record version.
 */
export type Drawable =
  | {
      readonly kind: 'rect';
      readonly id: string;
      readonly bbox: Rect;
      readonly corners: readonly Point[];
      readonly rotation: number;
    }
  | {
      readonly kind: 'polygon';
      readonly id: string;
      readonly bbox: Rect;
      readonly points: readonly Point[];
      readonly closed: boolean;
    }
  | {
      readonly kind: 'ellipse';
      readonly id: string;
      readonly bbox: Rect;
      readonly cx: number;
      readonly cy: number;
      readonly rx: number;
      readonly ry: number;
      readonly rotation: number;
    }
  | { readonly kind: 'keypoint'; readonly id: string; readonly bbox: Rect; readonly x: number; readonly y: number }
  | { readonly kind: 'brush'; readonly id: string; readonly bbox: Rect };

/** Screen radius keypoints are drawn with (and hit within, plus a margin). */
export const KEYPOINT_RADIUS = 5;

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Corners of a rectangle rotated clockwise by `deg` around its top-left corner (Label Studio's convention). */
/** Geometry keys tell the kinds apart, so pre-annotations of any image control draw. */
export function kindOf(region: RegionRecord): Drawable['kind'] | undefined {
  const g = region.geometry;
  if (Array.isArray(g.points)) return 'polygon';
  if (g.rle !== undefined || g.format === 'rle' || region.shape.includes('brush')) return 'brush';
  if (g.radiusX !== undefined) return 'ellipse';
  if (region.shape.includes('keypoint') || (g.x !== undefined && g.height === undefined)) return 'keypoint';
  if (g.x !== undefined && g.width !== undefined) return 'rect';
  return undefined;
}

/** The drawable of a region, or undefined for geometry that is not an image shape (or is malformed). */
export function toDrawable(region: RegionRecord, size: ImageSize, brushBox?: Rect): Drawable | undefined {
  const g: JsonObject = region.geometry;
  const sx = size.width / 100;
  const sy = size.height / 100;
  const id = region.id;
  switch (kindOf(region)) {
    case 'rect': {
      const x = num(g.x);
      const y = num(g.y);
      const w = num(g.width);
      const h = num(g.height);
      if (x === undefined || y === undefined || w === undefined || h === undefined) return undefined;
      const rotation = num(g.rotation) ?? 0;
      const corners = rotatedRectCorners({ x: x * sx, y: y * sy }, w * sx, h * sy, rotation);
      return { kind: 'rect', id, corners, rotation, bbox: bboxOfPoints(corners) };
    }
    case 'polygon': {
      const points: Point[] = [];
      for (const p of g.points as unknown[]) {
        if (!Array.isArray(p)) continue;
        const x = num(p[0]);
        const y = num(p[1]);
        if (x !== undefined && y !== undefined) points.push({ x: x * sx, y: y * sy });
      }
      if (points.length === 0) return undefined;
      return { kind: 'polygon', id, points, closed: g.closed !== false, bbox: bboxOfPoints(points) };
    }
    case 'ellipse': {
      const cx = num(g.x);
      const cy = num(g.y);
      const rx = num(g.radiusX);
      const ry = num(g.radiusY);
      if (cx === undefined || cy === undefined || rx === undefined || ry === undefined) return undefined;
      const rotation = num(g.rotation) ?? 0;
      const r = Math.max(rx * sx, ry * sy);
      return {
        kind: 'ellipse',
        id,
        cx: cx * sx,
        cy: cy * sy,
        rx: rx * sx,
        ry: ry * sy,
        rotation,
        bbox: { x: cx * sx - r, y: cy * sy - r, width: 2 * r, height: 2 * r },
      };
    }
    case 'keypoint': {
      const x = num(g.x);
      const y = num(g.y);
      if (x === undefined || y === undefined) return undefined;
      return { kind: 'keypoint', id, x: x * sx, y: y * sy, bbox: { x: x * sx, y: y * sy, width: 0, height: 0 } };
    }
    case 'brush':
      return { kind: 'brush', id, bbox: brushBox ?? { x: 0, y: 0, width: size.width, height: size.height } };
    default:
      return undefined;
  }
}

/** Whether an image point lies on a drawable; `tolerance` is in image pixels (for points and open lines). */
export function hitTest(d: Drawable, p: Point, tolerance: number): boolean {
  switch (d.kind) {
    case 'rect':
      return pointInPolygon(p, d.corners) || nearOutline(p, d.corners, true, tolerance);
    case 'polygon':
      return (d.closed && pointInPolygon(p, d.points)) || nearOutline(p, d.points, d.closed, tolerance);
    case 'ellipse': {
      const r = (-d.rotation * Math.PI) / 180;
      const dx = p.x - d.cx;
      const dy = p.y - d.cy;
      const lx = dx * Math.cos(r) - dy * Math.sin(r);
      const ly = dx * Math.sin(r) + dy * Math.cos(r);
      const rx = Math.max(d.rx, 1e-9) + tolerance;
      const ry = Math.max(d.ry, 1e-9) + tolerance;
      return (lx * lx) / (rx * rx) + (ly * ly) / (ry * ry) <= 1;
    }
    case 'keypoint':
      return Math.hypot(p.x - d.x, p.y - d.y) <= tolerance;
    case 'brush':
      return false;
  }
}

export function pointInPolygon(p: Point, poly: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i];
    const b = poly[j];
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

function nearOutline(p: Point, pts: readonly Point[], closed: boolean, tolerance: number): boolean {
  const n = pts.length;
  if (n === 1) return Math.hypot(p.x - pts[0].x, p.y - pts[0].y) <= tolerance;
  for (let i = 0; i < (closed ? n : n - 1); i++) {
    if (distanceToSegment(p, pts[i], pts[(i + 1) % n]) <= tolerance) return true;
  }
  return false;
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}
