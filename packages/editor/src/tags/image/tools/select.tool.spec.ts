import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../engine/json';
import { TestImageStage } from '../../../testing/test-image-stage';
import { toDrawable, type Drawable } from '../canvas/drawables';
import { KeyPointTool } from '../shapes/keypoint/keypoint.tool';
import { PolygonTool } from '../shapes/polygon/polygon.tool';
import { RectangleTool } from '../shapes/rectangle/rectangle.tool';
import { handlesOf, SelectTool } from './select.tool';

const SIZE = { width: 800, height: 600 };

describe('select tool', () => {
  function withBox() {
    const t = new TestImageStage();
    t.engine.toggleActiveLabel('box', 'Car');
    t.drag(new RectangleTool(t.host), t.at(100, 100), t.at(300, 200));
    const id = t.engine.regionsOn('image')[0].id;
    // The user selects the box they drew (a new region is not selected; see engine.selectAfterCreate).
    t.host.setSelection([id]);
    const pans: [number, number][] = [];
    const tool = new SelectTool(t.host, { canRotate: () => true, pan: (dx, dy) => pans.push([dx, dy]) });
    return { t, id, tool, pans };
  }

  it('moves the selected region by dragging it, as one undo step', () => {
    const { t, tool } = withBox();
    t.drag(tool, t.at(150, 150), t.at(190, 130));
    const v = t.values('rectanglelabels')[0] as { x: number; y: number; width: number; height: number };
    expect(v.x).toBeCloseTo(17.5, 5);
    expect(v.y).toBeCloseTo(13.333333, 5);
    expect(v).toMatchObject({ width: 25, height: 16.666667 });
    t.engine.undo();
    expect(t.values('rectanglelabels')[0]).toMatchObject({ x: 12.5, y: 16.666667 });
  });

  it('keeps a moved region inside the image', () => {
    const { t, tool } = withBox();
    t.drag(tool, t.at(150, 150), t.at(-500, 150));
    expect(t.values('rectanglelabels')[0]).toMatchObject({ x: 0, width: 25 });
  });

  it('resizes from a corner handle and rotates with the rotation handle around the centre', () => {
    const { t, id, tool } = withBox();
    const d = t.host.drawable(id)!;
    const handles = handlesOf(
      d,
      (p) => t.vp.toScreen(p),
      (p) => t.vp.toImage(p),
      true,
    );
    const corner = handles.find((h) => h.kind === 'corner' && h.index === 2)!;
    t.drag(tool, t.at(corner.at.x, corner.at.y), t.at(400, 300));
    expect(t.values('rectanglelabels')[0]).toMatchObject({ x: 12.5, y: 16.666667, width: 37.5, height: 33.333333 });

    const rotate = handlesOf(
      t.host.drawable(id)!,
      (p) => t.vp.toScreen(p),
      (p) => t.vp.toImage(p),
      true,
    ).find((h) => h.kind === 'rotate')!;
    // Centre is (250, 200); dragging the handle to the right of it turns the box a quarter turn.
    t.drag(tool, t.at(rotate.at.x, rotate.at.y), t.at(450, 200));
    const v = t.values('rectanglelabels')[0] as { x: number; y: number; width: number; height: number; rotation: number };
    expect(v.rotation).toBeCloseTo(90, 3);
    const corners = (
      toDrawable(
        { typeName: 'region', id, objectName: 'image', shape: 'rectangle', geometry: v as unknown as JsonObject, seq: 0 },
        SIZE,
      ) as Extract<Drawable, { kind: 'rect' }>
    ).corners;
    expect((corners[0].x + corners[2].x) / 2).toBeCloseTo(250, 3);
    expect((corners[0].y + corners[2].y) / 2).toBeCloseTo(200, 3);
    t.engine.undo();
    expect(t.values('rectanglelabels')[0]).toMatchObject({ rotation: 0 });
  });

  it('Shift+click adds to the selection, a Shift rubber band selects the regions inside, a click on nothing clears', () => {
    const { t, id, tool } = withBox();
    t.engine.toggleActiveLabel('kp', 'Eye');
    new KeyPointTool(t.host).up(t.at(600, 500));
    const kp = t.engine.regionsOn('image')[1].id;
    t.host.setSelection([]);
    tool.down(t.at(150, 150));
    tool.up(t.at(150, 150));
    tool.down(t.at(600, 500, { shift: true }));
    tool.up(t.at(600, 500, { shift: true }));
    expect([...t.host.selection()].sort()).toEqual([id, kp].sort());
    tool.down(t.at(700, 50));
    tool.up(t.at(700, 50));
    expect(t.host.selection()).toEqual([]);
    t.drag(tool, t.at(50, 50, { shift: true }), t.at(350, 250, { shift: true }));
    expect(t.host.selection()).toEqual([id]);
  });

  it('a drag on empty space pans', () => {
    const { t, tool, pans } = withBox();
    t.drag(tool, t.at(700, 500), t.at(650, 480));
    expect(pans.reduce((s, [dx]) => s + dx, 0)).toBe(-50);
    expect(pans.reduce((s, [, dy]) => s + dy, 0)).toBe(-20);
  });

  it('edits polygon points: drag a point, click an edge to add one, Alt+click a point to delete it', () => {
    const t = new TestImageStage();
    t.engine.toggleActiveLabel('poly', 'Road');
    const poly = new PolygonTool(t.host);
    for (const [x, y] of [
      [100, 100],
      [300, 100],
      [300, 300],
      [100, 300],
    ])
      poly.up(t.at(x, y));
    poly.close();
    t.host.setSelection([t.engine.regionsOn('image')[0].id]);
    const tool = new SelectTool(t.host, { canRotate: () => true, pan: () => undefined });
    t.drag(tool, t.at(300, 300), t.at(400, 400));
    const points = () => (t.values('polygonlabels')[0] as { points: number[][] }).points;
    expect(points()[2]).toEqual([50, 66.666667]);
    tool.down(t.at(200, 100));
    tool.up(t.at(200, 100));
    expect(points()).toHaveLength(5);
    expect(points()[1]).toEqual([25, 16.666667]);
    tool.down(t.at(200, 100, { alt: true }));
    tool.up(t.at(200, 100, { alt: true }));
    expect(points()).toHaveLength(4);
  });
});
