import type { Drawable } from './drawables';
import type { Point, Rect, Viewport } from './viewport';

/** How one region looks: its label colour, and whether it is selected or pre-annotated. */
export interface RegionStyle {
  readonly color: string;
  readonly selected: boolean;
  /** An unedited prediction: drawn dashed. */
  readonly predicted: boolean;
}

export interface DrawOptions {
  /** Fill opacity of regions (0–1). */
  readonly fillOpacity: number;
  readonly strokeWidth: number;
  /** Keypoint radius in screen pixels. */
  readonly pointRadius: number;
}

/** A mask bitmap in image pixels, drawn with the image transform. */
export interface BrushBitmap {
  readonly canvas: CanvasImageSource;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Sizes a canvas's backing store for devicePixelRatio; returns the ratio used. */
export function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number): number {
  const dpr = Math.min(globalThis.devicePixelRatio || 1, 3);
  const w = Math.max(1, Math.round(width * dpr));
  const h = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  return dpr;
}

/** Keypoints per path: one path per colour grows so large that it fills and strokes slowly. */
const CHUNK = 32;

/**
 * Draws regions on the regions canvas, in screen space so lines stay one width at every zoom.
 * Colours are drawn one after another in the order of `drawables` (first appearance); within a
 * colour every shape is filled on its own (overlaps of two regions show darker, as in Label
 * Studio), then every outline is stroked on its own. One path per colour would be fewer calls,
 * but the browser fills and strokes a path of thousands of shapes far slower than thousands of
 * small ones, and a pixel's colour would depend on which shapes shared a path. Drawn shape by
 * shape, it depends only on the shapes over it, so any part of the canvas can be redrawn alone,
 * clipped, with the same result (the stage redraws only what an edit or a pan exposes).
 *
 * Keeps the canvas transform as it finds it; draws over what is there (the caller clears).
 */
export function drawRegions(
  ctx: CanvasRenderingContext2D,
  dpr: number,
  vp: Viewport,
  drawables: Iterable<Drawable>,
  styleOf: (id: string) => RegionStyle,
  brushOf: (id: string) => BrushBitmap | undefined,
  options: DrawOptions,
): number {
  const batches = new Map<string, { shapes: Shape[]; dashed: Shape[]; points: KeyPointDrawable[] }>();
  const [a, b, c, d, e, f] = vp.matrix;
  // Axis-aligned on screen (the box not turned, the view turned by quarter turns): boxes take the
  // rectangle fast paths.
  const upright = b === 0 || a === 0;
  let count = 0;
  const brushes: { bitmap: BrushBitmap; color: string }[] = [];
  for (const dr of drawables) {
    const style = styleOf(dr.id);
    count++;
    if (dr.kind === 'brush') {
      const bitmap = brushOf(dr.id);
      if (bitmap) brushes.push({ bitmap, color: style.color });
      continue;
    }
    let batch = batches.get(style.color);
    if (!batch) batches.set(style.color, (batch = { shapes: [], dashed: [], points: [] }));
    if (dr.kind === 'keypoint') batch.points.push(dr);
    else (style.predicted ? batch.dashed : batch.shapes).push({ dr, rect: upright ? screenRect(vp, dr) : undefined });
  }
  ctx.save();
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  for (const { bitmap } of brushes) {
    ctx.save();
    ctx.transform(a, b, c, d, e, f);
    ctx.globalAlpha = Math.min(1, options.fillOpacity + 0.3);
    ctx.drawImage(bitmap.canvas, bitmap.x, bitmap.y, bitmap.width, bitmap.height);
    ctx.restore();
  }
  ctx.lineWidth = options.strokeWidth;
  for (const [color, batch] of batches) {
    ctx.fillStyle = color;
    ctx.strokeStyle = color;
    ctx.globalAlpha = options.fillOpacity;
    for (const shape of batch.shapes) paintShape(ctx, vp, shape, 'fill');
    for (const shape of batch.dashed) paintShape(ctx, vp, shape, 'fill');
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    for (const shape of batch.shapes) paintShape(ctx, vp, shape, 'stroke');
    ctx.setLineDash([6, 4]);
    for (const shape of batch.dashed) paintShape(ctx, vp, shape, 'stroke');
    ctx.setLineDash([]);
    for (let i = 0; i < batch.points.length; i += CHUNK) {
      const path = new Path2D();
      for (const dr of batch.points.slice(i, i + CHUNK)) {
        const x = a * dr.x + c * dr.y + e;
        const y = b * dr.x + d * dr.y + f;
        path.moveTo(x + options.pointRadius, y);
        path.arc(x, y, options.pointRadius, 0, Math.PI * 2);
      }
      ctx.fill(path);
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1;
      ctx.stroke(path);
      ctx.strokeStyle = color;
      ctx.lineWidth = options.strokeWidth;
    }
  }
  ctx.restore();
  return count;
}

type KeyPointDrawable = Extract<Drawable, { kind: 'keypoint' }>;

/** A box, polygon or ellipse to paint, with its screen rectangle when it is an upright box. */
interface Shape {
  dr: Drawable;
  rect: [number, number, number, number] | undefined;
}

