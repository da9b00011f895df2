import type { Selection, SelectionBody } from './dm.types';

export const NOTHING_SELECTED: Selection = { all: false, ids: new Set() };

export function isSelected(sel: Selection, id: number): boolean {
  return sel.all !== sel.ids.has(id);
}

export function selectedCount(sel: Selection, total: number): number {
  return sel.all ? Math.max(0, total - sel.ids.size) : sel.ids.size;
}

/** The selection with one task flipped. */
export function toggleOne(sel: Selection, id: number): Selection {
  const ids = new Set(sel.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { all: sel.all, ids };
}

/** Label Studio's `selectedItems` for the selection. */
export function selectionBody(sel: Selection): SelectionBody {
  return sel.all ? { all: true, excluded: [...sel.ids] } : { all: false, included: [...sel.ids] };
}
