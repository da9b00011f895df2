import type { JsonObject } from '../../../../engine/json';
import type { Drawable, ImageSize } from '../../canvas/drawables';
import { bboxOfPoints, rotatedRectCorners } from '../../geometry';
import { DragBoxTool, type DragBox } from '../../tools/drag-box.tool';
import { round } from '../../tools/tool';

/**
 * Rectangle drawing by dragging from corner to corner (Shift keeps it square); a click without
 * dragging selects the region under it. New rectangles are unrotated.
 */
export class RectangleTool extends DragBoxTool {
  readonly name = 'rectangle';

  protected regionGeometry(box: DragBox, { width: W, height: H }: ImageSize): JsonObject {
    return {
      x: round((box.x / W) * 100),
      y: round((box.y / H) * 100),
      width: round((box.w / W) * 100),
      height: round((box.h / H) * 100),
      rotation: 0,
    };
  }

  protected previewShape(box: DragBox): Drawable {
    const corners = rotatedRectCorners(box, box.w, box.h, 0);
    return { kind: 'rect', id: '', corners, rotation: 0, bbox: bboxOfPoints(corners) };
  }
}
