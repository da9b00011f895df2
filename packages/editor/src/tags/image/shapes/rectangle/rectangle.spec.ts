import { describe, expect, it } from 'vitest';
import { keyOrders, TestEngine } from '../../../../testing/test-engine';
import { createImageRegion, moveRegions, rectangleGeometry, resizeRegion, rotateRegion } from '../../image-regions';

const CONFIG = `<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="label" toName="image">
    <Label value="Airplane" background="green"/>
    <Label value="Car" background="blue"/>
  </RectangleLabels>
  <Rectangle name="box" toName="image"/>
  <Choices name="quality" toName="image" perRegion="true"><Choice value="Good"/><Choice value="Bad"/></Choices>
  <TextArea name="note" toName="image" perRegion="true"/>
  <Rating name="conf" toName="image" perRegion="true"/>
  <Number name="count" toName="image" perRegion="true"/>
  <Relations><Relation value="near"/></Relations>
</View>`;
const DATA = { image: 'https://example.com/plane.jpg' };
const IMAGE = { width: 1920, height: 1080, rotation: 0 };

/** A Label Studio export: labels, a rotated box, per-region results sharing the id, a relation. */
const LS_ANNOTATION = [
  {
    original_width: 1920,
    original_height: 1080,
    image_rotation: 0,
    value: { x: 10.5, y: 20.25, width: 30, height: 15.125, rotation: 0, rectanglelabels: ['Airplane'] },
    id: 'box_1',
    from_name: 'label',
    to_name: 'image',
    type: 'rectanglelabels',
    origin: 'manual',
  },
  {
    original_width: 1920,
    original_height: 1080,
    image_rotation: 0,
    value: { x: 50, y: 40, width: 20, height: 10, rotation: 33.5, rectanglelabels: ['Car'] },
    id: 'box_2',
    from_name: 'label',
    to_name: 'image',
    type: 'rectanglelabels',
    origin: 'manual',
  },
  {
    original_width: 1920,
    original_height: 1080,
    image_rotation: 0,
    value: { x: 10.5, y: 20.25, width: 30, height: 15.125, rotation: 0, choices: ['Good'] },
    id: 'box_1',
    from_name: 'quality',
    to_name: 'image',
    type: 'choices',
    origin: 'manual',
  },
  {
    original_width: 1920,
    original_height: 1080,
    image_rotation: 0,
    value: { x: 10.5, y: 20.25, width: 30, height: 15.125, rotation: 0, text: ['left wing'] },
    id: 'box_1',
    from_name: 'note',
    to_name: 'image',
    type: 'textarea',
    origin: 'manual',
  },
  {
    original_width: 1920,
    original_height: 1080,
    image_rotation: 0,
    value: { x: 50, y: 40, width: 20, height: 10, rotation: 33.5, rating: 4 },
    id: 'box_2',
    from_name: 'conf',
    to_name: 'image',
    type: 'rating',
    origin: 'manual',
  },
  {
    original_width: 1920,
    original_height: 1080,
    image_rotation: 0,
    value: { x: 50, y: 40, width: 20, height: 10, rotation: 33.5, number: 2 },
    id: 'box_2',
    from_name: 'count',
    to_name: 'image',
    type: 'number',
    origin: 'manual',
  },
  {
    original_width: 1920,
    original_height: 1080,
    image_rotation: 0,
    value: { x: 1, y: 2, width: 3, height: 4, rotation: 0 },
    id: 'plain_1',
    from_name: 'box',
    to_name: 'image',
    type: 'rectangle',
    origin: 'manual',
  },
  // Label Studio writes relations after the regions.
  { from_id: 'box_1', to_id: 'box_2', type: 'relation', direction: 'right', labels: ['near'] },
];

const PREDICTION = [
  {
    id: 'p1',
    from_name: 'label',
    to_name: 'image',
    type: 'rectanglelabels',
    score: 0.87,
    original_width: 1920,
    original_height: 1080,
    image_rotation: 0,
    value: { rotation: 0, x: 5, y: 5, width: 10, height: 10, rectanglelabels: ['Car'] },
  },
  {
    id: 'p2',
    from_name: 'label',
    to_name: 'image',
    type: 'rectanglelabels',
    value: { x: 5, y: 'oops', width: 10, height: 10, rectanglelabels: ['Car'] },
  },
  {
    id: 'p3',
    from_name: 'label',
    to_name: 'image',
    type: 'rectanglelabels',
    value: { x: 5, y: 5, width: -3, height: 10, rectanglelabels: ['Car'] },
  },
  {
    id: 'p4',
    from_name: 'label',
    to_name: 'image',
    type: 'rectanglelabels',
    value: { x: 5, y: 5, width: 3, height: 10, rectanglelabels: 'Car' },
  },
];

