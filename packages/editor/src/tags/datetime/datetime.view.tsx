import type { ReactNode } from 'react';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { dateTimeOf, dateTimeParts, formatDateTime, setDateTime } from './datetime.tag';

/** Reads `YYYY-MM-DDTHH:MM`-style input values into parts. */
function partsOf(date: string, time: string) {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return {
    year: Number.isFinite(year) ? year : undefined,
    month: Number.isFinite(month) ? month : undefined,
    day: Number.isFinite(day) ? day : undefined,
    hour: time ? hour : undefined,
    minute: time ? minute : undefined,
  };
}

/** `<DateTime>`: native date/time/month/year inputs; the value is written per `format`. */
export function DateTimeView({ node }: TagViewProps): ReactNode {
  const engine = useEngine();
  const control = engine.control(node.name ?? '');
  if (!control) return null;
  const parts = dateTimeParts(control);
  const format = typeof control.attrs.format === 'string' ? control.attrs.format : undefined;
  const current = dateTimeOf(engine, control);
  const iso = format ? '' : current;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? '';
  const time = /\d{2}:\d{2}$/.exec(iso)?.[0] ?? '';
  const update = (d: string, t: string) => {
    if (!d && !t) return setDateTime(engine, control, '');
    const p = partsOf(d, t);
    setDateTime(engine, control, formatDateTime(parts.includes('date') ? p : { ...p, day: undefined }, format));
  };
  return (
    <div className="gw-datetime" role="group" aria-label={control.name}>
      {parts.includes('date') && (
        <input
          type="date"
          aria-label="Date"
          value={date}
          onChange={(e) => update(e.target.value, parts.includes('time') ? time : '')}
        />
      )}
      {parts.includes('month') && !parts.includes('date') && (
        <input
          type="month"
          aria-label="Month"
          value={/^\d{4}-\d{2}/.exec(iso)?.[0] ?? ''}
          onChange={(e) => update(e.target.value, '')}
        />
      )}
      {parts.includes('year') && !parts.includes('date') && !parts.includes('month') && (
        <input
          type="number"
          aria-label="Year"
          value={/^\d{4}/.exec(iso)?.[0] ?? ''}
          onChange={(e) =>
            setDateTime(engine, control, e.target.value === '' ? '' : formatDateTime({ year: Number(e.target.value) }, format))
          }
        />
      )}
      {parts.includes('time') && (
        <input
          type="time"
          aria-label="Time"
          value={time}
          onChange={(e) => update(parts.includes('date') ? date : '', e.target.value)}
        />
      )}
      {format && current && <output>{current}</output>}
    </div>
  );
}
