import { describe, expect, it } from 'vitest';
import { History } from './history';
import type { RegionRecord, ResultRecord } from './records';
import { AnnotationStore, invertPatch } from './store';

const region = (id: string, seq: number, objectName = 'text'): RegionRecord => ({
  typeName: 'region',
  id,
  objectName,
  shape: 'span',
  geometry: { start: 0, end: 1 },
  seq,
});
const result = (regionId: string, fromName: string, seq: number): ResultRecord => ({
  typeName: 'result',
  id: `${regionId}/${fromName}`,
  regionId,
  fromName,
  toName: 'text',
  type: 'labels',
  valueKey: 'labels',
  payload: ['A'],
  envelope: {},
  seq,
});

describe('AnnotationStore', () => {
  it('keeps derived indexes in step with patches and their inverses', () => {
    const store = new AnnotationStore();
    const patches = [
      { typeName: 'region' as const, id: 'r1', after: region('r1', 0) },
      { typeName: 'result' as const, id: 'r1/label', after: result('r1', 'label', 1) },
      { typeName: 'region' as const, id: 'r2', after: region('r2', 2, 'other') },
      { typeName: 'result' as const, id: 'r2/label', after: result('r2', 'label', 3) },
      {
        typeName: 'relation' as const,
        id: 'x',
        after: {
          typeName: 'relation' as const,
          id: 'x',
          fromId: 'r1',
          toId: 'r2',
          direction: 'right' as const,
          envelope: {},
          seq: 4,
        },
      },
    ];
    store.apply(patches);
    expect(store.resultsOfRegion('r1').map((r) => r.id)).toEqual(['r1/label']);
    expect(store.regionsOfControl('label').map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(store.regionsOfObject('other').map((r) => r.id)).toEqual(['r2']);
    expect(store.relationsOfRegion('r2').map((r) => r.id)).toEqual(['x']);
    expect(store.seq()).toBe(5);
    store.apply([...patches].reverse().map(invertPatch));
    expect(store.size).toBe(0);
    expect(store.regionsOfControl('label')).toEqual([]);
    expect(store.relationsOfRegion('r1')).toEqual([]);
  });

  it('records hold ids, never each other', () => {
    const r = result('r1', 'label', 0);
    expect(
      Object.values(r).every(
        (v) => typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype,
      ),
    ).toBe(true);
  });
});

describe('History', () => {
  it('undoes in reverse order and a new change clears redo', () => {
    const history = new History();
    const p1 = { typeName: 'region' as const, id: 'a', after: region('a', 0) };
    history.push({ label: 'one', patches: [p1] });
    const undo = history.undo();
    expect(undo?.patches).toEqual([invertPatch(p1)]);
    expect(history.canRedo).toBe(true);
    history.push({ label: 'two', patches: [p1] });
    expect(history.canRedo).toBe(false);
    history.push({ label: 'empty', patches: [] });
    expect(history.undo()?.label).toBe('two');
  });
});
