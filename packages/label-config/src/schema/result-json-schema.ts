import { findObject } from '../config-lookup';
import type { ControlTagInfo, LabelConfig, LabelItem } from '../config.types';
import { bucketNames } from '../result/result.validator';
import type { TagDefinition } from '../tags/tag-definition';
import { findTag } from '../tags/tag-registry';

/** A JSON Schema document (draft 2020-12), kept structural so callers can serialise it as is. */
export type JsonSchema = { [key: string]: unknown };

export interface ResultSchemaOptions {
  /**
   * Strict mode, for LLM structured outputs: every listed property is required and no optional
   * envelope fields (score, origin, original_width…) are listed. Default false.
   */
  strict?: boolean;
}

const pct: JsonSchema = { type: 'number', minimum: 0, maximum: 100 };
const int0: JsonSchema = { type: 'integer', minimum: 0 };
const str: JsonSchema = { type: 'string' };

function obj(properties: Record<string, JsonSchema>, optional: readonly string[] = []): JsonSchema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    additionalProperties: false,
  };
}

/**
 * JSON Schema of the result list a config accepts: one branch per control with its label enums
 * and value shape, plus relations.
 *
 * @example
 * const schema = resultJsonSchema(config, { strict: true }); // hand to an LLM as response format
 */
export function resultJsonSchema(config: LabelConfig, opts: ResultSchemaOptions = {}): JsonSchema {
  const strict = opts.strict === true;
  const branches: JsonSchema[] = config.controls.filter((c) => c.producesResults).map((c) => controlSchema(config, c, strict));
  if (config.relations) {
    const relation: Record<string, JsonSchema> = {
      type: { const: 'relation' },
      from_id: str,
      to_id: str,
      direction: { enum: ['right', 'left', 'bi'] },
    };
    if (config.relations.labels.length > 0) relation.labels = { type: 'array', items: { enum: config.relations.labels } };
    branches.push({ title: 'relation', ...obj(relation, strict ? [] : ['direction', 'labels']) });
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Annotation result',
    description: 'Label Studio result list for this labeling config',
    type: 'array',
    items: branches.length === 1 ? branches[0] : { anyOf: branches },
  };
}

function nameSchema(name: string, control: ControlTagInfo): JsonSchema {
  const flag = control.repeater?.indexFlag;
  if (!flag || !name.includes(flag)) return { const: name };
  const source = name
    .split(flag)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[0-9]+');
  return { type: 'string', pattern: `^${source}$` };
}

function controlSchema(config: LabelConfig, control: ControlTagInfo, strict: boolean): JsonSchema {
  const toName =
    control.tag === 'Pairwise'
      ? { const: control.toName.join(',') }
      : control.toName.length === 1
        ? nameSchema(control.toName[0], control)
        : { enum: control.toName };
  const properties: Record<string, JsonSchema> = {
    id: str,
    from_name: nameSchema(control.name, control),
    to_name: toName,
    type: { const: control.type },
    value: valueSchema(config, control),
  };
  const optional: string[] = [];
  if (!strict) {
    Object.assign(properties, {
      origin: { enum: ['manual', 'prediction', 'prediction-changed'] },
      score: { type: 'number' },
      readonly: { type: 'boolean' },
      hidden: { type: 'boolean' },
      parentID: str,
      meta: { type: 'object' },
      item_index: int0,
      original_width: { type: 'number', minimum: 0 },
      original_height: { type: 'number', minimum: 0 },
      image_rotation: { type: 'number' },
      original_length: { type: 'number', minimum: 0 },
    });
    optional.push(
      'id',
      'origin',
      'score',
      'readonly',
      'hidden',
      'parentID',
      'meta',
      'item_index',
      'original_width',
      'original_height',
      'image_rotation',
      'original_length',
    );
  }
  return { title: `${control.tag} "${control.name}"`, ...obj(properties, optional) };
}

function labelArray(control: ControlTagInfo, labels: readonly string[] = control.labels): JsonSchema {
  const items: JsonSchema = control.dynamic || labels.length === 0 ? str : { type: 'string', enum: [...new Set(labels)] };
  const schema: JsonSchema = { type: 'array', items, minItems: 1 };
  if (control.choice !== 'multiple') schema.maxItems = 1;
  return schema;
}

function pathSchema(control: ControlTagInfo): JsonSchema {
  const values = new Set<string>();
  const visit = (items: LabelItem[]) =>
    items.forEach((i) => {
      values.add(i.alias ?? i.value);
      visit(i.children);
    });
  visit(control.items);
  const step: JsonSchema = control.dynamic || values.size === 0 ? str : { type: 'string', enum: [...values] };
  return { type: 'array', items: step, minItems: 1 };
}

