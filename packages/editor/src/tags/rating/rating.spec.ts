import { describe, expect, it } from 'vitest';
import { keyOrders, TestEngine } from '../../testing/test-engine';
import { rate, ratingOf } from './rating.tag';

const CONFIG = `<View><Text name="text" value="$text"/><Rating name="quality" toName="text" maxRating="10" required="true"/></View>`;

describe('Rating', () => {
  it('rates, re-rates, clears, with undo and redo', () => {
    const t = new TestEngine(CONFIG, { text: 'x' });
    const c = t.engine.control('quality');
    if (!c) throw new Error('no control');
    expect(t.engine.validate()[0].message).toBe('Rating "quality" is required.');
    rate(t.engine, c, 7);
    expect(t.saved()).toEqual([
      { value: { rating: 7 }, id: expect.any(String), from_name: 'quality', to_name: 'text', type: 'rating', origin: 'manual' },
    ]);
    rate(t.engine, c, 42);
    expect(ratingOf(t.engine, c)).toBe(10);
    rate(t.engine, c, 10);
    expect(t.saved()).toEqual([]);
    t.engine.undo();
    expect(ratingOf(t.engine, c)).toBe(10);
    t.engine.undo();
    expect(ratingOf(t.engine, c)).toBe(7);
    t.engine.redo();
    expect(ratingOf(t.engine, c)).toBe(10);
  });

  it('round-trips a Label Studio rating result', () => {
    const result = [
      { value: { rating: 4 }, id: 'Rt9q0pLm3n', from_name: 'quality', to_name: 'text', type: 'rating', origin: 'manual' },
    ];
    const t = new TestEngine(CONFIG, { text: 'x' });
    const saved = t.roundTrip(result);
    expect(saved).toEqual(result);
    expect(keyOrders(saved)).toEqual(keyOrders(result));
  });

  it('reports and skips a malformed rating, loading the rest', () => {
    const t = new TestEngine(CONFIG, { text: 'x' });
    t.engine.load([{ value: { rating: 'five' }, id: 'bad', from_name: 'quality', to_name: 'text', type: 'rating' }]);
    expect(t.saved()).toEqual([]);
    expect(t.engine.problems.find((p) => p.skipped)?.message).toContain('rating');
  });
});
