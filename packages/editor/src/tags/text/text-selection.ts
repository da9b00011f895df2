import type { EditorEngine } from '../../engine/engine';
import type { JsonObject } from '../../engine/json';
import { textSpanGeometry, type Granularity } from './granularity';

/**
 * Geometry for characters `start`–`end` of a Text object, honouring its `granularity` (and a
 * labels control's own) and `saveTextResult`. Undefined for an empty range.
 */
export function textSelectionGeometry(
  engine: EditorEngine,
  objectName: string,
  start: number,
  end: number,
): JsonObject | undefined {
  const object = engine.object(objectName);
  if (!object || typeof object.value !== 'string') return undefined;
  const controls = engine.controlsFor(objectName);
  const wordy = object.node.attrs.granularity === 'word' || controls.some((c) => c.attrs.granularity === 'word');
  const granularity: Granularity = wordy ? 'word' : 'symbol';
  const geometry = textSpanGeometry(object.value, start, end, granularity, object.node.attrs.saveTextResult !== 'no');
  return geometry ? { ...geometry } : undefined;
}
