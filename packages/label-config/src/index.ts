// Labeling-config language: parse, validate, describe and sample Label Studio configs.
export type {
  ConfigIssue,
  ConfigNode,
  ConfigVariable,
  ControlTagInfo,
  LabelConfig,
  LabelItem,
  ObjectTagInfo,
  ParseResult,
  RelationsInfo,
  RepeaterInfo,
  SourcePosition,
  ValidationResult,
} from './config.types';
export { parseConfig } from './parser/config.parser';
export { MAX_NESTING_DEPTH } from './parser/xml.parser';
export { validateConfig } from './validation/config.validator';
export { dataKeys, missingDataMessage } from './data-keys';
export { findControl, findObject, nameMatches } from './config-lookup';

// Tag registry.
export type {
  AttrSpec,
  AttrType,
  AttrValue,
  ControlSpec,
  ObjectSpec,
  TagDefinition,
  TagKind,
  ValueShape,
} from './tags/tag-definition';
export { TAG_DEFINITIONS, findTag } from './tags/tag-registry';
export { MEDIA_TYPES } from './tags/media-types';

// Results.
export type { ResultProblem } from './result/result-problem';
export { validateResult } from './result/result.validator';
export { resultJsonSchema, type JsonSchema, type ResultSchemaOptions } from './schema/result-json-schema';
export { sampleTask, type SampleTask, type SampleTaskOptions } from './sample/sample-task';
export { findOrphans, usedLabelsFromResults, type Orphan, type UsedControl, type UsedLabels } from './orphans/find-orphans';

// Template gallery.
export type { Template, TemplateGroup } from './templates/template.types';
export { TEMPLATE_GROUPS } from './templates/template.types';
export { templates, templatesForApi, type ApiTemplate, type ApiTemplateList } from './templates/templates.registry';
