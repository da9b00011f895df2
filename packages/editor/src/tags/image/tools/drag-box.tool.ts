import type { JsonObject } from '../../../engine/json';
import type { Drawable, ImageSize } from '../canvas/drawables';
import type { Point } from '../canvas/viewport';
import { clampToImage, DRAG_THRESHOLD, type ImageTool, type PointerInput, type ToolHost, type ToolPreview } from './tool';

/** A dragged box in image pixels: top-left corner and size. */
export interface DragBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Drawing a shape by dragging a box, as a state machine:
 * idle —down→ pressing —move past the threshold→ dragging —up→ create → idle.
 * A press released without dragging selects the region under it (or clears the selection).
 * Shift keeps the box square. The rectangle and ellipse tools say what the box becomes.
 */
export abstract class DragBoxTool implements ImageTool {
  abstract readonly name: 'rectangle' | 'ellipse';
  readonly cursor = 'crosshair';
  private start: Point | undefined;
  private current: Point | undefined;
  private dragging = false;
  private startScreen: Point | undefined;
  private square = false;

  constructor(protected readonly host: ToolHost) {}

  /** The new region's geometry (Label Studio percent) for a box dragged on an image of `size`. */
  protected abstract regionGeometry(box: DragBox, size: ImageSize): JsonObject;

  /** What the overlay draws while the box is dragged. */
  protected abstract previewShape(box: DragBox): Drawable;

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
    const id = this.host.create(this.name, this.regionGeometry(box, this.host.size));
    if (id) this.host.created(id);
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
  private box(): DragBox | undefined {
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
    return { kind: 'shape', drawable: this.previewShape(box), color: this.host.drawColor() };
  }
}