function valueSchema(config: LabelConfig, control: ControlTagInfo): JsonSchema {
  const def = findTag(control.tag) as TagDefinition;
  const key = control.valueKey;
  const withLabels = (props: Record<string, JsonSchema>, optional: string[] = []) =>
    obj(control.tag.endsWith('Labels') ? { ...props, [key]: labelArray(control) } : props, optional);
  const box = { x: pct, y: pct, width: pct, height: pct, rotation: { type: 'number' } };
  switch (def.control?.shape) {
    case 'choices': {
      const choices =
        control.node.attrs.allowNested === true
          ? { type: 'array', items: pathSchema(control), minItems: 1 }
          : labelArray(control);
      if (control.choice === 'multiple') delete (choices as JsonSchema).maxItems;
      return obj({ choices });
    }
    case 'labels': {
      const tag = findObject(config, control.toName[0] ?? '')?.tag;
      if (tag === 'Audio' || tag === 'AudioPlus')
        return withLabels({ start: { type: 'number', minimum: 0 }, end: { type: 'number', minimum: 0 } });
      if (tag === 'Image') return withLabels(box);
      if (tag === 'Paragraphs') return withLabels({ start: str, end: str, startOffset: int0, endOffset: int0, text: str });
      if (tag === 'TimeSeries')
        return withLabels({
          start: { type: ['number', 'string'] },
          end: { type: ['number', 'string'] },
          instant: { type: 'boolean' },
        });
      return withLabels({ start: int0, end: int0, text: str });
    }
    case 'rectangle':
      return withLabels(box);
    case 'ocr':
      return withLabels({ ...box, pageIndex: { type: 'integer', minimum: 1 } });
    case 'polygon':
      return withLabels({
        points: { type: 'array', minItems: 3, items: { type: 'array', items: pct, minItems: 2, maxItems: 2 } },
        closed: { type: 'boolean' },
      });
    case 'keypoint':
      return withLabels({ x: pct, y: pct, width: { type: 'number', minimum: 0 } });
    case 'ellipse':
      return withLabels({
        x: pct,
        y: pct,
        radiusX: { type: 'number', minimum: 0 },
        radiusY: { type: 'number', minimum: 0 },
        rotation: { type: 'number' },
      });
    case 'brush':
      return withLabels({ format: { const: 'rle' }, rle: { type: 'array', items: int0, minItems: 1 } });
    case 'bitmask':
      return withLabels({ imageDataURL: str });
    case 'vector':
      return withLabels({
        vertices: { type: 'array', minItems: 1, items: obj({ id: str, x: pct, y: pct }) },
        closed: { type: 'boolean' },
      });
    case 'hypertext':
      return withLabels({ start: str, end: str, startOffset: int0, endOffset: int0, text: str });
    case 'paragraph':
      return withLabels({ start: str, end: str, startOffset: int0, endOffset: int0, text: str });
    case 'timeseries':
      return withLabels({
        start: { type: ['number', 'string'] },
        end: { type: ['number', 'string'] },
        instant: { type: 'boolean' },
      });
    case 'timeline':
      return withLabels({ ranges: { type: 'array', minItems: 1, items: obj({ start: int0, end: int0 }) } });
    case 'videorectangle': {
      const siblings = config.controls.filter((c) => c.type === 'labels' && c.toName.some((t) => control.toName.includes(t)));
      const props: Record<string, JsonSchema> = {
        framesCount: int0,
        duration: { type: 'number', minimum: 0 },
        sequence: {
          type: 'array',
          minItems: 1,
          items: obj({ frame: int0, enabled: { type: 'boolean' }, time: { type: 'number', minimum: 0 }, ...box }),
        },
      };
      if (siblings.length > 0)
        props.labels = labelArray(
          { ...siblings[0], dynamic: siblings.some((s) => s.dynamic) },
          siblings.flatMap((s) => s.labels),
        );
      return obj(props);
    }
    case 'videovector':
      return withLabels({
        framesCount: int0,
        duration: { type: 'number', minimum: 0 },
        sequence: {
          type: 'array',
          minItems: 1,
          items: obj({
            frame: int0,
            enabled: { type: 'boolean' },
            closed: { type: 'boolean' },
            vertices: { type: 'array', items: obj({ id: str, x: pct, y: pct }) },
          }),
        },
      });
    case 'textarea':
      return obj({ text: { type: 'array', items: str, minItems: 1 } });
    case 'rating': {
      const max = control.node.attrs.maxRating;
      return obj({ rating: { type: 'integer', minimum: 0, ...(typeof max === 'number' ? { maximum: max } : {}) } });
    }
    case 'number': {
      const { min, max } = control.node.attrs;
      return obj({
        number: {
          type: 'number',
          ...(typeof min === 'number' ? { minimum: min } : {}),
          ...(typeof max === 'number' ? { maximum: max } : {}),
        },
      });
    }
    case 'datetime':
      return obj({ datetime: { type: 'string', minLength: 1 } });
    case 'taxonomy':
      return obj({ taxonomy: { type: 'array', minItems: 1, items: pathSchema(control) } });
    case 'pairwise':
      return obj({ selected: { enum: ['left', 'right'] } });
    case 'ranker': {
      const buckets = bucketNames(control);
      const keys = buckets.length > 0 ? buckets : [control.name];
      const ids = { type: 'array', items: str };
      return obj({ ranker: obj(Object.fromEntries(keys.map((k) => [k, ids])), keys) });
    }
    case 'reactcode':
      return obj({ reactcode: { type: 'object' } });
    default:
      return { type: 'object' };
  }
}
