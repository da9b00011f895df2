import { describe, expect, it } from 'vitest';
import { TestEngine } from '../../testing/test-engine';
import {
  copyRegions,
  createImageRegion,
  duplicateRegions,
  hideAll,
  isRegionClipboard,
  moveRegions,
  pasteRegions,
  rectangleGeometry,
  regionsInRect,
  selectRegion,
  setRegionsLocked,
  showAll,
} from './image-regions';

const CONFIG = `<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="label" toName="image"><Label value="Car"/><Label value="Bus"/></RectangleLabels>
  <Choices name="color" toName="image" perRegion="true"><Choice value="Red"/><Choice value="Blue"/></Choices>
  <Relations><Relation value="follows"/></Relations>
</View>`;
const IMAGE = { width: 1000, height: 1000 };

function setup() {
  const t = new TestEngine(CONFIG, { image: 'street.jpg' });
  const box = (x: number, y: number, label = 'Car') =>
    createImageRegion(t.engine, {
      objectName: 'image',
      control: 'label',
      geometry: rectangleGeometry(x, y, 10, 10),
      labels: [label],
      image: IMAGE,
    })!;
  return { t, a: box(0, 0), b: box(20, 0, 'Bus'), c: box(60, 60) };
}

describe('image regions: selection', () => {
  it('multi-selects with Shift, a rubber band adds, and Delete removes them all in one undo step', () => {
    const { t, a, b, c } = setup();
    selectRegion(t.engine, a);
    selectRegion(t.engine, b, true);
    expect(t.engine.selectedRegions()).toEqual([a, b]);
    expect(t.engine.session.selectedRegionId).toBe(b);
    selectRegion(t.engine, a, true); // Shift+click again toggles it off
    expect(t.engine.selectedRegions()).toEqual([b]);
    const band = regionsInRect(t.engine, 'image', { x: -1, y: -1, width: 35, height: 15 });
    expect(band).toEqual([a, b]);
    expect(regionsInRect(t.engine, 'image', { x: 15, y: -1, width: 60, height: 15 })).toEqual([b]);
    expect(regionsInRect(t.engine, 'image', { x: 5, y: 5, width: 60, height: 60 }, { touch: true })).toEqual([a, b, c]);
    t.engine.selectRegions(band, 'add');
    expect(t.engine.selectedRegions()).toEqual([b, a]);
    t.press('backspace');
    expect(t.engine.regions().map((r) => r.id)).toEqual([c]);
    expect(t.engine.selectedRegions()).toEqual([]);
    t.engine.undo();
    expect(t.engine.regions().map((r) => r.id)).toEqual([a, b, c]);
  });

  it('moves every selected region together as one step', () => {
    const { t, a, b } = setup();
    moveRegions(t.engine, [a, b], 5, 5);
    expect(t.saved().map((r) => [(r.value as { x: number }).x, (r.value as { y: number }).y])).toEqual([
      [5, 5],
      [25, 5],
      [60, 60],
    ]);
    t.engine.undo();
    expect(t.saved().map((r) => (r.value as { x: number }).x)).toEqual([0, 20, 60]);
  });
});

describe('image regions: hide and lock', () => {
  it('hides all and shows all as undoable steps that are not saved', () => {
    const { t, a, b, c } = setup();
    const before = t.saved();
    hideAll(t.engine);
    expect(t.engine.regions().every((r) => r.hidden)).toBe(true);
    expect(t.saved()).toEqual(before);
    expect(regionsInRect(t.engine, 'image', { x: -1, y: -1, width: 200, height: 200 })).toEqual([]);
    showAll(t.engine);
    expect(t.engine.regions().map((r) => r.hidden)).toEqual([undefined, undefined, undefined]);
    t.engine.undo();
    expect(t.engine.store.region(a)?.hidden).toBe(true);
    t.engine.undo();
    expect([a, b, c].map((id) => t.engine.store.region(id)?.hidden)).toEqual([undefined, undefined, undefined]);
  });

  it('locked regions neither move nor get deleted until unlocked', () => {
    const { t, a, b } = setup();
    setRegionsLocked(t.engine, [a], true);
    moveRegions(t.engine, [a, b], 1, 1);
    expect(t.saved().map((r) => (r.value as { x: number }).x)).toEqual([0, 21, 60]);
    t.engine.select(a);
    t.press('delete');
    expect(t.engine.store.region(a)).toBeDefined();
    setRegionsLocked(t.engine, [a], false);
    t.engine.select(a);
    t.press('delete');
    expect(t.engine.store.region(a)).toBeUndefined();
  });
});

describe('image regions: copy, paste, duplicate', () => {
  it('pastes copies with all their results as new manual regions, offset, in one undo step', () => {
    const { t, a } = setup();
    t.engine.setPayload('color', ['Red'], a);
    const clip = JSON.parse(JSON.stringify(copyRegions(t.engine, [a]))) as unknown;
    expect(isRegionClipboard(clip)).toBe(true);
    if (!isRegionClipboard(clip)) return;
    const [copy] = pasteRegions(t.engine, clip, { x: 2, y: 3 });
    expect(copy).not.toBe(a);
    expect(t.engine.selectedRegions()).toEqual([copy]);
    const results = t.saved().filter((r) => r.id === copy);
    expect(results).toEqual([
      {
        original_width: 1000,
        original_height: 1000,
        image_rotation: 0,
        value: { x: 2, y: 3, width: 10, height: 10, rotation: 0, rectanglelabels: ['Car'] },
        id: copy,
        from_name: 'label',
        to_name: 'image',
        type: 'rectanglelabels',
        origin: 'manual',
      },
      {
        original_width: 1000,
        original_height: 1000,
        image_rotation: 0,
        value: { x: 2, y: 3, width: 10, height: 10, rotation: 0, choices: ['Red'] },
        id: copy,
        from_name: 'color',
        to_name: 'image',
        type: 'choices',
        origin: 'manual',
      },
    ]);
    t.engine.undo();
    expect(t.engine.store.region(copy)).toBeUndefined();
    expect(t.engine.regions()).toHaveLength(3);
  });

  it('duplicates a prediction as a manual region without its score', () => {
    const t = new TestEngine(CONFIG, { image: 'street.jpg' });
    t.engine.load(
      [
        {
          id: 'p',
          from_name: 'label',
          to_name: 'image',
          type: 'rectanglelabels',
          score: 0.4,
          original_width: 100,
          original_height: 100,
          value: { x: 10, y: 10, width: 5, height: 5, rotation: 0, rectanglelabels: ['Bus'] },
        },
      ],
      'prediction',
    );
    const [dup] = duplicateRegions(t.engine, ['p']);
    const saved = t.saved();
    expect(saved[0].score).toBe(0.4);
    expect(saved[1]).toMatchObject({ id: dup, origin: 'manual', value: { x: 11, y: 11, rectanglelabels: ['Bus'] } });
    expect(saved[1].score).toBeUndefined();
    expect(t.engine.store.region(dup)?.origin).toBeUndefined();
  });

  it('links two image regions with a relation that is saved and undone', () => {
    const { t, a, b } = setup();
    t.engine.select(a);
    t.press('alt+r');
    t.engine.select(b);
    expect(t.saved().at(-1)).toEqual({ from_id: a, to_id: b, type: 'relation', direction: 'right' });
    t.engine.undo();
    expect(t.saved().some((r) => r.type === 'relation')).toBe(false);
  });
});
