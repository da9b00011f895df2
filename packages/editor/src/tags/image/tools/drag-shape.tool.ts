import type { Drawable } from '../canvas/drawables';
import { bboxOfPoints, rotatedRectCorners } from '../geometry';
import type { Point } from '../canvas/viewport';
import { clampToImage, DRAG_THRESHOLD, round, type ImageTool, type PointerInput, type ToolHost, type ToolPreview } from './tool';

/**
 * Rectangle and ellipse drawing by dragging, as a state machine:
 * idle —down→ pressing —move past the threshold→ dragging —up→ create → idle.
 * A press released without dragging selects the region under it (or clears the selection).
 * Rectangles go from corner to corner; ellipses fill the dragged box (centre and radii).
 * Shift keeps the shape square or circular.
 */
export class DragShapeTool implements ImageTool {
  readonly cursor = 'crosshair';
  private start: Point | undefined;
  private current: Point | undefined;
  private dragging = false;
  private startScreen: Point | undefined;
  private square = false;

  constructor(
    private readonly host: ToolHost,
    readonly name: 'rectangle' | 'ellipse',
  ) {}

  get busy(): boolean {
    return this.start !== undefined;
  }

  down(e: PointerInput): void {
    this.start = clampToImage(this.host.size, e.image);
    this.current = this.start;
    this.startScreen = e.screen;
    this.dragging = false;
  }

  move(e: PointerInput): void {
    if (!this.start || !this.startScreen) return;
    if (!this.dragging && Math.hypot(e.screen.x - this.startScreen.x, e.screen.y - this.startScreen.y) < DRAG_THRESHOLD) return;
    this.dragging = true;
    this.square = e.shift;
    this.current = clampToImage(this.host.size, e.image);
    this.host.invalidate();
  }

  up(e: PointerInput): void {
    if (!this.start) return;
    if (!this.dragging) {
      const hit = this.host.regionAt(e.image);
      this.host.setSelection(hit ? [hit] : []);
      this.reset();
      return;
    }
    this.square = e.shift;
    this.current = clampToImage(this.host.size, e.image);
    const box = this.box();
    this.reset();
    if (!box || box.w < 1 || box.h < 1) return;
    const { width: W, height: H } = this.host.size;
    const id =
      this.name === 'rectangle'
        ? this.host.create('rectangle', {
            x: round((box.x / W) * 100),
            y: round((box.y / H) * 100),
            width: round((box.w / W) * 100),
            height: round((box.h / H) * 100),
            rotation: 0,
          })
        : this.host.create('ellipse', {
            x: round(((box.x + box.w / 2) / W) * 100),
            y: round(((box.y + box.h / 2) / H) * 100),
            radiusX: round((box.w / 2 / W) * 100),
            radiusY: round((box.h / 2 / H) * 100),
            rotation: 0,
          });
    if (id) this.host.setSelection([id]);
  }

  cancel(): void {
    this.reset();
  }

  key(key: string): boolean {
    if (key === 'Escape' && this.busy) {
      this.reset();
      return true;
    }
    return false;
  }

  private reset(): void {
    this.start = undefined;
    this.current = undefined;
    this.startScreen = undefined;
    this.dragging = false;
    this.host.invalidate();
  }

  /** The dragged box in image pixels, made square with Shift (within the image). */
  private box(): { x: number; y: number; w: number; h: number } | undefined {
    if (!this.start || !this.current) return undefined;
    let dx = this.current.x - this.start.x;
    let dy = this.current.y - this.start.y;
    if (this.square) {
      const s = Math.min(Math.abs(dx), Math.abs(dy));
      dx = Math.sign(dx) * s;
      dy = Math.sign(dy) * s;
    }
    return {
      x: Math.min(this.start.x, this.start.x + dx),
      y: Math.min(this.start.y, this.start.y + dy),
      w: Math.abs(dx),
      h: Math.abs(dy),
    };
  }

  preview(): ToolPreview | undefined {
    const box = this.dragging ? this.box() : undefined;
    if (!box) return undefined;
    let drawable: Drawable;
    if (this.name === 'rectangle') {
      const corners = rotatedRectCorners(box, box.w, box.h, 0);
      drawable = { kind: 'rect', id: '', corners, rotation: 0, bbox: bboxOfPoints(corners) };
    } else {
      drawable = {
        kind: 'ellipse',
        id: '',
        cx: box.x + box.w / 2,
        cy: box.y + box.h / 2,
        rx: box.w / 2,
        ry: box.h / 2,
        rotation: 0,
        bbox: { x: box.x, y: box.y, width: box.w, height: box.h },
      };
    }
    return { kind: 'shape', drawable, color: this.host.drawColor() };
  }
}
