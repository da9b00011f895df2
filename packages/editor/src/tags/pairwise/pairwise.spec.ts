import { describe, expect, it } from 'vitest';
import { TestEngine } from '../../testing/test-engine';
import { pairwiseSelection, pick } from './pairwise.tag';

const CONFIG = `<View>
  <Header value="Which answer is better?"/>
  <Text name="left" value="$left"/>
  <Text name="right" value="$right"/>
  <Pairwise name="pw" toName="left,right"/>
</View>`;

describe('Pairwise', () => {
  it('picks a side, switches, clears, with undo and redo', () => {
    const t = new TestEngine(CONFIG, { left: 'A', right: 'B' });
    const c = t.engine.control('pw');
    if (!c) throw new Error('no control');
    pick(t.engine, c, 'left');
    expect(t.saved()).toEqual([
      {
        value: { selected: 'left' },
        id: expect.any(String),
        from_name: 'pw',
        to_name: 'left,right',
        type: 'pairwise',
        origin: 'manual',
      },
    ]);
    pick(t.engine, c, 'right');
    pick(t.engine, c, 'right');
    expect(t.saved()).toEqual([]);
    t.engine.undo();
    expect(pairwiseSelection(t.engine, c)).toBe('right');
    t.engine.undo();
    expect(pairwiseSelection(t.engine, c)).toBe('left');
    t.engine.redo();
    expect(pairwiseSelection(t.engine, c)).toBe('right');
  });

  it('round-trips a Label Studio pairwise result', () => {
    const result = [
      {
        value: { selected: 'right' },
        id: 'Pw8q1pLm3n',
        from_name: 'pw',
        to_name: 'left,right',
        type: 'pairwise',
        origin: 'manual',
      },
    ];
    expect(new TestEngine(CONFIG, { left: 'A', right: 'B' }).roundTrip(result)).toEqual(result);
  });
});
