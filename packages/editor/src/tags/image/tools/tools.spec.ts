import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../create-engine';
import type { EditorEngine } from '../../../engine/engine';
import type { JsonObject } from '../../../engine/json';
import { hitTest, toDrawable, type Drawable } from '../canvas/drawables';
import { Viewport, type Point, type Rect } from '../canvas/viewport';
import { createImageRegion, setRegionGeometry } from '../image-regions';
import { DragShapeTool } from './drag-shape.tool';
import { KeyPointTool } from './keypoint.tool';
import { PolygonTool } from './polygon.tool';
import { handlesOf, SelectTool } from './select.tool';
import type { PointerInput, ShapeKind, ToolHost } from './tool';

const CONFIG = `<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="box" toName="image"><Label value="Car"/><Label value="Person"/></RectangleLabels>
  <PolygonLabels name="poly" toName="image"><Label value="Road"/></PolygonLabels>
  <KeyPointLabels name="kp" toName="image"><Label value="Eye"/></KeyPointLabels>
  <EllipseLabels name="ell" toName="image"><Label value="Ball"/></EllipseLabels>
</View>`;

const SIZE = { width: 800, height: 600 };

/** The image view's part, without a browser: a real engine, drawables and hit-testing by brute force. */
class TestHost implements ToolHost {
  readonly size = SIZE;
  readonly engine: EditorEngine;
  vp = new Viewport(SIZE, { width: 800, height: 600 }, 1, 0, 0);

  constructor() {
    this.engine = createEngine({ config: CONFIG, data: { image: 'https://example.com/a.png' } });
  }

  viewport(): Viewport {
    return this.vp;
  }

  private drawables(): Drawable[] {
    return this.engine.regionsOn('image').flatMap((r) => toDrawable(r, SIZE) ?? []);
  }

  regionAt(p: Point): string | undefined {
    return this.drawables()
      .filter((d) => hitTest(d, p, 4))
      .sort((a, b) => a.bbox.width * a.bbox.height - b.bbox.width * b.bbox.height)[0]?.id;
  }

  regionsIn(rect: Rect): string[] {
    return this.drawables()
      .filter(
        (d) =>
          d.bbox.x >= rect.x &&
          d.bbox.y >= rect.y &&
          d.bbox.x + d.bbox.width <= rect.x + rect.width &&
          d.bbox.y + d.bbox.height <= rect.y + rect.height,
      )
      .map((d) => d.id);
  }

  drawable(id: string): Drawable | undefined {
    const r = this.engine.store.region(id);
    return r ? toDrawable(r, SIZE) : undefined;
  }

  create(kind: ShapeKind, geometry: JsonObject): string | undefined {
    const control = { rectangle: 'box', polygon: 'poly', keypoint: 'kp', ellipse: 'ell', brush: '' }[kind];
    return createImageRegion(this.engine, { objectName: 'image', control, geometry, image: { ...SIZE, rotation: 0 } });
  }

  update(id: string, geometry: JsonObject): void {
    setRegionGeometry(this.engine, id, geometry);
  }

  updateMany(changes: readonly (readonly [string, JsonObject])[]): void {
    this.engine.updateRegions(
      'edit',
      changes.map(([id, geometry]) => ({ id, geometry })),
    );
  }

  geometryOf(id: string): JsonObject | undefined {
    return this.engine.store.region(id)?.geometry;
  }

  isLocked(id: string): boolean {
    const r = this.engine.store.region(id);
    return !r || r.locked === true || r.readonly === true;
  }

  selection(): readonly string[] {
    return this.engine.selectedRegions();
  }

  setSelection(ids: readonly string[]): void {
    this.engine.selectRegions(ids);
  }

  drawColor(): string {
    return '#000';
  }

  invalidate(): void {}
}

/** A pointer at image pixels (the test viewport maps them 1:1 to the stage). */
const at = (host: TestHost, x: number, y: number, mods: Partial<PointerInput> = {}): PointerInput => ({
  image: host.vp.toImage({ x, y }),
  screen: { x, y },
  shift: false,
  alt: false,
  mod: false,
  ...mods,
});

