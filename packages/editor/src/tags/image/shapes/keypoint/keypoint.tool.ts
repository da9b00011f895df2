import { round, type ImageTool, type PointerInput, type ToolHost, type ToolPreview } from '../../tools/tool';

/** Keypoint placement: a click inside the image places a point (`width` is the point size in percent, as Label Studio stores it). */
export class KeyPointTool implements ImageTool {
  readonly name = 'keypoint';
  readonly cursor = 'crosshair';
  readonly busy = false;

  constructor(
    private readonly host: ToolHost,
    private readonly pointSize = 0.5,
  ) {}

  down(): void {}

  move(): void {}

  up(e: PointerInput): void {
    const { width: W, height: H } = this.host.size;
    const { x, y } = e.image;
    if (x < 0 || y < 0 || x > W || y > H) return;
    const id = this.host.create('keypoint', { x: round((x / W) * 100), y: round((y / H) * 100), width: this.pointSize });
    if (id) this.host.created(id);
  }

  cancel(): void {}

  preview(): ToolPreview | undefined {
    return undefined;
  }
}
