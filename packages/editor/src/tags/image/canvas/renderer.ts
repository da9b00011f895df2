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

/**
 * Draws regions on the regions canvas, in screen space so lines stay one width at every zoom.
 * Regions are batched by colour: one path, one fill and one stroke per colour, which keeps
 * thousands of boxes within a frame.
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
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  const batches = new Map<string, { path: Path2D; points: Path2D; dashed: Path2D; count: number }>();
  const [a, b, c, d, e, f] = vp.matrix;
  const sx = (x: number, y: number) => a * x + c * y + e;
  const sy = (x: number, y: number) => b * x + d * y + f;
  let count = 0;
  const brushes: { bitmap: BrushBitmap; color: string }[] = [];
  for (const dr of drawables) {
    const style = styleOf(dr.id);
    if (dr.kind === 'brush') {
      const bitmap = brushOf(dr.id);
      if (bitmap) brushes.push({ bitmap, color: style.color });
      count++;
      continue;
    }
    let batch = batches.get(style.color);
    if (!batch) batches.set(style.color, (batch = { path: new Path2D(), points: new Path2D(), dashed: new Path2D(), count: 0 }));
    const path = style.predicted ? batch.dashed : batch.path;
    count++;
    switch (dr.kind) {
      case 'rect':
      case 'polygon': {
        const pts = dr.kind === 'rect' ? dr.corners : dr.points;
        path.moveTo(sx(pts[0].x, pts[0].y), sy(pts[0].x, pts[0].y));
        for (let i = 1; i < pts.length; i++) path.lineTo(sx(pts[i].x, pts[i].y), sy(pts[i].x, pts[i].y));
        if (dr.kind === 'rect' || dr.closed) path.closePath();
        break;
      }
      case 'ellipse': {
        const cx = sx(dr.cx, dr.cy);
        const cy = sy(dr.cx, dr.cy);
        path.moveTo(cx + dr.rx * vp.zoom, cy);
        path.ellipse(cx, cy, dr.rx * vp.zoom, dr.ry * vp.zoom, ((dr.rotation + vp.rotation) * Math.PI) / 180, 0, Math.PI * 2);
        break;
      }
      case 'keypoint': {
        const x = sx(dr.x, dr.y);
        const y = sy(dr.x, dr.y);
        batch.points.moveTo(x + options.pointRadius, y);
        batch.points.arc(x, y, options.pointRadius, 0, Math.PI * 2);
        break;
      }
    }
  }
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
    ctx.globalAlpha = options.fillOpacity;
    ctx.fillStyle = color;
    ctx.fill(batch.path, 'evenodd');
    ctx.fill(batch.dashed, 'evenodd');
    ctx.globalAlpha = 1;
    ctx.strokeStyle = color;
    ctx.setLineDash([]);
    ctx.stroke(batch.path);
    ctx.setLineDash([6, 4]);
    ctx.stroke(batch.dashed);
    ctx.setLineDash([]);
    ctx.fill(batch.points);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 1;
    ctx.stroke(batch.points);
    ctx.lineWidth = options.strokeWidth;
  }
  ctx.globalAlpha = 1;
  return count;
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
