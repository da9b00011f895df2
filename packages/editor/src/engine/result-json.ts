import { isJsonObject, type JsonObject, type JsonValue } from './json';
import type { RegionRecord, RelationRecord, ResultRecord } from './records';

/** One item of a Label Studio `annotation.result` or `prediction.result` list. */
export type LsResultItem = JsonObject;

/** A result read from Label Studio JSON, before it becomes records. */
export interface ParsedResult {
  readonly regionId: string;
  readonly fromName: string;
  readonly toName: string;
  readonly type: string;
  readonly valueKey: string;
  readonly payload: JsonValue;
  /** `value` without the payload key: where the region is. */
  readonly geometry: JsonObject;
  readonly envelope: JsonObject;
  readonly keyOrder: readonly string[];
  readonly valueKeyOrder: readonly string[];
}

const CORE_KEYS = new Set(['value', 'id', 'from_name', 'to_name', 'type']);
/** Key order Label Studio writes new results in (`Result.serialize`). */
export const NEW_RESULT_KEY_ORDER = ['value', 'id', 'from_name', 'to_name', 'type', 'origin'];
export const NEW_RELATION_KEY_ORDER = ['from_id', 'to_id', 'type', 'direction', 'labels'];
/** Envelope flag of relations whose saved JSON had no `direction`, so none is added on save. */
export const MISSING_DIRECTION = '__missingDirection';

/**
 * Splits a result item into envelope, geometry and payload. `check` validates the payload and
 * returns a reason when it is malformed.
 *
 * @example
 * readResult({ id: 'a', from_name: 'c', to_name: 't', type: 'choices', value: { choices: ['A'] } }, 'choices', isStringList)
 */
export function readResult(
  item: LsResultItem,
  valueKey: string,
  check: (payload: JsonValue | undefined) => string | undefined,
): ParsedResult | string {
  const value = item.value;
  if (!isJsonObject(value)) return 'value must be an object';
  const problem = check(value[valueKey]);
  if (problem) return `value.${valueKey} ${problem}`;
  const geometry: JsonObject = {};
  for (const [k, v] of Object.entries(value)) if (k !== valueKey) geometry[k] = v;
  const envelope: JsonObject = {};
  for (const [k, v] of Object.entries(item)) if (!CORE_KEYS.has(k)) envelope[k] = v;
  return {
    regionId: String(item.id),
    fromName: String(item.from_name),
    toName: String(item.to_name),
    type: String(item.type),
    valueKey,
    payload: value[valueKey],
    geometry,
    envelope,
    keyOrder: Object.keys(item),
    valueKeyOrder: Object.keys(value),
  };
}

/**
 * Writes a result back as Label Studio JSON. Keys come out in the order they were read, so an
 * unedited result is identical to what was loaded; new results use Label Studio's own order.
 */
export function writeResult(result: ResultRecord, region: RegionRecord | undefined): LsResultItem {
  const value: JsonObject = {};
  const geometry = region?.geometry ?? {};
  if (result.valueKeyOrder) {
    for (const k of result.valueKeyOrder) {
      if (k === result.valueKey) value[k] = result.payload;
      else if (k in geometry) value[k] = geometry[k];
    }
  } else {
    for (const [k, v] of Object.entries(geometry)) value[k] = v;
  }
  value[result.valueKey] = result.payload;
  const fields: JsonObject = {
    value,
    id: result.regionId,
    from_name: result.fromName,
    to_name: result.toName,
    type: result.type,
    ...result.envelope,
  };
  return ordered(fields, result.keyOrder ?? NEW_RESULT_KEY_ORDER);
}

export function writeRelation(relation: RelationRecord): LsResultItem {
  const fields: JsonObject = {
    from_id: relation.fromId,
    to_id: relation.toId,
    type: 'relation',
    direction: relation.direction,
    ...relation.envelope,
  };
  if (relation.labels) fields.labels = [...relation.labels];
  return ordered(fields, relation.keyOrder ?? NEW_RELATION_KEY_ORDER);
}

function ordered(fields: JsonObject, order: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const k of order) if (k in fields) out[k] = fields[k];
  for (const [k, v] of Object.entries(fields)) if (!(k in out)) out[k] = v;
  return out;
}
