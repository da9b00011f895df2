import { describe, expect, it } from 'vitest';
import { TestImageStage } from '../../../../testing/test-image-stage';
import { PolygonTool } from './polygon.tool';

describe('polygon tool', () => {
  it('draws a polygon point by point and closes it on the first point; Backspace drops a point; Escape drops it all', () => {
    const t = new TestImageStage();
    t.engine.toggleActiveLabel('poly', 'Road');
    const tool = new PolygonTool(t.host);
    // The polygon tool acts on release.
    const click = (x: number, y: number) => tool.up(t.at(x, y));
    click(80, 60);
    click(400, 60);
    click(777, 777); // a slip, outside the image: Backspace takes it back
    expect(tool.key('Backspace')).toBe(true);
    click(400, 300);
    click(83, 62); // within the snapping distance of the first point: closes
    expect(t.values('polygonlabels')).toEqual([
      {
        points: [
          [10, 10],
          [50, 10],
          [50, 50],
        ],
        closed: true,
        polygonlabels: ['Road'],
      },
    ]);
    click(10, 10);
    click(20, 10);
    expect(tool.key('Escape')).toBe(true);
    expect(tool.busy).toBe(false);
    expect(t.engine.regionsOn('image')).toHaveLength(1);
  });

  it('Enter closes a polygon; fewer than three points make none', () => {
    const t = new TestImageStage();
    t.engine.toggleActiveLabel('poly', 'Road');
    const tool = new PolygonTool(t.host, true);
    for (const [x, y] of [
      [10.4, 10.6],
      [100, 10],
    ])
      tool.up(t.at(x, y));
    expect(tool.close()).toBeUndefined();
    for (const [x, y] of [
      [10.4, 10.6],
      [100, 10],
      [100, 100.2],
    ])
      tool.up(t.at(x, y));
    expect(tool.key('Enter')).toBe(true);
    // snap="pixel": points on whole pixels.
    expect(t.values('polygonlabels')[0]).toMatchObject({
      points: [
        [1.25, 1.833333],
        [12.5, 1.666667],
        [12.5, 16.666667],
      ],
    });
  });
});
