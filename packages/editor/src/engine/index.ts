// The headless engine: no React, no concrete tag.
export {
  EditorEngine,
  type EngineOptions,
  type KeyOutcome,
  type NewRegion,
  type PendingSelection,
  type RegionEdit,
  type RequiredProblem,
  type SessionState,
  type Transaction,
} from './engine';
export { AnnotationStore, invertPatch, type Patch } from './store';
export { History, type HistoryEntry } from './history';
export type { AnnotationRecord, Origin, RegionRecord, RelationDirection, RelationRecord, ResultRecord } from './records';
export { resultKey, selectedValues } from './records';
export { readResultList, type LoadContext, type LoadedResult, type LoadProblem } from './load';
export type { JsonObject, JsonPrimitive, JsonValue } from './json';
export {
  buildInterface,
  itemResultValue,
  type ControlModel,
  type InterfaceModel,
  type ItemModel,
  type ObjectModel,
  type UiNode,
} from './interface-model';
export {
  AUTO_HOTKEY_KEYS,
  DEFAULT_KEYMAP,
  assignHotkeys,
  comboOf,
  hotkeyHelp,
  normalizeCombo,
  overridesFromCustomHotkeys,
  type ActionBinding,
  type EditorAction,
  type HotkeyHelpEntry,
  type HotkeyMap,
  type HotkeyOverrides,
  type ItemHotkey,
  type KeyInput,
} from './hotkeys';
export { readResult, writeResult, writeRelation, type LsResultItem, type ParsedResult } from './result-json';
export type { NewResultFields, ResultCodec, TagModule } from './tag-module';
export { resolveReference, interpolate } from './data';