function drag(
  tool: { down(e: PointerInput): void; move(e: PointerInput): void; up(e: PointerInput): void },
  from: PointerInput,
  to: PointerInput,
): void {
  tool.down(from);
  tool.move({
    ...from,
    screen: { x: (from.screen.x + to.screen.x) / 2, y: (from.screen.y + to.screen.y) / 2 },
    image: { x: (from.image.x + to.image.x) / 2, y: (from.image.y + to.image.y) / 2 },
  });
  tool.move(to);
  tool.up(to);
}

const value = (host: TestHost, type: string) =>
  host.engine
    .serialize()
    .filter((r) => r.type === type)
    .map((r) => r.value);

describe('viewport', () => {
  it('maps image and stage points both ways at every quarter turn, and zooms around the cursor', () => {
    for (const rotation of [0, 90, 180, 270] as const) {
      const vp = Viewport.fit({ width: 4000, height: 3000 }, { width: 800, height: 500 }, rotation)
        .zoomAt({ x: 100, y: 50 }, 3)
        .panBy(7, -11);
      const p = { x: 1234, y: 567 };
      const back = vp.toImage(vp.toScreen(p));
      expect(back.x).toBeCloseTo(p.x, 6);
      expect(back.y).toBeCloseTo(p.y, 6);
      const under = vp.toImage({ x: 300, y: 200 });
      const zoomed = vp.zoomAt({ x: 300, y: 200 }, 1.7).toImage({ x: 300, y: 200 });
      expect(zoomed.x).toBeCloseTo(under.x, 6);
      expect(zoomed.y).toBeCloseTo(under.y, 6);
    }
  });

  it('fits the image in the stage, centred; original size is 1:1; auto fits only larger images', () => {
    const fit = Viewport.fit({ width: 4000, height: 3000 }, { width: 800, height: 800 });
    expect(fit.zoom).toBeCloseTo(0.2);
    expect(fit.toScreen({ x: 2000, y: 1500 })).toEqual({ x: 400, y: 400 });
    expect(Viewport.create('original', { width: 4000, height: 3000 }, { width: 800, height: 800 }).zoom).toBe(1);
    expect(Viewport.create('auto', { width: 400, height: 300 }, { width: 800, height: 800 }).zoom).toBe(1);
    expect(Viewport.create('auto', { width: 4000, height: 3000 }, { width: 800, height: 800 }).zoom).toBeCloseTo(0.2);
    // A quarter turn shows the top-left corner of the image at the top right.
    const turned = Viewport.fit({ width: 400, height: 200 }, { width: 200, height: 400 }, 90);
    const corner = turned.toScreen({ x: 0, y: 0 });
    expect(corner.x).toBeCloseTo(200);
    expect(corner.y).toBeCloseTo(0);
  });

  it('culls: the visible image rect shrinks as it zooms in', () => {
    const vp = Viewport.fit({ width: 4000, height: 3000 }, { width: 800, height: 600 });
    const all = vp.visibleImageRect();
    expect(all.x).toBeCloseTo(0);
    expect(all.y).toBeCloseTo(0);
    expect(all.width).toBeCloseTo(4000);
    expect(all.height).toBeCloseTo(3000);
    const r = vp.zoomBy(4).visibleImageRect();
    expect(r.width).toBeCloseTo(1000);
    expect(r.x).toBeCloseTo(1500);
  });
});

