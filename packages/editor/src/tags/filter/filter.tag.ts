import type { EditorEngine } from '../../engine/engine';
import type { ControlModel, ItemModel, UiNode } from '../../engine/interface-model';
import type { TagModule } from '../../engine/tag-module';

/** `<Filter toName="labels">`: a quick filter for long label or choice lists. */
export const filterTag: TagModule = { tag: 'Filter' };

/** Controls a Filter narrows: those named in its `toName`. */
export function filteredControls(node: UiNode): string[] {
  return String(node.attrs.toName ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function setFilter(engine: EditorEngine, node: UiNode, query: string): void {
  const filters = { ...engine.session.filters };
  const minLength = typeof node.attrs.minLength === 'number' ? node.attrs.minLength : 3;
  for (const name of filteredControls(node)) {
    if (query.length >= minLength) filters[name] = node.attrs.caseSensitive === true ? query : query.toLowerCase();
    else delete filters[name];
  }
  engine.setSession({ filters });
}

/** Whether an option (or one under it) matches the filter typed for its control. */
export function matchesFilter(engine: EditorEngine, control: ControlModel, item: ItemModel): boolean {
  const query = engine.session.filters[control.name];
  if (!query) return true;
  const has = (i: ItemModel): boolean => {
    const text = [i.value, i.alias ?? '', i.hint ?? ''].join('\u0000');
    return text.includes(query) || text.toLowerCase().includes(query) || i.children.some(has);
  };
  return has(item);
}
