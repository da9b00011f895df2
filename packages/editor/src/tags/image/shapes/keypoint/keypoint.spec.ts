import { describe, expect, it } from 'vitest';
import { keyOrders, TestEngine } from '../../../../testing/test-engine';
import { createImageRegion, keyPointGeometry, moveRegions, nudgeRegions } from '../../image-regions';

const CONFIG = `<View>
  <Image name="img" value="$image"/>
  <KeyPointLabels name="kp" toName="img"><Label value="Eye"/><Label value="Nose"/></KeyPointLabels>
  <KeyPoint name="point" toName="img"/>
</View>`;
const DATA = { image: 'face.jpg' };

const LS_RESULT = [
  {
    original_width: 1000,
    original_height: 500,
    image_rotation: 90,
    value: { x: 44.5, y: 30.2, width: 0.75, keypointlabels: ['Eye'] },
    id: 'kp_1',
    from_name: 'kp',
    to_name: 'img',
    type: 'keypointlabels',
    origin: 'prediction',
    score: 0.5,
  },
  {
    original_width: 1000,
    original_height: 500,
    image_rotation: 90,
    value: { x: 1, y: 2, width: 0.5 },
    id: 'kp_2',
    from_name: 'point',
    to_name: 'img',
    type: 'keypoint',
    origin: 'manual',
  },
];

describe('KeyPointLabels', () => {
  it('round-trips keypoints with image_rotation and score', () => {
    const t = new TestEngine(CONFIG, DATA);
    const saved = t.roundTrip(LS_RESULT);
    expect(saved).toEqual(LS_RESULT);
    expect(keyOrders(saved)).toEqual(keyOrders(LS_RESULT));
  });

  it('skips a keypoint without coordinates', () => {
    const t = new TestEngine(CONFIG, DATA);
    const problems = t.engine.load([{ ...LS_RESULT[0], value: { x: 3, keypointlabels: ['Eye'] } }, LS_RESULT[1]], 'prediction');
    expect(problems).toEqual([{ index: 0, message: 'value.y must be a number', skipped: true }]);
    expect(t.saved().map((r) => r.id)).toEqual(['kp_2']);
  });

  it('places, nudges by pixels, keeps inside the image, deletes, with undo and redo', () => {
    const t = new TestEngine(CONFIG, DATA);
    const id = createImageRegion(t.engine, {
      objectName: 'img',
      control: 'kp',
      geometry: keyPointGeometry(50, 50, 0.5),
      labels: ['Nose'],
      image: { width: 1000, height: 500, rotation: 0 },
    })!;
    expect(t.saved()[0]).toMatchObject({ image_rotation: 0, value: { x: 50, y: 50, width: 0.5, keypointlabels: ['Nose'] } });
    nudgeRegions(t.engine, [id], 10, -5); // 1% of 1000 px, -1% of 500 px
    expect(t.saved()[0].value).toMatchObject({ x: 51, y: 49 });
    moveRegions(t.engine, [id], 80, 0); // stops at the right edge
    expect(t.saved()[0].value).toMatchObject({ x: 100, y: 49 });
    t.engine.undo();
    t.engine.undo();
    expect(t.saved()[0].value).toMatchObject({ x: 50, y: 50 });
    t.engine.redo();
    expect(t.saved()[0].value).toMatchObject({ x: 51, y: 49 });
    t.engine.deleteRegion(id);
    expect(t.saved()).toEqual([]);
    t.engine.undo();
    expect(t.saved()).toHaveLength(1);
  });
});
