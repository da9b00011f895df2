import type { EditorEngine } from '../../engine/engine';
import { itemResultValue, type ControlModel, type ItemModel } from '../../engine/interface-model';
import type { JsonValue } from '../../engine/json';
import type { TagModule } from '../../engine/tag-module';
import { emptyList, isPathList, isStringList, payloadCodec } from '../shared/codec';

/**
 * `<Choices>`: `{choices: string[]}`, or with `allowNested` one path (`string[]`) per selection.
 * `choice="single|single-radio|multiple"`; `perRegion` classifies the selected region.
 */
export const choicesTag: TagModule = {
  tag: 'Choices',
  itemHotkeys: true,
  result: payloadCodec({
    type: 'choices',
    valueKey: 'choices',
    check: (p) =>
      isStringList(p) === undefined || isPathList(p) === undefined ? undefined : 'must be a list of strings or of paths',
    isEmpty: emptyList,
  }),
  requiredMessage: (c) => `Checkbox "${c.name}" is required.`,
  onItemHotkey: (engine, control, item) => toggleChoice(engine, control, item),
  defaultPayload: (control) => {
    const picked: string[][] = [];
    const walk = (items: readonly ItemModel[]) => {
      for (const item of items) {
        if (item.selected) picked.push(itemPath(item));
        walk(item.children);
      }
    };
    walk(control.items);
    if (picked.length === 0) return undefined;
    return nested(control) ? picked : picked.map((p) => p[p.length - 1]);
  },
};

/** The region a choice applies to: the selected one for per-region controls, else the whole object. */
function targetRegion(engine: EditorEngine, control: ControlModel): string | undefined | null {
  if (!control.perRegion) return undefined;
  return engine.session.selectedRegionId ?? null;
}

function nested(control: ControlModel): boolean {
  return control.attrs.allowNested === true;
}

/** Current selections as paths (one-element paths for flat choices). */
export function selectedPaths(engine: EditorEngine, control: ControlModel): string[][] {
  const region = targetRegion(engine, control);
  if (region === null) return [];
  const payload = engine.payloadOf(control.name, region);
  if (!Array.isArray(payload)) return [];
  return payload.flatMap((v) =>
    typeof v === 'string' ? [[v]] : Array.isArray(v) ? [v.filter((x): x is string => typeof x === 'string')] : [],
  );
}

function itemPath(item: ItemModel): string[] {
  // Results carry aliases where options have them.
  return item.path.map((v, i) => (i === item.path.length - 1 ? itemResultValue(item) : v));
}

export function isChoiceSelected(engine: EditorEngine, control: ControlModel, item: ItemModel): boolean {
  const path = itemPath(item);
  return selectedPaths(engine, control).some((p) => samePath(p, nested(control) ? path : [path[path.length - 1]]));
}

/**
 * Clicking or pressing an option's key. Single choice replaces the selection and a second press
 * clears it; `single-radio` never clears; multiple toggles.
 */
export function toggleChoice(engine: EditorEngine, control: ControlModel, item: ItemModel): void {
  const region = targetRegion(engine, control);
  if (region === null) return;
  const path = nested(control) ? itemPath(item) : [itemResultValue(item)];
  const current = selectedPaths(engine, control);
  const selected = current.some((p) => samePath(p, path));
  const mode = String(control.attrs.choice ?? 'single');
  let next: string[][];
  if (selected) {
    if (mode === 'single-radio') return;
    // Unselecting a parent unselects what is under it.
    next = current.filter((p) => !startsWith(p, path));
  } else if (mode === 'multiple') {
    next = [...current, path];
  } else {
    next = [path];
  }
  const payload: JsonValue = nested(control) ? next : next.map((p) => p[p.length - 1]);
  engine.setPayload(control.name, payload, region);
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((v, i) => v === path[i]);
}
