import type { JsonObject } from '../../../engine/json';
import { distanceToSegment, toDrawable, type Drawable } from '../canvas/drawables';
import type { Point, Rect } from '../canvas/viewport';
import { deletePoint, insertPoint, movePoint, resizeEllipse, resizeRect, rotateTowards, translate } from './edit-geometry';
import { DRAG_THRESHOLD, type ImageTool, type PointerInput, type ToolHost, type ToolPreview } from './tool';

/** Screen pixels around a handle that still grab it. */
export const HANDLE_RADIUS = 6;
/** Screen distance of the rotation handle from the shape's top edge. */
export const ROTATE_HANDLE_OFFSET = 24;

export type Handle =
  | { readonly kind: 'corner'; readonly index: number; readonly at: Point }
  | { readonly kind: 'rotate'; readonly at: Point }
  | { readonly kind: 'vertex'; readonly index: number; readonly at: Point };

/** Handles of a selected shape, in image pixels (the rotation handle is placed in screen space). */
export function handlesOf(
  d: Drawable,
  toScreen: (p: Point) => Point,
  toImage: (p: Point) => Point,
  canRotate: boolean,
): Handle[] {
  switch (d.kind) {
    case 'rect':
    case 'ellipse': {
      const corners =
        d.kind === 'rect'
          ? d.corners
          : (() => {
              const r = (d.rotation * Math.PI) / 180;
              const at = (lx: number, ly: number) => ({
                x: d.cx + lx * Math.cos(r) - ly * Math.sin(r),
                y: d.cy + lx * Math.sin(r) + ly * Math.cos(r),
              });
              return [at(-d.rx, -d.ry), at(d.rx, -d.ry), at(d.rx, d.ry), at(-d.rx, d.ry)];
            })();
      const handles: Handle[] = corners.map((at, index) => ({ kind: 'corner', index, at }));
      if (canRotate) {
        const a = toScreen(corners[0]);
        const b = toScreen(corners[1]);
        const c = toScreen(corners[3]);
        const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        // Outward from the top edge: away from the bottom-left corner.
        const ux = a.x - c.x;
        const uy = a.y - c.y;
        const len = Math.hypot(ux, uy) || 1;
        handles.push({
          kind: 'rotate',
          at: toImage({ x: mid.x + (ux / len) * ROTATE_HANDLE_OFFSET, y: mid.y + (uy / len) * ROTATE_HANDLE_OFFSET }),
        });
      }
      return handles;
    }
    case 'polygon':
      return d.points.map((at, index) => ({ kind: 'vertex', index, at }));
    default:
      return [];
  }
}

type Gesture =
  | { readonly kind: 'press-region'; readonly id: string; readonly start: PointerInput; moved: boolean; last: Point }
  | { readonly kind: 'handle'; readonly id: string; readonly handle: Handle; readonly start: PointerInput; geometry?: JsonObject }
  | { readonly kind: 'press-empty'; readonly start: PointerInput; band: boolean; current: Point }
  | { readonly kind: 'pan'; last: Point };

/**
 * Selecting and editing regions:
 * - press on a region: select it (Shift adds or removes it), drag to move every selected region;
 * - press on a handle of the selected region: resize from a corner, rotate with the round handle
 *   above it, move a polygon's point (Alt+click deletes the point; a click on an edge adds one);
 * - Shift+drag on empty space: rubber-band selection; a plain drag on empty space pans; a click clears.
 * Each finished edit is one undo step.
 */
export class SelectTool implements ImageTool {
  readonly name = 'select';
  private gesture: Gesture | undefined;
  /** Geometry being dragged, shown instead of the region's own until the pointer is released. */
  private live = new Map<string, JsonObject>();

  constructor(
    private readonly host: ToolHost,
    private readonly options: { canRotate: (id: string) => boolean; pan: (dx: number, dy: number) => void },
  ) {}

  get cursor(): string {
    const g = this.gesture;
    if (g?.kind === 'pan') return 'grabbing';
    if (g?.kind === 'press-region' && g.moved) return 'move';
    return 'default';
  }

  get busy(): boolean {
    return this.gesture !== undefined;
  }

  /** Regions shown with dragged geometry while a gesture runs. */
  get editing(): ReadonlyMap<string, JsonObject> {
    return this.live;
  }

  handleAt(screen: Point): { id: string; handle: Handle } | undefined {
    const selection = this.host.selection();
    if (selection.length !== 1) return undefined;
    const id = selection[0];
    const d = this.host.drawable(id);
    if (!d || this.host.isLocked(id)) return undefined;
    const vp = this.host.viewport();
    const handles = handlesOf(
      d,
      (p) => vp.toScreen(p),
      (p) => vp.toImage(p),
      this.options.canRotate(id),
    );
    for (const handle of handles) {
      const s = vp.toScreen(handle.at);
      if (Math.hypot(s.x - screen.x, s.y - screen.y) <= HANDLE_RADIUS + 2) return { id, handle };
    }
    return undefined;
  }

  down(e: PointerInput): void {
    const handle = this.handleAt(e.screen);
    if (handle) {
      if (handle.handle.kind === 'vertex' && e.alt) {
        const g = this.host.geometryOf(handle.id);
        if (g) this.host.update(handle.id, deletePoint(g, handle.handle.index));
        return;
      }
      this.gesture = { kind: 'handle', id: handle.id, handle: handle.handle, start: e };
      return;
    }
    const hit = this.host.regionAt(e.image);
    if (hit) {
      const selection = this.host.selection();
      if (e.shift) {
        this.host.setSelection(selection.includes(hit) ? selection.filter((s) => s !== hit) : [...selection, hit]);
      } else if (!selection.includes(hit)) {
        this.host.setSelection([hit]);
      } else if (selection.length === 1 && this.addPointOnEdge(hit, e)) {
        return;
      }
      this.gesture = { kind: 'press-region', id: hit, start: e, moved: false, last: e.image };
      return;
    }
    if (e.shift) this.gesture = { kind: 'press-empty', start: e, band: true, current: e.screen };
    else this.gesture = { kind: 'press-empty', start: e, band: false, current: e.screen };
  }