describe('RectangleLabels', () => {
  it('loads a Label Studio annotation and saves it back identical, key order included', () => {
    const t = new TestEngine(CONFIG, DATA);
    const saved = t.roundTrip(LS_ANNOTATION);
    expect(saved).toEqual(LS_ANNOTATION);
    expect(keyOrders(saved)).toEqual(keyOrders(LS_ANNOTATION));
    expect(t.engine.problems).toEqual([]);
    expect(t.engine.regions().map((r) => [r.id, r.shape])).toEqual([
      ['box_1', 'rectangle'],
      ['box_2', 'rectangle'],
      ['plain_1', 'rectangle'],
    ]);
  });

  it('loads predictions as editable pre-annotations with their score; malformed geometry is reported and skipped', () => {
    const t = new TestEngine(CONFIG, DATA);
    const problems = t.engine.load(structuredClone(PREDICTION), 'prediction');
    expect(problems.map((p) => [p.index, p.message, p.skipped])).toEqual([
      [1, 'value.y must be a number', true],
      [2, 'value.width must not be negative', true],
      [3, 'value.rectanglelabels must be a list of strings', true],
    ]);
    expect(t.saved()).toEqual([PREDICTION[0]]);
    expect(t.engine.store.region('p1')?.origin).toBe('prediction');
    moveRegions(t.engine, ['p1'], 1, 0);
    const [edited] = t.saved();
    expect(edited.origin).toBe('prediction-changed');
    expect(edited.score).toBe(0.87);
    expect((edited.value as { x: number }).x).toBe(6);
  });

  it('draws a box with the active label, edits it, deletes it, with undo and redo', () => {
    const t = new TestEngine(CONFIG, DATA);
    t.press('2'); // Car becomes the active label
    const id = createImageRegion(t.engine, {
      objectName: 'image',
      control: 'label',
      geometry: rectangleGeometry(10, 10, 20, 20),
      image: IMAGE,
    });
    expect(id).toBeDefined();
    expect(t.saved()).toEqual([
      {
        original_width: 1920,
        original_height: 1080,
        image_rotation: 0,
        value: { x: 10, y: 10, width: 20, height: 20, rotation: 0, rectanglelabels: ['Car'] },
        id,
        from_name: 'label',
        to_name: 'image',
        type: 'rectanglelabels',
        origin: 'manual',
      },
    ]);
    expect(Object.keys(t.saved()[0])).toEqual([
      'original_width',
      'original_height',
      'image_rotation',
      'value',
      'id',
      'from_name',
      'to_name',
      'type',
      'origin',
    ]);

    resizeRegion(t.engine, id!, 'se', { x: 40, y: 50 });
    expect(t.saved()[0].value).toMatchObject({ x: 10, y: 10, width: 30, height: 40 });
    rotateRegion(t.engine, id!, 90);
    const rotated = t.saved()[0].value as { x: number; y: number; rotation: number };
    expect(rotated.rotation).toBe(90);
    // Rotating around the centre (25, 30) % = (480, 324) px moves the stored top-left corner.
    expect(rotated.x).toBeCloseTo(((480 + 216) / 1920) * 100, 6);
    expect(rotated.y).toBeCloseTo(((324 - 288) / 1080) * 100, 6);

    t.engine.undo();
    expect(t.saved()[0].value).toMatchObject({ width: 30, height: 40, rotation: 0 });
    t.engine.undo();
    expect(t.saved()[0].value).toMatchObject({ width: 20, height: 20 });
    t.engine.redo();
    expect(t.saved()[0].value).toMatchObject({ width: 30, height: 40 });

    t.engine.select(id);
    t.press('backspace');
    expect(t.saved()).toEqual([]);
    t.engine.undo();
    expect(t.saved()).toHaveLength(1);
    t.engine.redo();
    expect(t.saved()).toEqual([]);
  });

  it('refuses to draw without a label on a *Labels control, and draws the plain Rectangle without one', () => {
    const t = new TestEngine(CONFIG, DATA);
    expect(
      createImageRegion(t.engine, {
        objectName: 'image',
        control: 'label',
        geometry: rectangleGeometry(1, 1, 2, 2),
        image: IMAGE,
      }),
    ).toBeUndefined();
    const id = createImageRegion(t.engine, {
      objectName: 'image',
      control: 'box',
      geometry: rectangleGeometry(1, 1, 2, 2),
      image: IMAGE,
    });
    expect(t.saved()).toMatchObject([{ id, type: 'rectangle', value: { x: 1, y: 1, width: 2, height: 2, rotation: 0 } }]);
    expect(Object.keys(t.saved()[0].value as object)).toEqual(['x', 'y', 'width', 'height', 'rotation']);
  });

  it('adds per-region results with the region id, its geometry and the image fields', () => {
    const t = new TestEngine(CONFIG, DATA);
    const id = createImageRegion(t.engine, {
      objectName: 'image',
      control: 'label',
      geometry: rectangleGeometry(10, 10, 20, 20),
      labels: ['Airplane'],
      image: IMAGE,
    })!;
    t.engine.select(id);
    t.engine.setPayload('quality', ['Bad'], id);
    t.engine.setPayload('note', ['tail'], id);
    const saved = t.saved();
    expect(saved[1]).toEqual({
      original_width: 1920,
      original_height: 1080,
      image_rotation: 0,
      value: { x: 10, y: 10, width: 20, height: 20, rotation: 0, choices: ['Bad'] },
      id,
      from_name: 'quality',
      to_name: 'image',
      type: 'choices',
      origin: 'manual',
    });
    expect(saved[2]).toMatchObject({ id, type: 'textarea', value: { text: ['tail'] } });
    // Moving the region moves every result's geometry.
    moveRegions(t.engine, [id], 5, 5);
    expect(t.saved().map((r) => (r.value as { x: number }).x)).toEqual([15, 15, 15]);
  });

  it('clips regions outside the image on save and leaves regions inside untouched', () => {
    const t = new TestEngine(CONFIG, DATA);
    const outside = [
      { ...LS_ANNOTATION[0], id: 'a', value: { x: -5, y: 90, width: 30, height: 20, rotation: 0, rectanglelabels: ['Car'] } },
      { ...LS_ANNOTATION[0], id: 'b', value: { x: 95, y: 40, width: 20, height: 10, rotation: 45, rectanglelabels: ['Car'] } },
    ];
    const saved = t.roundTrip(outside);
    expect(saved[0].value).toEqual({ x: 0, y: 90, width: 25, height: 10, rotation: 0, rectanglelabels: ['Car'] });
    const b = saved[1].value as { x: number; y: number; width: number; height: number; rotation: number };
    expect(b.rotation).toBe(45);
    // Every corner of the rotated box now lies inside the image.
    const c = Math.cos(Math.PI / 4);
    const corners = [
      [0, 0],
      [b.width, 0],
      [b.width, b.height],
      [0, b.height],
    ].map(([dx, dy]) => [
      (b.x * 1920) / 100 + ((dx * 1920) / 100) * c - ((dy * 1080) / 100) * c,
      (b.y * 1080) / 100 + ((dx * 1920) / 100) * c + ((dy * 1080) / 100) * c,
    ]);
    for (const [x, y] of corners) {
      expect(x).toBeGreaterThanOrEqual(-1e-6);
      expect(x).toBeLessThanOrEqual(1920 + 1e-6);
      expect(y).toBeGreaterThanOrEqual(-1e-6);
      expect(y).toBeLessThanOrEqual(1080 + 1e-6);
    }
    expect(b.width).toBeGreaterThan(0);
  });

  it('keeps `readonly` and `hidden` result fields and does not move readonly regions', () => {
    const t = new TestEngine(CONFIG, DATA);
    const item = { ...LS_ANNOTATION[0], readonly: true, hidden: true };
    expect(t.roundTrip([item])).toEqual([item]);
    moveRegions(t.engine, ['box_1'], 3, 3);
    expect(t.saved()).toEqual([item]);
    expect(t.engine.canUndo).toBe(false);
  });
});
