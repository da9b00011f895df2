import type { Point } from '../../canvas/viewport';
import { clampToImage, round, type ImageTool, type PointerInput, type ToolHost, type ToolPreview } from '../../tools/tool';

/** Screen pixels within which a click lands on the first point and closes the polygon. */
export const CLOSE_DISTANCE = 8;

/**
 * Polygon drawing: each click adds a point (idle → drawing); clicking the first point again
 * (the cursor snaps to it when near) or pressing Enter closes the polygon and creates the
 * region; Backspace removes the last point; Escape drops the polygon. `snap="pixel"` rounds
 * points to whole image pixels.
 */
export class PolygonTool implements ImageTool {
  readonly name = 'polygon';
  readonly cursor = 'crosshair';
  private points: Point[] = [];
  private cursorAt: Point | undefined;
  private snapped = false;

  constructor(
    private readonly host: ToolHost,
    private readonly snapToPixel = false,
  ) {}

  get busy(): boolean {
    return this.points.length > 0;
  }

  private place(e: PointerInput): { point: Point; closes: boolean } {
    const first = this.points[0];
    if (first && this.points.length >= 3) {
      const s = this.host.viewport().toScreen(first);
      if (Math.hypot(s.x - e.screen.x, s.y - e.screen.y) <= CLOSE_DISTANCE) return { point: first, closes: true };
    }
    let p = clampToImage(this.host.size, e.image);
    if (this.snapToPixel) p = { x: Math.round(p.x), y: Math.round(p.y) };
    return { point: p, closes: false };
  }

  down(): void {}

  move(e: PointerInput): void {
    if (!this.busy) return;
    const { point, closes } = this.place(e);
    this.cursorAt = point;
    this.snapped = closes;
    this.host.invalidate();
  }

  up(e: PointerInput): void {
    const { point, closes } = this.place(e);
    if (closes) {
      this.close();
      return;
    }
    this.points.push(point);
    this.host.invalidate();
  }

  key(key: string): boolean {
    if (!this.busy) return false;
    if (key === 'Enter') {
      this.close();
      return true;
    }
    if (key === 'Escape') {
      this.cancel();
      return true;
    }
    if (key === 'Backspace' || key === 'Delete') {
      this.points.pop();
      this.host.invalidate();
      return true;
    }
    return false;
  }

  /** Creates the polygon from the points so far (three at least); returns its id. */
  close(): string | undefined {
    const pts = this.points;
    this.points = [];
    this.cursorAt = undefined;
    this.snapped = false;
    this.host.invalidate();
    if (pts.length < 3) return undefined;
    const { width: W, height: H } = this.host.size;
    const id = this.host.create('polygon', {
      points: pts.map((p) => [round((p.x / W) * 100), round((p.y / H) * 100)]),
      closed: true,
    });
    if (id) this.host.created(id);
    return id;
  }

  cancel(): void {
    this.points = [];
    this.cursorAt = undefined;
    this.host.invalidate();
  }

  preview(): ToolPreview | undefined {
    if (!this.busy) return undefined;
    return {
      kind: 'polyline',
      points: [...this.points],
      cursor: this.cursorAt,
      color: this.host.drawColor(),
      snapped: this.snapped,
    };
  }
}
