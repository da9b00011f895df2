import { describe, expect, it } from 'vitest';
import { TestEngine } from '../../testing/test-engine';
import { moveItem, rankerColumns } from './ranker.tag';

const ITEMS = [
  { id: 'a', title: 'First', body: 'one' },
  { id: 'b', title: 'Second', body: 'two' },
  { id: 'c', title: 'Third', body: 'three' },
];

describe('Ranker', () => {
  it('reorders a list, with undo and redo', () => {
    const t = new TestEngine(
      `<View><List name="results" value="$items" title="Results"/><Ranker name="rank" toName="results"/></View>`,
      { items: ITEMS },
    );
    const c = t.engine.control('rank');
    if (!c) throw new Error('no control');
    expect(rankerColumns(t.engine, c)).toEqual({ rank: ['a', 'b', 'c'] });
    moveItem(t.engine, c, 'c', 'rank', 0);
    expect(t.saved()).toEqual([
      {
        value: { ranker: { rank: ['c', 'a', 'b'] } },
        id: expect.any(String),
        from_name: 'rank',
        to_name: 'results',
        type: 'ranker',
        origin: 'manual',
      },
    ]);
    t.engine.undo();
    expect(t.saved()).toEqual([]);
    t.engine.redo();
    expect(rankerColumns(t.engine, c)).toEqual({ rank: ['c', 'a', 'b'] });
  });

  it('moves items into buckets and round-trips', () => {
    const config = `<View><List name="results" value="$items"/>
      <Ranker name="rank" toName="results"><Bucket name="relevant" title="Relevant"/><Bucket name="irrelevant" title="Not relevant"/></Ranker></View>`;
    const t = new TestEngine(config, { items: ITEMS });
    const c = t.engine.control('rank');
    if (!c) throw new Error('no control');
    expect(rankerColumns(t.engine, c)).toEqual({ relevant: [], irrelevant: [], _: ['a', 'b', 'c'] });
    moveItem(t.engine, c, 'b', 'relevant', 0);
    moveItem(t.engine, c, 'a', 'irrelevant', 0);
    const saved = t.saved();
    expect(saved[0].value).toEqual({ ranker: { relevant: ['b'], irrelevant: ['a'] } });
    expect(t.roundTrip(saved)).toEqual(saved);
  });
});
