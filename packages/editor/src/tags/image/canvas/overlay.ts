import type { Drawable } from './drawables';
import { outline } from './renderer';
import type { Point, Viewport } from './viewport';
import type { Handle } from '../tools/select.tool';
import type { ToolPreview } from '../tools/tool';

export interface OverlayState {
  readonly selected: readonly { readonly drawable: Drawable; readonly color: string }[];
  readonly handles: readonly Handle[];
  /** Regions being dragged, drawn at their new place. */
  readonly live: readonly { readonly drawable: Drawable; readonly color: string }[];
  readonly preview?: ToolPreview;
  /** Crosshair lines through the pointer (stage pixels). */
  readonly crosshair?: Point;
  readonly pointRadius: number;
  readonly fillOpacity: number;
}

/** The selection, handles, shapes in progress and the crosshair, over the regions canvas. */
export function drawOverlay(ctx: CanvasRenderingContext2D, dpr: number, vp: Viewport, s: OverlayState): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  for (const { drawable, color } of s.live) {
    ctx.beginPath();
    outline(ctx, vp, drawable, s.pointRadius);
    ctx.globalAlpha = s.fillOpacity;
    ctx.fillStyle = color;
    ctx.fill('evenodd');
    ctx.globalAlpha = 1;
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  for (const { drawable } of s.selected) {
    ctx.beginPath();
    outline(ctx, vp, drawable, s.pointRadius);
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#fff';
    ctx.stroke();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#1c7ed6';
    ctx.setLineDash([5, 3]);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  for (const h of s.handles) {
    const p = vp.toScreen(h.at);
    ctx.beginPath();
    if (h.kind === 'rotate') ctx.arc(p.x, p.y, 5, 0, Math.PI * 2);
    else ctx.rect(p.x - 4, p.y - 4, 8, 8);
    ctx.fillStyle = '#fff';
    ctx.fill();
    ctx.strokeStyle = '#1c7ed6';
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  const pv = s.preview;
  if (pv?.kind === 'shape') {
    ctx.beginPath();
    outline(ctx, vp, pv.drawable, s.pointRadius);
    ctx.globalAlpha = s.fillOpacity;
    ctx.fillStyle = pv.color;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = pv.color;
    ctx.lineWidth = 2;
    ctx.stroke();
  } else if (pv?.kind === 'polyline') {
    const pts = pv.points.map((p) => vp.toScreen(p));
    ctx.beginPath();
    pts.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
    if (pv.cursor) {
      const c = vp.toScreen(pv.cursor);
      ctx.lineTo(c.x, c.y);
    }
    ctx.strokeStyle = pv.color;
    ctx.lineWidth = 2;
    ctx.stroke();
    pts.forEach((p, i) => {
      ctx.beginPath();
      ctx.arc(p.x, p.y, i === 0 && pv.snapped ? 7 : 4, 0, Math.PI * 2);
      ctx.fillStyle = i === 0 ? '#fff' : pv.color;
      ctx.fill();
      ctx.strokeStyle = pv.color;
      ctx.stroke();
    });
  } else if (pv?.kind === 'band') {
    ctx.fillStyle = 'rgba(28, 126, 214, 0.12)';
    ctx.fillRect(pv.rect.x, pv.rect.y, pv.rect.width, pv.rect.height);
    ctx.strokeStyle = '#1c7ed6';
    ctx.lineWidth = 1;
    ctx.strokeRect(pv.rect.x, pv.rect.y, pv.rect.width, pv.rect.height);
  } else if (pv?.kind === 'brush') {
    if (pv.stroke.length > 0) {
      const pts = pv.stroke.map((p) => vp.toScreen(p));
      ctx.beginPath();
      pts.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
      if (pts.length === 1) ctx.lineTo(pts[0].x + 0.01, pts[0].y);
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.lineWidth = pv.radius * 2 * vp.zoom;
      ctx.globalAlpha = 0.5;
      ctx.strokeStyle = pv.erase ? '#ffffff' : pv.color;
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.lineCap = 'butt';
      ctx.lineJoin = 'miter';
    }
    const c = vp.toScreen(pv.center);
    ctx.beginPath();
    ctx.arc(c.x, c.y, pv.radius * vp.zoom, 0, Math.PI * 2);
    ctx.strokeStyle = pv.erase ? '#fa5252' : '#1c7ed6';
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  if (s.crosshair) {
    const { width, height } = vp.stage;
    ctx.beginPath();
    ctx.moveTo(0, s.crosshair.y);
    ctx.lineTo(width, s.crosshair.y);
    ctx.moveTo(s.crosshair.x, 0);
    ctx.lineTo(s.crosshair.x, height);
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.8)';
    ctx.lineWidth = 1;
    ctx.stroke();
  }
}
