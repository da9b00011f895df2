import { imageControlModules } from '../../image-codec';

/**
 * `<KeyPointLabels>` (`keypointlabels`) and `<KeyPoint>` (`keypoint`, no label list) on an Image: `{x, y, width}` in percent (`width` is the point size).
 */
export const [keyPointLabelsTag, keyPointTag] = imageControlModules(
  'KeyPointLabels',
  'keypointlabels',
  'KeyPoint',
  'keypoint',
  'keypoint',
);
