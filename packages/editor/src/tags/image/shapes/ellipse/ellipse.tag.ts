import { imageControlModules } from '../../image-codec';

/**
 * `<EllipseLabels>` (`ellipselabels`) and `<Ellipse>` (`ellipse`, no label list) on an Image: `{x, y, radiusX, radiusY, rotation}` in percent, `x, y` the centre.
 */
export const [ellipseLabelsTag, ellipseTag] = imageControlModules(
  'EllipseLabels',
  'ellipselabels',
  'Ellipse',
  'ellipse',
  'ellipse',
);
