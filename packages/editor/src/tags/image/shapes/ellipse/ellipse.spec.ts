import { describe, expect, it } from 'vitest';
import { keyOrders, TestEngine } from '../../../../testing/test-engine';
import { createImageRegion, ellipseGeometry, resizeRegion, rotateRegion } from '../../image-regions';

const CONFIG = `<View>
  <Image name="image" value="$image"/>
  <EllipseLabels name="ell" toName="image"><Label value="Cell"/></EllipseLabels>
  <Ellipse name="plain" toName="image"/>
</View>`;
const DATA = { image: 'cells.tif' };
const IMAGE = { width: 400, height: 400 };

const LS_RESULT = [
  {
    original_width: 400,
    original_height: 400,
    image_rotation: 0,
    value: { x: 50, y: 40, radiusX: 10, radiusY: 5, rotation: 30, ellipselabels: ['Cell'] },
    id: 'e1',
    from_name: 'ell',
    to_name: 'image',
    type: 'ellipselabels',
    origin: 'manual',
  },
  {
    original_width: 400,
    original_height: 400,
    image_rotation: 0,
    value: { x: 20, y: 20, radiusX: 3, radiusY: 3, rotation: 0 },
    id: 'e2',
    from_name: 'plain',
    to_name: 'image',
    type: 'ellipse',
    origin: 'manual',
  },
];

describe('EllipseLabels', () => {
  it('round-trips ellipses unchanged', () => {
    const t = new TestEngine(CONFIG, DATA);
    const saved = t.roundTrip(LS_RESULT);
    expect(saved).toEqual(LS_RESULT);
    expect(keyOrders(saved)).toEqual(keyOrders(LS_RESULT));
  });

  it('skips an ellipse with a negative radius and shrinks one sticking out of the image', () => {
    const t = new TestEngine(CONFIG, DATA);
    const problems = t.engine.load(
      [
        { ...LS_RESULT[0], id: 'bad', value: { x: 50, y: 40, radiusX: -1, radiusY: 5, ellipselabels: ['Cell'] } },
        { ...LS_RESULT[0], id: 'out', value: { x: 95, y: 50, radiusX: 10, radiusY: 10, rotation: 0, ellipselabels: ['Cell'] } },
      ],
      'prediction',
    );
    expect(problems.map((p) => [p.index, p.message])).toEqual([[0, 'value.radiusX must not be negative']]);
    expect(t.saved()[0].value).toEqual({ x: 95, y: 50, radiusX: 5, radiusY: 5, rotation: 0, ellipselabels: ['Cell'] });
  });

  it('draws, resizes from a handle and rotates, with undo and redo', () => {
    const t = new TestEngine(CONFIG, DATA);
    const id = createImageRegion(t.engine, {
      objectName: 'image',
      control: 'ell',
      geometry: ellipseGeometry(50, 50, 10, 5),
      labels: ['Cell'],
      image: IMAGE,
    })!;
    resizeRegion(t.engine, id, 'e', { x: 70, y: 50 });
    expect(t.saved()[0].value).toMatchObject({ radiusX: 20, radiusY: 5 });
    rotateRegion(t.engine, id, -90);
    expect(t.saved()[0].value).toMatchObject({ x: 50, y: 50, rotation: 270 });
    // With the ellipse turned a quarter, dragging the "s" handle downwards changes radiusY along x.
    resizeRegion(t.engine, id, 's', { x: 58, y: 50 });
    const v = t.saved()[0].value as { radiusY: number };
    expect(v.radiusY).toBeCloseTo(8, 9);
    t.engine.undo();
    t.engine.undo();
    expect(t.saved()[0].value).toMatchObject({ radiusX: 20, radiusY: 5, rotation: 0 });
    t.engine.redo();
    expect(t.saved()[0].value).toMatchObject({ rotation: 270 });
    t.engine.select(id);
    t.press('delete');
    expect(t.saved()).toEqual([]);
    t.engine.undo();
    expect(t.saved()[0].value).toMatchObject({ radiusX: 20, rotation: 270 });
  });
});
