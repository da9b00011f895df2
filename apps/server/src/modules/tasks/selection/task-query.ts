import { invalidField } from '../../../platform/errors';
import { parseFilters, parseOrdering, type DmQuery } from './task-filter.query';
import { parseSearch } from './task-search.query';

/** Label Studio's `selectedItems`: `{all: false, included: [ids]}` or `{all: true, excluded: [ids]}`. */
export interface Selection {
  ids?: number[];
  excludeIds?: number[];
}

export interface ParsedQuery extends Selection {
  dm: DmQuery;
}

function idList(raw: unknown, field: string): number[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw invalidField(field, 'must be a list of task ids');
  return raw.map((x) => {
    const n = Number(x);
    if (!Number.isInteger(n)) throw invalidField(field, `"${String(x)}" is not a task id`);
    return n;
  });
}

export function parseSelectedItems(raw: unknown, field = 'selectedItems'): Selection {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw invalidField(field, 'must be {"all": false, "included": […]} or {"all": true, "excluded": […]}');
  const sel = raw as { all?: unknown; included?: unknown; excluded?: unknown };
  const all = sel.all === undefined ? sel.included === undefined : sel.all === true || sel.all === 'true';
  if (!all) return { ids: idList(sel.included, `${field}.included`) };
  const excluded = idList(sel.excluded, `${field}.excluded`);
  return excluded.length ? { excludeIds: excluded } : {};
}

/** Parses a JSON text parameter, naming it when it is not JSON. */
export function parseJsonParam(raw: string | undefined, field: string, hint: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw invalidField(field, `must be JSON: ${hint}`);
  }
}

/** `{filters, ordering, selectedItems}` from a `query` parameter or an action's body. */
export function parseQuery(raw: unknown, field = 'query'): ParsedQuery {
  if (raw === undefined || raw === null) return { dm: {} };
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw invalidField(field, 'must be an object: {"filters": …, "ordering": […], "selectedItems": {…}, "search": "…"}');
  const q = raw as { filters?: unknown; ordering?: unknown; selectedItems?: unknown; selected_items?: unknown; search?: unknown };
  const search = parseSearch(q.search, field === 'query' ? 'query.search' : 'search');
  return {
    dm: { filters: parseFilters(q.filters, field), ordering: parseOrdering(q.ordering, field), ...(search ? { search } : {}) },
    ...parseSelectedItems(q.selectedItems ?? q.selected_items, field === 'query' ? field : 'selectedItems'),
  };
}
