import type { EditorEngine } from '../../engine/engine';
import type { ControlModel } from '../../engine/interface-model';
import type { TagModule } from '../../engine/tag-module';
import { emptyList, isStringList, payloadCodec } from '../shared/codec';

/**
 * `<TextArea>`: `{text: string[]}`, one entry per submitted line. With `perRegion` it holds the
 * transcription of the selected region and shares the region's id and geometry.
 */
export const textAreaTag: TagModule = {
  tag: 'TextArea',
  result: payloadCodec({ type: 'textarea', valueKey: 'text', check: isStringList, isEmpty: emptyList }),
  requiredMessage: (c) => `Input "${c.name}" is required.`,
  // `value` pre-fills the answer unless it reads task data (then it is the data shown, not an answer).
  defaultPayload: (c) =>
    typeof c.attrs.value === 'string' && c.attrs.value !== '' && !c.attrs.value.startsWith('$') ? [c.attrs.value] : undefined,
};

function target(engine: EditorEngine, control: ControlModel): string | undefined | null {
  return control.perRegion ? (engine.session.selectedRegionId ?? null) : undefined;
}

/** Submitted texts of the control (for the selected region when per-region). */
export function texts(engine: EditorEngine, control: ControlModel): string[] {
  const region = target(engine, control);
  if (region === null) return [];
  const payload = engine.payloadOf(control.name, region);
  return Array.isArray(payload) ? payload.filter((t): t is string => typeof t === 'string') : [];
}

/**
 * Adds a text; honours `maxSubmissions` and `skipDuplicates`. Returns false when refused.
 * With `maxSubmissions="1"` a new text replaces the old one, as a single-line answer would.
 */
export function addText(engine: EditorEngine, control: ControlModel, text: string): boolean {
  const region = target(engine, control);
  const value = text.trim();
  if (region === null || value === '') return false;
  const current = texts(engine, control);
  if (control.attrs.skipDuplicates === true && current.includes(value)) return false;
  const max = typeof control.attrs.maxSubmissions === 'number' ? control.attrs.maxSubmissions : undefined;
  if (max === 1) {
    engine.setPayload(control.name, [value], region);
    return true;
  }
  if (max !== undefined && max > 0 && current.length >= max) return false;
  engine.setPayload(control.name, [...current, value], region);
  return true;
}

export function editText(engine: EditorEngine, control: ControlModel, index: number, text: string): void {
  const region = target(engine, control);
  if (region === null) return;
  const current = texts(engine, control);
  if (index < 0 || index >= current.length) return;
  const next = [...current];
  if (text.trim() === '') next.splice(index, 1);
  else next[index] = text;
  engine.setPayload(control.name, next, region);
}

export function removeText(engine: EditorEngine, control: ControlModel, index: number): void {
  editText(engine, control, index, '');
}
