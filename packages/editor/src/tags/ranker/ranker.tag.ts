import type { EditorEngine } from '../../engine/engine';
import type { ControlModel } from '../../engine/interface-model';
import { isJsonObject, type JsonObject } from '../../engine/json';
import type { TagModule } from '../../engine/tag-module';
import { payloadCodec } from '../shared/codec';

/**
 * `<Ranker>` over a `<List>`: `{ranker: {"<ranker name>": [ids…]}}` with no buckets, or one
 * key per `<Bucket name>` holding the ids moved there.
 */
export const rankerTag: TagModule = {
  tag: 'Ranker',
  result: payloadCodec({
    type: 'ranker',
    valueKey: 'ranker',
    check: (p) =>
      isJsonObject(p) &&
      Object.values(p).every((ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string' || typeof id === 'number'))
        ? undefined
        : 'must map names to lists of item ids',
    isEmpty: (p) => !isJsonObject(p) || Object.keys(p).length === 0,
  }),
};

export interface ListItem {
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

/** Items of the `<List>` a ranker orders, from task data `[{id, title, body}]`. */
export function listItems(engine: EditorEngine, control: ControlModel): ListItem[] {
  const list = engine.object(control.toName[0] ?? '');
  if (!Array.isArray(list?.value)) return [];
  return list.value.flatMap((raw, i) => {
    if (raw === null || typeof raw !== 'object') return [];
    const r = raw as Record<string, unknown>;
    return [{ id: String(r.id ?? i), title: String(r.title ?? ''), body: String(r.body ?? '') }];
  });
}

export function buckets(control: ControlModel): { name: string; title: string }[] {
  return control.items.filter((i) => i.tag === 'Bucket').map((i) => ({ name: i.value, title: String(i.attrs.title ?? i.value) }));
}

/** Current columns: bucket name (or the ranker's name) → ids; unbucketed items under `_`. */
export function rankerColumns(engine: EditorEngine, control: ControlModel): Record<string, string[]> {
  const items = listItems(engine, control).map((i) => i.id);
  const saved = engine.payloadOf(control.name);
  const bs = buckets(control);
  const columns: Record<string, string[]> = {};
  const placed = new Set<string>();
  const keys = bs.length > 0 ? bs.map((b) => b.name) : [control.name];
  for (const key of keys) {
    const ids = isJsonObject(saved) && Array.isArray(saved[key]) ? (saved[key] as unknown[]).map(String) : [];
    columns[key] = ids.filter((id) => items.includes(id));
    for (const id of columns[key]) placed.add(id);
  }
  const rest = items.filter((id) => !placed.has(id));
  if (bs.length === 0) columns[control.name].push(...rest);
  else columns._ = rest;
  return columns;
}

/** Moves an item to a position in a column (a bucket, the ranker's own list, or `_`). */
export function moveItem(engine: EditorEngine, control: ControlModel, id: string, column: string, index: number): void {
  const columns = rankerColumns(engine, control);
  for (const key of Object.keys(columns)) columns[key] = columns[key].filter((x) => x !== id);
  if (!(column in columns)) return;
  const target = columns[column];
  target.splice(Math.max(0, Math.min(index, target.length)), 0, id);
  const payload: JsonObject = {};
  for (const [key, ids] of Object.entries(columns)) if (key !== '_') payload[key] = ids;
  engine.setPayload(control.name, payload);
}
