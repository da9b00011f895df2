import { imageControlModules } from '../../image-codec';

/**
 * `<RectangleLabels>` (`rectanglelabels`) and `<Rectangle>` (`rectangle`, no label list) on an Image: `{x, y, width, height, rotation}` in percent, rotated clockwise around the top-left corner.
 */
export const [rectangleLabelsTag, rectangleTag] = imageControlModules(
  'RectangleLabels',
  'rectanglelabels',
  'Rectangle',
  'rectangle',
  'rectangle',
);