describe('drawing tools', () => {
  it('draws a rectangle by dragging with a label pressed; undo and redo', () => {
    const host = new TestHost();
    host.engine.toggleActiveLabel('box', 'Car');
    drag(new DragShapeTool(host, 'rectangle'), at(host, 100, 60), at(host, 300, 210));
    expect(value(host, 'rectanglelabels')).toEqual([
      { x: 12.5, y: 10, width: 25, height: 25, rotation: 0, rectanglelabels: ['Car'] },
    ]);
    expect(host.selection()).toHaveLength(1);
    host.engine.undo();
    expect(value(host, 'rectanglelabels')).toEqual([]);
    host.engine.redo();
    expect(value(host, 'rectanglelabels')).toHaveLength(1);
  });

  it('a click without dragging selects the region under it instead of drawing', () => {
    const host = new TestHost();
    host.engine.toggleActiveLabel('box', 'Car');
    const tool = new DragShapeTool(host, 'rectangle');
    drag(tool, at(host, 100, 100), at(host, 200, 200));
    host.setSelection([]);
    tool.down(at(host, 150, 150));
    tool.up(at(host, 150, 150));
    expect(host.engine.regionsOn('image')).toHaveLength(1);
    expect(host.selection()).toEqual([host.engine.regionsOn('image')[0].id]);
  });

  it('draws an ellipse filling the dragged box', () => {
    const host = new TestHost();
    host.engine.toggleActiveLabel('ell', 'Ball');
    drag(new DragShapeTool(host, 'ellipse'), at(host, 200, 120), at(host, 400, 240));
    expect(value(host, 'ellipselabels')).toEqual([
      { x: 37.5, y: 30, radiusX: 12.5, radiusY: 10, rotation: 0, ellipselabels: ['Ball'] },
    ]);
  });

  it('draws a polygon point by point and closes it on the first point; Backspace drops a point; Escape drops it all', () => {
    const host = new TestHost();
    host.engine.toggleActiveLabel('poly', 'Road');
    const tool = new PolygonTool(host);
    // The polygon tool acts on release.
    const click = (x: number, y: number) => tool.up(at(host, x, y));
    click(80, 60);
    click(400, 60);
    click(777, 777); // a slip, outside the image: Backspace takes it back
    expect(tool.key('Backspace')).toBe(true);
    click(400, 300);
    click(83, 62); // within the snapping distance of the first point: closes
    expect(value(host, 'polygonlabels')).toEqual([
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
    expect(host.engine.regionsOn('image')).toHaveLength(1);
  });

  it('Enter closes a polygon; fewer than three points make none', () => {
    const host = new TestHost();
    host.engine.toggleActiveLabel('poly', 'Road');
    const tool = new PolygonTool(host, true);
    for (const [x, y] of [
      [10.4, 10.6],
      [100, 10],
    ])
      tool.up(at(host, x, y));
    expect(tool.close()).toBeUndefined();
    for (const [x, y] of [
      [10.4, 10.6],
      [100, 10],
      [100, 100.2],
    ])
      tool.up(at(host, x, y));
    expect(tool.key('Enter')).toBe(true);
    // snap="pixel": points on whole pixels.
    expect(value(host, 'polygonlabels')[0]).toMatchObject({
      points: [
        [1.25, 1.833333],
        [12.5, 1.666667],
        [12.5, 16.666667],
      ],
    });
  });

  it('places keypoints with a click', () => {
    const host = new TestHost();
    host.engine.toggleActiveLabel('kp', 'Eye');
    const tool = new KeyPointTool(host);
    tool.up(at(host, 400, 300));
    tool.up(at(host, 900, 300)); // outside the image: nothing
    expect(value(host, 'keypointlabels')).toEqual([{ x: 50, y: 50, width: 0.5, keypointlabels: ['Eye'] }]);
  });
});

describe('select tool', () => {
  function withBox() {
    const host = new TestHost();
    host.engine.toggleActiveLabel('box', 'Car');
    drag(new DragShapeTool(host, 'rectangle'), at(host, 100, 100), at(host, 300, 200));
    const id = host.engine.regionsOn('image')[0].id;
    const pans: [number, number][] = [];
    const tool = new SelectTool(host, { canRotate: () => true, pan: (dx, dy) => pans.push([dx, dy]) });
    return { host, id, tool, pans };
  }

  it('moves the selected region by dragging it, as one undo step', () => {
    const { host, tool } = withBox();
    drag(tool, at(host, 150, 150), at(host, 190, 130));
    const v = value(host, 'rectanglelabels')[0] as { x: number; y: number; width: number; height: number };
    expect(v.x).toBeCloseTo(17.5, 5);
    expect(v.y).toBeCloseTo(13.333333, 5);
    expect(v).toMatchObject({ width: 25, height: 16.666667 });
    host.engine.undo();
    expect(value(host, 'rectanglelabels')[0]).toMatchObject({ x: 12.5, y: 16.666667 });
  });

  it('keeps a moved region inside the image', () => {
    const { host, tool } = withBox();
    drag(tool, at(host, 150, 150), at(host, -500, 150));
    expect(value(host, 'rectanglelabels')[0]).toMatchObject({ x: 0, width: 25 });
  });

  it('resizes from a corner handle and rotates with the rotation handle around the centre', () => {
    const { host, id, tool } = withBox();
    const d = host.drawable(id)!;
    const handles = handlesOf(
      d,
      (p) => host.vp.toScreen(p),
      (p) => host.vp.toImage(p),
      true,
    );
    const corner = handles.find((h) => h.kind === 'corner' && h.index === 2)!;
    drag(tool, at(host, corner.at.x, corner.at.y), at(host, 400, 300));
    expect(value(host, 'rectanglelabels')[0]).toMatchObject({ x: 12.5, y: 16.666667, width: 37.5, height: 33.333333 });

    const rotate = handlesOf(
      host.drawable(id)!,
      (p) => host.vp.toScreen(p),
      (p) => host.vp.toImage(p),
      true,
    ).find((h) => h.kind === 'rotate')!;
    // Centre is (250, 200); dragging the handle to the right of it turns the box a quarter turn.
    drag(tool, at(host, rotate.at.x, rotate.at.y), at(host, 450, 200));
    const v = value(host, 'rectanglelabels')[0] as { x: number; y: number; width: number; height: number; rotation: number };
    expect(v.rotation).toBeCloseTo(90, 3);
    const corners = (
      toDrawable(
        { typeName: 'region', id, objectName: 'image', shape: 'rectangle', geometry: v as unknown as JsonObject, seq: 0 },
        SIZE,
      ) as Extract<Drawable, { kind: 'rect' }>
    ).corners;
    expect((corners[0].x + corners[2].x) / 2).toBeCloseTo(250, 3);
    expect((corners[0].y + corners[2].y) / 2).toBeCloseTo(200, 3);
    host.engine.undo();
    expect(value(host, 'rectanglelabels')[0]).toMatchObject({ rotation: 0 });
  });

  it('Shift+click adds to the selection, a Shift rubber band selects the regions inside, a click on nothing clears', () => {
    const { host, id, tool } = withBox();
    host.engine.toggleActiveLabel('kp', 'Eye');
    new KeyPointTool(host).up(at(host, 600, 500));
    const kp = host.engine.regionsOn('image')[1].id;
    host.setSelection([]);
    tool.down(at(host, 150, 150));
    tool.up(at(host, 150, 150));
    tool.down(at(host, 600, 500, { shift: true }));
    tool.up(at(host, 600, 500, { shift: true }));
    expect([...host.selection()].sort()).toEqual([id, kp].sort());
    tool.down(at(host, 700, 50));
    tool.up(at(host, 700, 50));
    expect(host.selection()).toEqual([]);
    drag(tool, at(host, 50, 50, { shift: true }), at(host, 350, 250, { shift: true }));
    expect(host.selection()).toEqual([id]);
  });

  it('a drag on empty space pans', () => {
    const { host, tool, pans } = withBox();
    drag(tool, at(host, 700, 500), at(host, 650, 480));
    expect(pans.reduce((s, [dx]) => s + dx, 0)).toBe(-50);
    expect(pans.reduce((s, [, dy]) => s + dy, 0)).toBe(-20);
  });

  it('edits polygon points: drag a point, click an edge to add one, Alt+click a point to delete it', () => {
    const host = new TestHost();
    host.engine.toggleActiveLabel('poly', 'Road');
    const poly = new PolygonTool(host);
    for (const [x, y] of [
      [100, 100],
      [300, 100],
      [300, 300],
      [100, 300],
    ])
      poly.up(at(host, x, y));
    poly.close();
    const tool = new SelectTool(host, { canRotate: () => true, pan: () => undefined });
    drag(tool, at(host, 300, 300), at(host, 400, 400));
    const points = () => (value(host, 'polygonlabels')[0] as { points: number[][] }).points;
    expect(points()[2]).toEqual([50, 66.666667]);
    tool.down(at(host, 200, 100));
    tool.up(at(host, 200, 100));
    expect(points()).toHaveLength(5);
    expect(points()[1]).toEqual([25, 16.666667]);
    tool.down(at(host, 200, 100, { alt: true }));
    tool.up(at(host, 200, 100, { alt: true }));
    expect(points()).toHaveLength(4);
  });
});
