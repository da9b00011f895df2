import type { JsonObject, JsonValue } from './json';

/**
 * Annotation records. They reference each other by id only; every lookup goes through the
 * store and its derived indexes, so no record ever holds a live reference to another.
 */

export type Origin = 'manual' | 'prediction' | 'prediction-changed';

/**
 * An area of an object (a text span, an HTML range…), or the implicit area a plain
 * classification belongs to. Its `id` is the Label Studio result `id` shared by all the
 * results of the region.
 */
export interface RegionRecord {
  readonly typeName: 'region';
  readonly id: string;
  /** Object tag the region lies on (`to_name`). */
  readonly objectName: string;
  /**
   * `classification` for the area of a whole-object classification; otherwise the shape the
   * region-making tag declares (`span`, `hypertext-span`, `paragraph-span`…).
   */
  readonly shape: string;
  /** Result `value` keys that describe where the region is (`start`, `end`, `text`…), in order. */
  readonly geometry: JsonObject;
  /** `prediction` while the region is an untouched pre-annotation; edits turn it into `prediction-changed`. */
  readonly origin?: Origin;
  /** Pre-annotations marked `readonly` cannot be edited or deleted. */
  readonly readonly?: boolean;
  /** Hidden from view (region list "hide", "hide all"); not saved to the result JSON. */
  readonly hidden?: boolean;
  /** Locked by the user: cannot be moved, reshaped or deleted until unlocked; not saved. */
  readonly locked?: boolean;
  /** Creation order, which is also the order results are written back in. */
  readonly seq: number;
}

/** One Label Studio result: what one control says about one region. */
export interface ResultRecord {
  readonly typeName: 'result';
  /** Store key: `<regionId>/<fromName>`; a region has at most one result per control. */
  readonly id: string;
  readonly regionId: string;
  readonly fromName: string;
  readonly toName: string;
  readonly type: string;
  /** Key of the control's payload inside `value` (`choices`, `labels`, `text`…). */
  readonly valueKey: string;
  readonly payload: JsonValue;
  /**
   * Top-level keys other than `value`, `id`, `from_name`, `to_name` and `type`
   * (`origin`, `score`, `readonly`, `hidden`, `meta`, `parentID`…), in their original order.
   */
  readonly envelope: JsonObject;
  /** Key order of the top-level object and of `value` as loaded, so an unedited result saves byte-identical. */
  readonly keyOrder?: readonly string[];
  readonly valueKeyOrder?: readonly string[];
  readonly seq: number;
}

export type RelationDirection = 'right' | 'left' | 'bi';

export interface RelationRecord {
  readonly typeName: 'relation';
  readonly id: string;
  readonly fromId: string;
  readonly toId: string;
  readonly direction: RelationDirection;
  readonly labels?: readonly string[];
  /** Other top-level keys, kept for the round trip. */
  readonly envelope: JsonObject;
  readonly keyOrder?: readonly string[];
  readonly seq: number;
}

export type AnnotationRecord = RegionRecord | ResultRecord | RelationRecord;

export function resultKey(regionId: string, fromName: string): string {
  return `${regionId}/${fromName}`;
}

/** Option values a payload selects: `['A']`, nested paths `[['A','B']]` → every value on them. */
export function selectedValues(payload: JsonValue | undefined): string[] {
  if (typeof payload === 'string') return [payload];
  if (!Array.isArray(payload)) return [];
  return payload.flatMap((v) =>
    typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [],
  );
}
