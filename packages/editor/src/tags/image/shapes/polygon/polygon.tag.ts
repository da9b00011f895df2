import { imageControlModules } from '../../image-codec';

/**
 * `<PolygonLabels>` (`polygonlabels`) and `<Polygon>` (`polygon`, no label list) on an Image: `{points: [[x, y], …], closed}` in percent.
 */
export const [polygonLabelsTag, polygonTag] = imageControlModules(
  'PolygonLabels',
  'polygonlabels',
  'Polygon',
  'polygon',
  'polygon',
);
