import type { EditorEngine } from './engine';
import type { ControlModel, ItemModel, ObjectModel } from './interface-model';
import type { JsonObject, JsonValue } from './json';
import type { RegionRecord, ResultRecord } from './records';
import type { LsResultItem, ParsedResult } from './result-json';

/**
 * What the engine needs to know about one config tag. The engine itself knows no concrete tag:
 * everything tag-specific comes through these modules, listed in one explicit registry array.
 */
export interface TagModule {
  /** Canonical tag name, as `@groundwork/label-config` spells it. */
  readonly tag: string;
  /** Present on controls that write results. */
  readonly result?: ResultCodec;
  /** Options of this tag get Label Studio's automatic hotkeys (Label, Choice). */
  readonly itemHotkeys?: boolean;
  /** Message shown when a `required` control has no value on submit. */
  readonly requiredMessage?: (control: ControlModel) => string;
  /** What a new annotation starts with (`<Choice selected="true">`, TextArea `value`…). */
  readonly defaultPayload?: (control: ControlModel) => JsonValue | undefined;
  /** What pressing an option's hotkey does (toggle a choice, label the selected text…). */
  readonly onItemHotkey?: (engine: EditorEngine, control: ControlModel, item: ItemModel) => void;
  /**
   * Object tags: extra top-level fields for a result created on one of this object's regions
   * (Image adds `original_width`, `original_height`, `image_rotation`), and the key order new
   * results of such regions are written in.
   */
  readonly newResultFields?: (engine: EditorEngine, region: RegionRecord) => NewResultFields | undefined;
  /**
   * Object tags: why a loaded region's geometry does not fit this object (offsets that are not
   * numbers, or past the end of the text), or undefined when it does. Such items are skipped.
   */
  readonly checkRegion?: (geometry: JsonObject, object: ObjectModel) => string | undefined;
}

export interface NewResultFields {
  readonly fields: JsonObject;
  readonly keyOrder?: readonly string[];
}

export interface ResultCodec {
  /** Result `type` (`choices`, `labels`…). */
  readonly type: string;
  /** Key of the payload inside `value`. */
  readonly valueKey: string;
  /** Shape of the regions this control creates (`span`…); absent for classifications. */
  readonly regionShape?: string;
  /** Reads one Label Studio result item; a string is the reason it was rejected. */
  fromResult(item: LsResultItem, control: ControlModel): ParsedResult | string;
  /** Writes one result record back as a Label Studio result item. */
  toResult(result: ResultRecord, region: RegionRecord | undefined, control: ControlModel | undefined): LsResultItem;
  /** A payload that means "nothing chosen": the result is removed rather than saved. */
  isEmpty(payload: JsonValue): boolean;
}
