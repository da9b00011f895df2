import { describe, expect, it } from 'vitest';
import { TestEngine } from '../../testing/test-engine';
import { dateTimeOf, dateTimeParts, formatDateTime, setDateTime } from './datetime.tag';

const CONFIG = `<View><Text name="text" value="$text"/><DateTime name="when" toName="text" only="date" required="true"/></View>`;

describe('DateTime', () => {
  it('sets and clears a date, with undo and redo', () => {
    const t = new TestEngine(CONFIG, { text: 'x' });
    const c = t.engine.control('when');
    if (!c) throw new Error('no control');
    expect(dateTimeParts(c)).toEqual(['date']);
    setDateTime(t.engine, c, '2024-05-01');
    expect(t.saved()[0]).toMatchObject({ value: { datetime: '2024-05-01' }, type: 'datetime' });
    setDateTime(t.engine, c, '');
    expect(t.engine.validate()[0].message).toBe('DateTime "when" is required.');
    t.engine.undo();
    expect(dateTimeOf(t.engine, c)).toBe('2024-05-01');
    t.engine.redo();
    expect(dateTimeOf(t.engine, c)).toBe('');
  });

  it('formats with strftime codes', () => {
    expect(formatDateTime({ year: 2024, month: 5, day: 1, hour: 9, minute: 5 })).toBe('2024-05-01T09:05');
    expect(formatDateTime({ year: 2024, month: 5, day: 1, hour: 9, minute: 5 }, '%d.%m.%Y %H:%M')).toBe('01.05.2024 09:05');
    expect(formatDateTime({ year: 2024, month: 5 })).toBe('2024-05');
  });

  it('round-trips a Label Studio datetime result', () => {
    const result = [
      {
        value: { datetime: '2021-01-15T10:30' },
        id: 'Dt8q1pLm3n',
        from_name: 'when',
        to_name: 'text',
        type: 'datetime',
        origin: 'manual',
      },
    ];
    expect(new TestEngine(CONFIG, { text: 'x' }).roundTrip(result)).toEqual(result);
  });
});
