import { regionId as newRegionId } from './ids';
import type { ControlModel, ItemModel, ObjectModel } from './interface-model';
import { isJsonObject, type JsonObject, type JsonValue } from './json';
import {
  resultKey,
  selectedValues,
  type AnnotationRecord,
  type Origin,
  type RegionRecord,
  type RelationRecord,
  type ResultRecord,
} from './records';
import { MISSING_DIRECTION } from './result-json';
import type { TagModule } from './tag-module';

/** A result item that could not be loaded; the rest of the list still is. */
export interface LoadProblem {
  readonly index: number;
  readonly message: string;
  /** The item was left out (as opposed to loaded with a warning). */
  readonly skipped: boolean;
}

/** What reading a result list needs to know of the config: its controls and objects, and the tag modules. */
export interface LoadContext {
  control(name: string): ControlModel | undefined;
  object(name: string): ObjectModel | undefined;
  module(tag: string): TagModule | undefined;
}

export interface LoadedResult {
  /** Regions, then results, then relations. */
  readonly records: readonly AnnotationRecord[];
  /** In the order of the items they are about. */
  readonly problems: LoadProblem[];
}

/**
 * Turns a Label Studio result list (an annotation's or a prediction's) into records, through
 * each control's tag module. Malformed items become problems and are left out; the rest loads.
 * Items without an `id` get a new one; results sharing an `id` share a region. Results with no
 * `origin` of their own become `prediction` regions when `source` is `prediction`.
 *
 * @example
 * const { records, problems } = readResultList(engine, annotation.result, 'annotation');
 */
