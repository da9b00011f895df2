import { describe, expect, it } from 'vitest';
import { TestImageStage } from '../../../../testing/test-image-stage';
import { RectangleTool } from './rectangle.tool';

describe('rectangle tool', () => {
  it('draws a rectangle by dragging with a label pressed; undo and redo', () => {
    const t = new TestImageStage();
    t.engine.toggleActiveLabel('box', 'Car');
    t.drag(new RectangleTool(t.host), t.at(100, 60), t.at(300, 210));
    expect(t.values('rectanglelabels')).toEqual([
      { x: 12.5, y: 10, width: 25, height: 25, rotation: 0, rectanglelabels: ['Car'] },
    ]);
    // Not selected: the next label key picks the next box's label (Label Studio's default).
    expect(t.host.selection()).toEqual([]);
    t.engine.undo();
    expect(t.values('rectanglelabels')).toEqual([]);
    t.engine.redo();
    expect(t.values('rectanglelabels')).toHaveLength(1);
  });

  it('selects the new box only with "select regions after creating", so a label key relabels it then', () => {
    const t = new TestImageStage();
    const tool = new RectangleTool(t.host);
    t.engine.toggleActiveLabel('box', 'Car');
    t.drag(tool, t.at(100, 60), t.at(300, 210));
    expect(t.host.selection()).toEqual([]);
    t.engine.selectAfterCreate = true;
    t.drag(tool, t.at(400, 60), t.at(500, 210));
    expect(t.host.selection()).toEqual([t.engine.regionsOn('image')[1].id]);
  });

  it('a click without dragging selects the region under it instead of drawing', () => {
    const t = new TestImageStage();
    t.engine.toggleActiveLabel('box', 'Car');
    const tool = new RectangleTool(t.host);
    t.drag(tool, t.at(100, 100), t.at(200, 200));
    t.host.setSelection([]);
    tool.down(t.at(150, 150));
    tool.up(t.at(150, 150));
    expect(t.engine.regionsOn('image')).toHaveLength(1);
    expect(t.host.selection()).toEqual([t.engine.regionsOn('image')[0].id]);
  });
});