  /** A press on an edge of the selected polygon (not on a point) inserts a point there. */
  private addPointOnEdge(id: string, e: PointerInput): boolean {
    const d = this.host.drawable(id);
    if (d?.kind !== 'polygon' || this.host.isLocked(id)) return false;
    const vp = this.host.viewport();
    const s = d.points.map((p) => vp.toScreen(p));
    for (let i = 0; i < s.length; i++) {
      if (!d.closed && i === s.length - 1) break;
      if (distanceToSegment(e.screen, s[i], s[(i + 1) % s.length]) <= 4) {
        const g = this.host.geometryOf(id);
        if (g) this.host.update(id, insertPoint(g, this.host.size, i, e.image));
        return true;
      }
    }
    return false;
  }

  move(e: PointerInput): void {
    const g = this.gesture;
    if (!g) return;
    switch (g.kind) {
      case 'press-region': {
        if (!g.moved && Math.hypot(e.screen.x - g.start.screen.x, e.screen.y - g.start.screen.y) < DRAG_THRESHOLD) return;
        g.moved = true;
        g.last = e.image;
        this.updateLiveMove(g.start.image, e.image);
        break;
      }
      case 'handle': {
        const geometry = this.host.geometryOf(g.id);
        if (!geometry) return;
        const h = g.handle;
        const next =
          h.kind === 'rotate'
            ? rotateTowards(geometry, this.host.size, e.image, e.shift ? 15 : 0)
            : h.kind === 'vertex'
              ? movePoint(geometry, this.host.size, h.index, clampPoint(e.image, this.host.size))
              : geometry.radiusX !== undefined
                ? resizeEllipse(geometry, this.host.size, e.image)
                : resizeRect(geometry, this.host.size, h.index, clampPoint(e.image, this.host.size));
        g.geometry = next;
        this.live = new Map([[g.id, next]]);
        break;
      }
      case 'press-empty':
        if (!g.band) {
          this.gesture = { kind: 'pan', last: e.screen };
          this.options.pan(e.screen.x - g.start.screen.x, e.screen.y - g.start.screen.y);
          return;
        }
        g.current = e.screen;
        break;
      case 'pan':
        this.options.pan(e.screen.x - g.last.x, e.screen.y - g.last.y);
        g.last = e.screen;
        return;
    }
    this.host.invalidate();
  }

  /** Offsets every selected, unlocked region; the offset is limited so all stay inside the image. */
  private updateLiveMove(from: Point, to: Point): void {
    let dx = to.x - from.x;
    let dy = to.y - from.y;
    const ids = this.host.selection().filter((id) => !this.host.isLocked(id));
    let box: Rect | undefined;
    for (const id of ids) {
      const b = this.host.drawable(id)?.bbox;
      if (!b) continue;
      box = box ? union(box, b) : b;
    }
    if (box) {
      dx = Math.min(Math.max(dx, -box.x), this.host.size.width - (box.x + box.width));
      dy = Math.min(Math.max(dy, -box.y), this.host.size.height - (box.y + box.height));
    }
    const live = new Map<string, JsonObject>();
    for (const id of ids) {
      const geometry = this.host.geometryOf(id);
      if (geometry) live.set(id, translate(geometry, this.host.size, dx, dy));
    }
    this.live = live;
  }

  up(e: PointerInput): void {
    const g = this.gesture;
    this.gesture = undefined;
    const live = this.live;
    this.live = new Map();
    if (!g) return;
    if (g.kind === 'press-region' || g.kind === 'handle') {
      if (live.size > 0) this.host.updateMany([...live]);
    } else if (g.kind === 'press-empty') {
      if (g.band) {
        const a = g.start.image;
        const b = this.host.viewport().toImage(e.screen);
        const rect = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
        const inside = this.host.regionsIn(rect);
        const current = this.host.selection();
        this.host.setSelection([...new Set([...current, ...inside])]);
      } else {
        this.host.setSelection([]);
      }
    }
    this.host.invalidate();
  }

  key(key: string): boolean {
    if (key === 'Escape' && this.gesture) {
      this.cancel();
      return true;
    }
    return false;
  }

  cancel(): void {
    this.gesture = undefined;
    this.live = new Map();
    this.host.invalidate();
  }

  preview(): ToolPreview | undefined {
    const g = this.gesture;
    if (g?.kind === 'press-empty' && g.band) {
      const a = g.start.screen;
      const b = g.current;
      return {
        kind: 'band',
        rect: { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) },
      };
    }
    return undefined;
  }

  /** Drawables for the regions being dragged. */
  liveDrawables(): Drawable[] {
    const out: Drawable[] = [];
    for (const [id, geometry] of this.live) {
      const d = toDrawable({ typeName: 'region', id, objectName: '', shape: '', geometry, seq: 0 }, this.host.size);
      if (d) out.push(d);
    }
    return out;
  }
}

function clampPoint(p: Point, size: { width: number; height: number }): Point {
  return { x: Math.min(size.width, Math.max(0, p.x)), y: Math.min(size.height, Math.max(0, p.y)) };
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}
