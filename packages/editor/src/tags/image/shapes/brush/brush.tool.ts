import type { Point } from '../../canvas/viewport';
import { type ImageTool, type PointerInput, type ToolHost, type ToolPreview } from '../../tools/tool';

/** Where a finished stroke goes: the image view paints it into a mask and saves it as one undo step. */
export type StrokeSink = (points: readonly Point[], radius: number, erase: boolean) => void;

/**
 * Brush and eraser: a press starts a stroke, moves add points, the release hands the whole
 * stroke to the mask (one undo step per stroke). While painting, the stroke is drawn on the
 * overlay only, so nothing heavy happens per pointer move.
 */
export class BrushTool implements ImageTool {
  readonly cursor = 'none';
  private points: Point[] = [];
  private at: Point | undefined;

  constructor(
    private readonly host: ToolHost,
    readonly name: 'brush' | 'eraser',
    /** Brush diameter in image pixels. */
    private readonly size: () => number,
    private readonly sink: StrokeSink,
  ) {}

  get busy(): boolean {
    return this.points.length > 0;
  }

  private get radius(): number {
    return Math.max(0.5, this.size() / 2);
  }

  down(e: PointerInput): void {
    this.points = [e.image];
    this.at = e.image;
    this.host.invalidate();
  }

  move(e: PointerInput): void {
    this.at = e.image;
    if (this.busy) {
      const last = this.points[this.points.length - 1];
      // Points closer than a quarter of the radius add nothing the line between them doesn't.
      if (Math.hypot(e.image.x - last.x, e.image.y - last.y) >= this.radius / 4) this.points.push(e.image);
    }
    this.host.invalidate();
  }

  up(e: PointerInput): void {
    if (!this.busy) return;
    this.points.push(e.image);
    const points = this.points;
    this.points = [];
    this.sink(points, this.radius, this.name === 'eraser');
    this.host.invalidate();
  }

  key(key: string): boolean {
    if (key === 'Escape' && this.busy) {
      this.cancel();
      return true;
    }
    return false;
  }

  cancel(): void {
    this.points = [];
    this.host.invalidate();
  }

  preview(): ToolPreview | undefined {
    if (!this.at) return undefined;
    return {
      kind: 'brush',
      center: this.at,
      radius: this.radius,
      erase: this.name === 'eraser',
      stroke: this.points,
      color: this.host.drawColor(),
    };
  }
}
