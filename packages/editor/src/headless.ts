// The editor without React: engine, tag modules and their tools, for servers, scripts and tests.
export {
  AUTO_HOTKEY_KEYS,
  AnnotationStore,
  DEFAULT_KEYMAP,
  EditorEngine,
  History,
  assignHotkeys,
  buildInterface,
  comboOf,
  hotkeyHelp,
  interpolate,
  invertPatch,
  itemResultValue,
  normalizeCombo,
  overridesFromCustomHotkeys,
  readResult,
  resolveReference,
  resultKey,
  selectedValues,
  writeRelation,
  writeResult,
} from './engine/index';
export type {
  ActionBinding,
  AnnotationRecord,
  ControlModel,
  EditorAction,
  EngineOptions,
  HistoryEntry,
  HotkeyHelpEntry,
  HotkeyMap,
  HotkeyOverrides,
  InterfaceModel,
  ItemHotkey,
  ItemModel,
  JsonObject,
  JsonPrimitive,
  JsonValue,
  KeyInput,
  KeyOutcome,
  LoadProblem,
  LsResultItem,
  NewRegion,
  ObjectModel,
  Origin,
  ParsedResult,
  Patch,
  PendingSelection,
  RegionRecord,
  RelationDirection,
  RelationRecord,
  RequiredProblem,
  ResultCodec,
  ResultRecord,
  SessionState,
  TagModule,
  Transaction,
  UiNode,
} from './engine/index';
export { defaultTags } from './tags/registry';
export { createEngine, type CreateEngineOptions } from './create-engine';
export { SpanTool, type SpanToolEvent, type SpanToolState } from './tags/labels/span.tool';
export {
  RelationTool,
  cycleDirection,
  toggleRelationLabel,
  type RelationToolEvent,
  type RelationToolState,
} from './tags/relations/relations.tag';
export { toggleChoice, isChoiceSelected } from './tags/choices/choices.tag';
export { addText, editText, removeText, texts } from './tags/textarea/textarea.tag';
export { rate } from './tags/rating/rating.tag';
export { setNumber } from './tags/number/number.tag';
export { setDateTime, formatDateTime } from './tags/datetime/datetime.tag';
export { toggleTaxonomy } from './tags/taxonomy/taxonomy.tag';
export { pick } from './tags/pairwise/pairwise.tag';
export { moveItem } from './tags/ranker/ranker.tag';
export { textSelectionGeometry } from './tags/text/text-selection';
// Image labeling: geometry, spatial index, region commands, region list, brush masks.
export * as imageGeometry from './tags/image/geometry';
export { SpatialIndex } from './tags/image/spatial-index';
export { imageSettings, imageUrls, type ImageContext, type ImageSettings } from './tags/image/image.tag';
export {
  addPolygonPoint,
  closePolygon,
  copyRegions,
  createImageRegion,
  deletePolygonPoint,
  deleteRegions,
  duplicateRegions,
  ellipseGeometry,
  hideAll,
  imageControlsFor,
  imageRegionsOn,
  isRegionClipboard,
  keyPointGeometry,
  moveRegions,
  movePolygonPoint,
  nudgeRegions,
  pasteRegions,
  polygonGeometry,
  rectangleGeometry,
  regionImageSize,
  regionsInRect,
  resizeRegion,
  rotateRegion,
  selectRegion,
  setRegionGeometry,
  setRegionsHidden,
  setRegionsLocked,
  showAll,
  type ImageRegionDraft,
  type RegionClipboard,
} from './tags/image/image-regions';
export {
  groupRegionRows,
  labelCounts,
  regionRows,
  sortRegionRows,
  type RegionGroup,
  type RegionRow,
  type RegionSortKey,
} from './tags/image/region-list.model';
export { decodeBrushAlpha, decodeBrushRle, encodeBrushRle } from './tags/image/shapes/brush/brush-rle';
export { BrushMask, type MaskPatch } from './tags/image/shapes/brush/mask';
export { BrushMasks, applyBrushStroke, type BrushStroke } from './tags/image/shapes/brush/brush-regions';
