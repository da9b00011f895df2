import { describe, expect, it } from 'vitest';
import { keyOrders, TestEngine } from '../../testing/test-engine';
import { cycleDirection, RelationTool, toggleRelationLabel } from './relations.tag';

const CONFIG = `<View>
  <Relations choice="multiple"><Relation value="works_at"/><Relation value="lives_in"/></Relations>
  <Labels name="label" toName="text"><Label value="PER"/><Label value="ORG"/></Labels>
  <Text name="text" value="$text"/>
</View>`;
const TEXT = 'Satya Nadella runs Microsoft.';

const LS_RESULT = [
  {
    value: { start: 0, end: 13, text: 'Satya Nadella', labels: ['PER'] },
    id: 'aaaaaaaaa1',
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    origin: 'manual',
  },
  {
    value: { start: 19, end: 28, text: 'Microsoft', labels: ['ORG'] },
    id: 'bbbbbbbbb2',
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    origin: 'manual',
  },
  { from_id: 'aaaaaaaaa1', to_id: 'bbbbbbbbb2', type: 'relation', direction: 'right', labels: ['works_at'] },
];

describe('Relations', () => {
  it('links two spans from the keyboard (alt+r, then pick), with undo and redo', () => {
    const t = new TestEngine(CONFIG, { text: TEXT });
    t.selectText('text', 0, 13);
    t.press('1');
    t.selectText('text', 19, 28);
    t.press('2');
    const [a, b] = t.engine.regions();
    t.engine.select(a.id);
    t.press('alt+r');
    expect(new RelationTool(t.engine).state).toBe('linking');
    t.engine.select(b.id);
    expect(new RelationTool(t.engine).state).toBe('idle');
    expect(t.saved()[2]).toEqual({ from_id: a.id, to_id: b.id, type: 'relation', direction: 'right' });
    const relationId = t.engine.store.allRelations()[0].id;
    cycleDirection(t.engine, relationId);
    toggleRelationLabel(t.engine, relationId, 'works_at');
    expect(t.saved()[2]).toEqual({ from_id: a.id, to_id: b.id, type: 'relation', direction: 'left', labels: ['works_at'] });
    t.press('mod+z');
    t.press('mod+z');
    expect(t.saved()[2]).toEqual({ from_id: a.id, to_id: b.id, type: 'relation', direction: 'right' });
    t.press('mod+z');
    expect(t.saved()).toHaveLength(2);
    t.press('mod+shift+z');
    expect(t.saved()).toHaveLength(3);
  });

  it('is a state machine: start, pick, cancel; no self-links or duplicates', () => {
    const t = new TestEngine(CONFIG, { text: TEXT });
    t.engine.load(LS_RESULT);
    const tool = new RelationTool(t.engine);
    tool.send({ type: 'start', from: 'aaaaaaaaa1' });
    expect(tool.send({ type: 'pick', region: 'aaaaaaaaa1' })).toBeUndefined();
    expect(tool.state).toBe('idle');
    tool.send({ type: 'start', from: 'aaaaaaaaa1' });
    expect(tool.send({ type: 'pick', region: 'bbbbbbbbb2' })).toBeUndefined();
    tool.send({ type: 'start', from: 'bbbbbbbbb2' });
    tool.send({ type: 'cancel' });
    expect(tool.state).toBe('idle');
    tool.send({ type: 'start', from: 'bbbbbbbbb2' });
    expect(tool.send({ type: 'pick', region: 'aaaaaaaaa1' })).toBeDefined();
    expect(t.engine.store.allRelations()).toHaveLength(2);
  });

  it('deletes relations with their regions, and undo restores both', () => {
    const t = new TestEngine(CONFIG, { text: TEXT });
    t.engine.load(LS_RESULT);
    t.engine.select('bbbbbbbbb2');
    t.press('delete');
    expect(t.saved()).toEqual([LS_RESULT[0]]);
    t.press('mod+z');
    expect(t.saved()).toEqual(LS_RESULT);
  });

  it('round-trips relations exactly, including ones without a direction', () => {
    const t = new TestEngine(CONFIG, { text: TEXT });
    const saved = t.roundTrip(LS_RESULT);
    expect(saved).toEqual(LS_RESULT);
    expect(keyOrders(saved)).toEqual(keyOrders(LS_RESULT));
    const bare = [LS_RESULT[0], LS_RESULT[1], { from_id: 'aaaaaaaaa1', to_id: 'bbbbbbbbb2', type: 'relation' }];
    expect(t.roundTrip(bare)).toEqual(bare);
  });

  it('reports and skips relations to unknown regions', () => {
    const t = new TestEngine(CONFIG, { text: TEXT });
    t.engine.load([LS_RESULT[0], { from_id: 'aaaaaaaaa1', to_id: 'nope', type: 'relation', direction: 'right' }]);
    expect(t.saved()).toEqual([LS_RESULT[0]]);
    expect(t.engine.problems.some((p) => p.index === 1 && p.skipped)).toBe(true);
  });
});
