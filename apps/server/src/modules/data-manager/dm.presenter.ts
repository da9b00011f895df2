import { parseJson } from '../../platform/db/dialect';
import type { ViewRow } from '../../platform/db/schema';
import type { ActionDef } from './dm-actions';

/** Label Studio's view (Data Manager tab) shape. */
export function presentView(v: ViewRow) {
  const data = parseJson<Record<string, unknown>>(v.data) ?? {};
  return {
    id: v.id,
    project: v.project_id,
    user: v.user_id,
    order: v.position,
    data,
    ordering: Array.isArray(data.ordering) ? data.ordering : [],
    selected_items: v.selected_items === null ? null : parseJson(v.selected_items),
    filter_group: null,
    is_locked: false,
    locked_by: null,
    locked_at: null,
  };
}

/** A bulk action as Label Studio lists it (what it requires stays with the access layer). */
export function presentAction({ requires: _requires, ...action }: ActionDef) {
  return action;
}