/** A box that is axis-aligned on screen (the view upright), as x, y, width, height; undefined when it is turned. */
function screenRect(vp: Viewport, dr: Drawable): [number, number, number, number] | undefined {
  if (dr.kind !== 'rect' || dr.rotation % 90 !== 0) return undefined;
  const [a, b, c, d, e, f] = vp.matrix;
  const p = dr.corners[0];
  const q = dr.corners[2];
  const x0 = a * p.x + c * p.y + e;
  const y0 = b * p.x + d * p.y + f;
  const x1 = a * q.x + c * q.y + e;
  const y1 = b * q.x + d * q.y + f;
  return [Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)];
}

function paintShape(ctx: CanvasRenderingContext2D, vp: Viewport, { dr, rect }: Shape, how: 'fill' | 'stroke'): void {
  if (rect) {
    if (how === 'fill') ctx.fillRect(rect[0], rect[1], rect[2], rect[3]);
    else ctx.strokeRect(rect[0], rect[1], rect[2], rect[3]);
    return;
  }
  ctx.beginPath();
  shapePath(ctx, vp, dr);
  if (how === 'fill') ctx.fill('evenodd');
  else ctx.stroke();
}

/** A rectangle, polygon or ellipse as a closed (or open) subpath in screen space. */
function shapePath(path: CanvasPath, vp: Viewport, dr: Drawable): void {
  const [a, b, c, d, e, f] = vp.matrix;
  switch (dr.kind) {
    case 'rect':
    case 'polygon': {
      const pts = dr.kind === 'rect' ? dr.corners : dr.points;
      path.moveTo(a * pts[0].x + c * pts[0].y + e, b * pts[0].x + d * pts[0].y + f);
      for (let i = 1; i < pts.length; i++) path.lineTo(a * pts[i].x + c * pts[i].y + e, b * pts[i].x + d * pts[i].y + f);
      if (dr.kind === 'rect' || dr.closed) path.closePath();
      break;
    }
    case 'ellipse': {
      const cx = a * dr.cx + c * dr.cy + e;
      const cy = b * dr.cx + d * dr.cy + f;
      path.moveTo(cx + dr.rx * vp.zoom, cy);
      path.ellipse(cx, cy, dr.rx * vp.zoom, dr.ry * vp.zoom, ((dr.rotation + vp.rotation) * Math.PI) / 180, 0, Math.PI * 2);
      break;
    }
    default:
      break;
  }
}

/** The grid over the image, every `size` image pixels. */
export function drawGrid(ctx: CanvasRenderingContext2D, vp: Viewport, size: number, color: string): void {
  const { width, height } = vp.image;
  if (size * vp.zoom < 4) return;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  ctx.globalAlpha = 0.6;
  ctx.beginPath();
  const view = vp.visibleImageRect();
  const x0 = Math.max(0, Math.floor(view.x / size) * size);
  const y0 = Math.max(0, Math.floor(view.y / size) * size);
  const x1 = Math.min(width, view.x + view.width);
  const y1 = Math.min(height, view.y + view.height);
  for (let x = x0; x <= x1; x += size) line(ctx, vp.toScreen({ x, y: 0 }), vp.toScreen({ x, y: height }));
  for (let y = y0; y <= y1; y += size) line(ctx, vp.toScreen({ x: 0, y }), vp.toScreen({ x: width, y }));
  ctx.stroke();
  ctx.restore();
}

function line(ctx: CanvasRenderingContext2D, a: Point, b: Point): void {
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
}

/** Outline of a drawable in screen space, for the selection overlay and the shape being drawn. */
export function outline(ctx: CanvasRenderingContext2D, vp: Viewport, dr: Drawable, pointRadius: number): void {
  switch (dr.kind) {
    case 'rect':
    case 'polygon': {
      const pts = (dr.kind === 'rect' ? dr.corners : dr.points).map((p) => vp.toScreen(p));
      ctx.moveTo(pts[0].x, pts[0].y);
      for (const p of pts.slice(1)) ctx.lineTo(p.x, p.y);
      if (dr.kind === 'rect' || dr.closed) ctx.closePath();
      break;
    }
    case 'ellipse': {
      const c = vp.toScreen({ x: dr.cx, y: dr.cy });
      ctx.moveTo(c.x + dr.rx * vp.zoom, c.y);
      ctx.ellipse(c.x, c.y, dr.rx * vp.zoom, dr.ry * vp.zoom, ((dr.rotation + vp.rotation) * Math.PI) / 180, 0, Math.PI * 2);
      break;
    }
    case 'keypoint': {
      const p = vp.toScreen({ x: dr.x, y: dr.y });
      ctx.moveTo(p.x + pointRadius + 2, p.y);
      ctx.arc(p.x, p.y, pointRadius + 2, 0, Math.PI * 2);
      break;
    }
    case 'brush': {
      rectPath(ctx, vp, dr.bbox);
      break;
    }
  }
}

export function rectPath(ctx: CanvasRenderingContext2D, vp: Viewport, r: Rect): void {
  const pts = [
    { x: r.x, y: r.y },
    { x: r.x + r.width, y: r.y },
    { x: r.x + r.width, y: r.y + r.height },
    { x: r.x, y: r.y + r.height },
  ].map((p) => vp.toScreen(p));
  ctx.moveTo(pts[0].x, pts[0].y);
  for (const p of pts.slice(1)) ctx.lineTo(p.x, p.y);
  ctx.closePath();
}
