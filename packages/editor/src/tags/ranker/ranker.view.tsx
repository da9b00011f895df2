import type { ReactNode } from 'react';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { buckets, listItems, moveItem, rankerColumns } from './ranker.tag';

/**
 * `<Ranker>`: columns of items (the ranked list, or buckets) reordered with buttons, so it
 * works from the keyboard; each item can also be sent to another bucket.
 */
export function RankerView({ node }: TagViewProps): ReactNode {
  const engine = useEngine();
  const control = engine.control(node.name ?? '');
  if (!control) return null;
  const items = new Map(listItems(engine, control).map((i) => [i.id, i]));
  const columns = rankerColumns(engine, control);
  const titles = new Map<string, string>([
    [control.name, control.name],
    ['_', 'Items'],
    ...buckets(control).map((b) => [b.name, b.title] as [string, string]),
  ]);
  const keys = Object.keys(columns);
  return (
    <div className="gw-ranker">
      {keys.map((column) => (
        <section key={column} className="gw-ranker__column" aria-label={titles.get(column)}>
          <h4>{titles.get(column)}</h4>
          <ol>
            {columns[column].map((id, index) => {
              const item = items.get(id);
              return (
                <li key={id}>
                  <strong>{item?.title || id}</strong>
                  {item?.body && <div>{item.body}</div>}
                  <button
                    type="button"
                    aria-label="Move up"
                    disabled={index === 0}
                    onClick={() => moveItem(engine, control, id, column, index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label="Move down"
                    disabled={index === columns[column].length - 1}
                    onClick={() => moveItem(engine, control, id, column, index + 1)}
                  >
                    ↓
                  </button>
                  {keys.length > 1 && (
                    <select
                      aria-label="Move to"
                      value={column}
                      onChange={(e) => moveItem(engine, control, id, e.target.value, Number.MAX_SAFE_INTEGER)}
                    >
                      {keys.map((k) => (
                        <option key={k} value={k}>
                          {titles.get(k)}
                        </option>
                      ))}
                    </select>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
