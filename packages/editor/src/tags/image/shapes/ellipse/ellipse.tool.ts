import type { JsonObject } from '../../../../engine/json';
import type { Drawable, ImageSize } from '../../canvas/drawables';
import { DragBoxTool, type DragBox } from '../../tools/drag-box.tool';
import { round } from '../../tools/tool';

/**
 * Ellipse drawing by dragging: the ellipse fills the dragged box (centre and radii; Shift keeps
 * it circular); a click without dragging selects the region under it. New ellipses are unrotated.
 */
export class EllipseTool extends DragBoxTool {
  readonly name = 'ellipse';

  protected regionGeometry(box: DragBox, { width: W, height: H }: ImageSize): JsonObject {
    return {
      x: round(((box.x + box.w / 2) / W) * 100),
      y: round(((box.y + box.h / 2) / H) * 100),
      radiusX: round((box.w / 2 / W) * 100),
      radiusY: round((box.h / 2 / H) * 100),
      rotation: 0,
    };
  }

  protected previewShape(box: DragBox): Drawable {
    return {
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
}