export function readResultList(ctx: LoadContext, result: unknown, source: 'annotation' | 'prediction'): LoadedResult {
  const problems: LoadProblem[] = [];
  const items: unknown[] = Array.isArray(result) ? result : [];
  if (!Array.isArray(result) && result !== undefined && result !== null) {
    problems.push({ index: -1, message: 'result must be a list', skipped: true });
  }
  const regions = new Map<string, RegionRecord>();
  const results: ResultRecord[] = [];
  const resultKeys = new Set<string>();
  const relations: { item: JsonObject; index: number }[] = [];
  let seq = 0;
  items.forEach((item, index) => {
    const skip = (message: string) => problems.push({ index, message, skipped: true });
    if (!isJsonObject(item)) return skip('result item must be an object');
    if (item.type === 'relation') {
      relations.push({ item, index });
      return;
    }
    if (typeof item.from_name !== 'string' || typeof item.to_name !== 'string' || typeof item.type !== 'string') {
      return skip('from_name, to_name and type must be strings');
    }
    const control = ctx.control(item.from_name);
    const codec = control ? ctx.module(control.tag)?.result : undefined;
    if (!control || !codec) return skip(`no control named "${item.from_name}" in this config`);
    const problem = checkItem(ctx, item as JsonObject & { from_name: string; to_name: string; type: string }, control);
    if (problem) return skip(problem);
    const withId = item.id === undefined ? { ...item, id: newRegionId() } : item;
    const parsed = codec.fromResult(withId, control);
    if (typeof parsed === 'string') return skip(parsed);
    const optionProblem = checkOptions(ctx, control, parsed.payload);
    if (optionProblem) return skip(optionProblem);
    const object = ctx.object(parsed.toName);
    const regionProblem =
      codec.regionShape !== undefined && object ? ctx.module(object.tag)?.checkRegion?.(parsed.geometry, object) : undefined;
    if (regionProblem) return skip(`"${parsed.toName}": ${regionProblem}`);
    const origin = parsed.envelope.origin;
    const regionOrigin: Origin | undefined =
      origin === 'prediction' || origin === 'prediction-changed' || origin === 'manual'
        ? origin
        : source === 'prediction'
          ? 'prediction'
          : undefined;
    const existing = regions.get(parsed.regionId);
    const makesRegion = codec.regionShape !== undefined;
    const shape = makesRegion ? (codec.regionShape as string) : (existing?.shape ?? 'classification');
    const geometry = makesRegion ? { ...existing?.geometry, ...parsed.geometry } : { ...parsed.geometry, ...existing?.geometry };
    regions.set(parsed.regionId, {
      typeName: 'region',
      id: parsed.regionId,
      objectName: makesRegion || !existing ? parsed.toName : existing.objectName,
      shape,
      geometry,
      origin: existing?.origin ?? regionOrigin,
      readonly: existing?.readonly === true || parsed.envelope.readonly === true ? true : undefined,
      seq: existing?.seq ?? seq++,
    });
    const key = resultKey(parsed.regionId, parsed.fromName);
    if (resultKeys.has(key)) return skip(`a second "${parsed.fromName}" result for region "${parsed.regionId}"`);
    resultKeys.add(key);
    results.push({
      typeName: 'result',
      id: key,
      regionId: parsed.regionId,
      fromName: parsed.fromName,
      toName: parsed.toName,
      type: parsed.type,
      valueKey: parsed.valueKey,
      payload: parsed.payload,
      envelope: parsed.envelope,
      keyOrder: parsed.keyOrder,
      valueKeyOrder: parsed.valueKeyOrder,
      seq: seq++,
    });
  });
  const relationRecords: RelationRecord[] = [];
  for (const { item, index } of relations) {
    const from = item.from_id;
    const to = item.to_id;
    if ((typeof from !== 'string' && typeof from !== 'number') || (typeof to !== 'string' && typeof to !== 'number')) {
      problems.push({ index, message: 'relation needs from_id and to_id', skipped: true });
      continue;
    }
    if (!regions.has(String(from)) || !regions.has(String(to))) {
      problems.push({
        index,
        message: `relation ${String(from)} → ${String(to)} points at a region that is not loaded`,
        skipped: true,
      });
      continue;
    }
    const envelope: JsonObject = {};
    for (const [k, v] of Object.entries(item))
      if (!['from_id', 'to_id', 'type', 'direction', 'labels'].includes(k)) envelope[k] = v;
    const direction = item.direction === 'left' || item.direction === 'bi' ? item.direction : 'right';
    const labels = Array.isArray(item.labels) ? item.labels.filter((l): l is string => typeof l === 'string') : undefined;
    // A missing direction is kept missing on save; `right` is only what the UI assumes.
    if (item.direction === undefined) envelope[MISSING_DIRECTION] = true;
    relationRecords.push({
      typeName: 'relation',
      id: `relation-${index}`,
      fromId: String(from),
      toId: String(to),
      direction,
      labels,
      envelope,
      keyOrder: Object.keys(item),
      seq: seq++,
    });
  }
  return {
    records: [...regions.values(), ...results, ...relationRecords],
    problems: problems.sort((a, b) => a.index - b.index),
  };
}

/** Why a result item does not fit its control: the object it names, or its `type`. */
function checkItem(
  ctx: LoadContext,
  item: { from_name: string; to_name: string; type: string },
  control: ControlModel,
): string | undefined {
  const codec = ctx.module(control.tag)?.result;
  if (codec && item.type.toLowerCase() !== codec.type) {
    return `type "${item.type}" does not fit "${item.from_name}" (a <${control.tag}>, whose results are "${codec.type}")`;
  }
  if (control.toName.length === 0) return undefined;
  if (control.toName.includes(item.to_name) || control.toName.join(',') === item.to_name) return undefined;
  return ctx.object(item.to_name)
    ? `"${item.from_name}" does not label "${item.to_name}" (its toName is "${control.toName.join(',')}")`
    : `no object named "${item.to_name}" in this config`;
}

/** Labels and choices must be options of their control (by value or alias). */
function checkOptions(ctx: LoadContext, control: ControlModel, payload: JsonValue): string | undefined {
  if (!ctx.module(control.tag)?.itemHotkeys) return undefined;
  const unknown = selectedValues(payload).filter((v) => !findByValue(control.items, v));
  if (unknown.length === 0) return undefined;
  const list = unknown.map((v) => `"${v}"`).join(', ');
  return `${list} ${unknown.length === 1 ? 'is not an option' : 'are not options'} of "${control.name}" in this config`;
}

function findByValue(items: readonly ItemModel[], value: string): boolean {
  return items.some((item) => item.value === value || item.alias === value || findByValue(item.children, value));
}
