import { describe, expect, it } from 'vitest';
import { TestImageStage } from '../../../../testing/test-image-stage';
import { KeyPointTool } from './keypoint.tool';

describe('keypoint tool', () => {
  it('places keypoints with a click', () => {
    const t = new TestImageStage();
    t.engine.toggleActiveLabel('kp', 'Eye');
    const tool = new KeyPointTool(t.host);
    tool.up(t.at(400, 300));
    tool.up(t.at(900, 300)); // outside the image: nothing
    expect(t.values('keypointlabels')).toEqual([{ x: 50, y: 50, width: 0.5, keypointlabels: ['Eye'] }]);
  });
});
