// @groundwork/editor: the labeling editor. Its engine is headless (`@groundwork/editor/headless`
// loads no React); the React views live in ./react and in each tag's folder.
export { EditorEngine, type EngineOptions, type KeyOutcome, type RequiredProblem, type SessionState } from './engine/engine';
export type { LoadProblem } from './engine/load';
export type { ControlModel, ItemModel, ObjectModel, UiNode } from './engine/interface-model';
export type { RegionRecord, RelationRecord, ResultRecord } from './engine/records';
export type { LsResultItem } from './engine/result-json';
export type { ActionBinding, EditorAction, HotkeyOverrides, HotkeyHelpEntry } from './engine/hotkeys';
export { DEFAULT_KEYMAP, comboOf, normalizeCombo, overridesFromCustomHotkeys } from './engine/hotkeys';
export type { JsonObject, JsonValue } from './engine/json';
export type { TagModule } from './engine/tag-module';
export { defaultTags } from './tags/registry';
export { createEngine, type CreateEngineOptions } from './create-engine';

// React.
export {
  Editor,
  type AnnotationPayload,
  type EditorAnnotation,
  type EditorPrediction,
  type EditorProps,
  type EditorTask,
} from './react/editor';
export { EditorProvider } from './react/editor-provider';
export { useEngine, type TagView, type TagViewProps } from './react/engine-context';
export { NodeView, NodeChildren } from './react/node-view';
export { RegionList } from './react/region-list';
export { HotkeyHelp, describeCombo } from './react/hotkey-help';
export { defaultTagViews } from './tags/views';
export { sanitizeHtml } from './tags/hypertext/sanitize';
