import { describe, expect, it } from 'vitest';
import { TestImageStage } from '../../../../testing/test-image-stage';
import { EllipseTool } from './ellipse.tool';

describe('ellipse tool', () => {
  it('draws an ellipse filling the dragged box', () => {
    const t = new TestImageStage();
    t.engine.toggleActiveLabel('ell', 'Ball');
    t.drag(new EllipseTool(t.host), t.at(200, 120), t.at(400, 240));
    expect(t.values('ellipselabels')).toEqual([
      { x: 37.5, y: 30, radiusX: 12.5, radiusY: 10, rotation: 0, ellipselabels: ['Ball'] },
    ]);
  });
});
