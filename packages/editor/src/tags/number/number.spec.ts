import { describe, expect, it } from 'vitest';
import { TestEngine } from '../../testing/test-engine';
import { numberOf, setNumber } from './number.tag';

const CONFIG = `<View><Text name="text" value="$text"/><Number name="age" toName="text" min="0" max="120" required="true"/></View>`;

describe('Number', () => {
  it('sets a clamped number, clears it, with undo and redo', () => {
    const t = new TestEngine(CONFIG, { text: 'x' });
    const c = t.engine.control('age');
    if (!c) throw new Error('no control');
    setNumber(t.engine, c, 33.5);
    expect(t.saved()[0]).toMatchObject({ value: { number: 33.5 }, type: 'number', from_name: 'age' });
    setNumber(t.engine, c, 500);
    expect(numberOf(t.engine, c)).toBe(120);
    setNumber(t.engine, c, undefined);
    expect(t.saved()).toEqual([]);
    expect(t.engine.validate()[0].message).toBe('Number "age" is required.');
    t.engine.undo();
    t.engine.undo();
    expect(numberOf(t.engine, c)).toBe(33.5);
    t.engine.redo();
    expect(numberOf(t.engine, c)).toBe(120);
  });

  it('round-trips a Label Studio number result', () => {
    const result = [
      { value: { number: 42 }, id: 'Nm8q1pLm3n', from_name: 'age', to_name: 'text', type: 'number', origin: 'manual' },
    ];
    expect(new TestEngine(CONFIG, { text: 'x' }).roundTrip(result)).toEqual(result);
  });
});
