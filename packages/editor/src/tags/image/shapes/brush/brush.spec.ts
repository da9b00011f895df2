import { describe, expect, it } from 'vitest';
import { keyOrders, TestEngine } from '../../../../testing/test-engine';
import { decodeBrushAlpha } from './brush-rle';
import { BrushMasks, applyBrushStroke, type BrushStroke } from './brush-regions';
import { BrushMask } from './mask';

const CONFIG = `<View>
  <Image name="image" value="$image"/>
  <BrushLabels name="tag" toName="image"><Label value="Road"/><Label value="Sky"/></BrushLabels>
  <Brush name="plain" toName="image"/>
</View>`;
const W = 64;
const H = 40;
const IMAGE = { width: W, height: H };

const stroke = (extra: Partial<BrushStroke>): BrushStroke => ({
  objectName: 'image',
  control: 'tag',
  points: [
    { x: 5, y: 5 },
    { x: 30, y: 20 },
  ],
  radius: 3,
  mode: 'paint',
  image: IMAGE,
  ...extra,
});

const savedMask = (t: TestEngine, i = 0) => decodeBrushAlpha((t.saved()[i].value as { rle: number[] }).rle, W, H);

describe('BrushLabels', () => {
  it('paints a new region with the active label, adds strokes, erases, with undo and redo', () => {
    const t = new TestEngine(CONFIG, { image: 'road.png' });
    const masks = new BrushMasks();
    expect(applyBrushStroke(t.engine, masks, stroke({}))).toBeUndefined(); // no label chosen yet
    t.press('1');
    const id = applyBrushStroke(t.engine, masks, stroke({}))!;
    const first = t.saved()[0];
    expect(first).toMatchObject({
      id,
      type: 'brushlabels',
      original_width: W,
      original_height: H,
      value: { format: 'rle', brushlabels: ['Road'] },
    });
    expect(Object.keys(first.value as object)).toEqual(['format', 'rle', 'brushlabels']);
    const expected = new BrushMask(W, H);
    expected.stroke(stroke({}).points, 3, 'paint');
    expect(savedMask(t)).toEqual(expected.data);

    applyBrushStroke(t.engine, masks, stroke({ regionId: id, points: [{ x: 50, y: 30 }], radius: 5 }));
    expected.paintCircle(50, 30, 5);
    expect(savedMask(t)).toEqual(expected.data);
    applyBrushStroke(t.engine, masks, stroke({ regionId: id, points: [{ x: 30, y: 20 }], radius: 4, mode: 'erase' }));
    const afterErase = expected.clone();
    afterErase.eraseCircle(30, 20, 4);
    expect(savedMask(t)).toEqual(afterErase.data);

    // Undo and redo: the saved RLE and the cached mask follow, the mask through its patches.
    const cached = masks.maskOf(t.engine.store.region(id)!, IMAGE)!;
    t.engine.undo();
    expect(savedMask(t)).toEqual(expected.data);
    expect(masks.maskOf(t.engine.store.region(id)!, IMAGE)).toBe(cached);
    expect(cached.data).toEqual(expected.data);
    t.engine.undo();
    t.engine.redo();
    t.engine.redo();
    expect(masks.maskOf(t.engine.store.region(id)!, IMAGE)).toBe(cached);
    expect(cached.data).toEqual(afterErase.data);
    expect(savedMask(t)).toEqual(afterErase.data);

    t.engine.deleteRegion(id);
    expect(t.saved()).toEqual([]);
    t.engine.undo();
    expect(savedMask(t)).toEqual(afterErase.data);
  });

  it('paints with the plain Brush control and never starts a region by erasing', () => {
    const t = new TestEngine(CONFIG, { image: 'road.png' });
    const masks = new BrushMasks();
    expect(applyBrushStroke(t.engine, masks, stroke({ control: 'plain', mode: 'erase' }))).toBeUndefined();
    const id = applyBrushStroke(t.engine, masks, stroke({ control: 'plain' }));
    expect(t.saved()).toMatchObject([{ id, type: 'brush' }]);
    expect(Object.keys(t.saved()[0].value as object)).toEqual(['format', 'rle']);
  });

  it('round-trips brush results and skips ones with a malformed RLE', () => {
    const t = new TestEngine(CONFIG, { image: 'road.png' });
    const mask = new BrushMask(W, H);
    mask.paintCircle(20, 20, 6);
    const good = {
      original_width: W,
      original_height: H,
      image_rotation: 0,
      value: { format: 'rle', rle: mask.toRle(), brushlabels: ['Sky'] },
      id: 'b1',
      from_name: 'tag',
      to_name: 'image',
      type: 'brushlabels',
      origin: 'prediction',
      score: 0.9,
    };
    const problems = t.engine.load(
      [
        { ...good, id: 'b2', value: { format: 'png', rle: [1, 2, 3], brushlabels: ['Sky'] } },
        { ...good, id: 'b3', value: { format: 'rle', rle: [0, 0, 0, 0, 0, 0, 300], brushlabels: ['Sky'] } },
        good,
      ],
      'prediction',
    );
    expect(problems.map((p) => p.message)).toEqual(['value.format must be "rle"', 'value.rle[6] must be a byte (0–255)']);
    const saved = t.saved();
    expect(saved).toEqual([good]);
    expect(keyOrders(saved)).toEqual(keyOrders([good]));
  });
});
