/** `markup` marks free-form content (inline HTML inside HyperText) that the registry does not check. */
export type TagKind = 'object' | 'control' | 'visual' | 'item' | 'markup';
export type AttrValue = string | number | boolean;
export type AttrType = 'string' | 'boolean' | 'number' | 'enum';

export interface AttrSpec {
  /** Canonical (documented) spelling; matching is case-insensitive. */
  name: string;
  type: AttrType;
  values?: readonly string[];
  default?: AttrValue;
}

/**
 * How a control's result `value` is shaped. `labels` depends on the object it labels
 * (text span, audio segment…), which is why it is not a single shape.
 */
export type ValueShape =
  | 'choices'
  | 'labels'
  | 'rectangle'
  | 'polygon'
  | 'keypoint'
  | 'ellipse'
  | 'brush'
  | 'bitmask'
  | 'vector'
  | 'hypertext'
  | 'paragraph'
  | 'timeseries'
  | 'timeline'
  | 'videorectangle'
  | 'videovector'
  | 'ocr'
  | 'textarea'
  | 'rating'
  | 'number'
  | 'datetime'
  | 'taxonomy'
  | 'pairwise'
  | 'ranker'
  | 'reactcode'
  | 'none';

export interface ControlSpec {
  resultType: string;
  valueKey: string;
  shape: ValueShape;
  /** Object tags this control may point at; `any` for classifications. */
  targets: readonly string[] | 'any';
  /** Child tag that lists the options, if any. */
  itemTag?: 'Label' | 'Choice';
  producesResults: boolean;
  requiresToName: boolean;
}

export interface ObjectSpec {
  /** Attribute that names the task data field. */
  valueAttr: 'value' | 'data';
  valueRequired: boolean;
}

export interface TagDefinition {
  name: string;
  kind: TagKind;
  attrs: readonly AttrSpec[];
  control?: ControlSpec;
  object?: ObjectSpec;
  /** Children are free-form markup (inline HTML, CSS) and are not checked against the registry. */
  freeContent?: boolean;
  /** `name` is mandatory (objects, controls, Bucket). */
  requiresName?: boolean;
  /** Attributes that must be present besides name/toName. */
  requiredAttrs?: readonly string[];
}

export const str = (name: string, def?: string): AttrSpec => ({ name, type: 'string', default: def });
export const bool = (name: string, def?: boolean): AttrSpec => ({ name, type: 'boolean', default: def });
export const num = (name: string, def?: number): AttrSpec => ({ name, type: 'number', default: def });
export const oneOf = (name: string, values: readonly string[], def?: string): AttrSpec => ({
  name,
  type: 'enum',
  values,
  default: def,
});

/** Conditional display, shared by View and every control (LSF `Result.canBeSubmitted`). */
export const VISIBILITY_ATTRS: readonly AttrSpec[] = [
  oneOf('visibleWhen', ['region-selected', 'no-region-selected', 'choice-selected', 'choice-unselected']),
  str('whenTagName'),
  str('whenLabelValue'),
  str('whenChoiceValue'),
];

export const STYLE_ATTRS: readonly AttrSpec[] = [str('style'), str('className')];
