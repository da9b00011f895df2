import { atIndex, findObject } from '../config-lookup';
import type { ControlTagInfo, LabelConfig, LabelItem } from '../config.types';
import { bucketNames } from '../result/result.validator';
import type { TagDefinition } from '../tags/tag-definition';
import { findTag } from '../tags/tag-registry';
import { SAMPLE_LIST, SAMPLE_OPTIONS, SAMPLE_TEXT, sampleValueFor, setAtExpression } from './sample-data';

export interface SampleTask {
  data: Record<string, unknown>;
  annotations?: { result: Record<string, unknown>[] }[];
}

export interface SampleTaskOptions {
  /** Also build one annotation that uses every control once. */
  withAnnotation?: boolean;
}

/**
 * Task data that fits a config (a plausible value for every object and dynamic option list),
 * and optionally one annotation whose result passes `validateResult`.
 *
 * @example
 * sampleTask(config, { withAnnotation: true }).annotations?.[0].result
 */
export function sampleTask(config: LabelConfig, opts: SampleTaskOptions = {}): SampleTask {
  const data: Record<string, unknown> = {};
  for (const object of config.objects) {
    const expression = object.value.startsWith('$') ? object.value.slice(1) : undefined;
    if (!expression) continue;
    let value = sampleValueFor(object);
    // Inside a Repeater each entry holds one item, never a list of them.
    if (object.repeater && Array.isArray(value) && object.tag === 'Image') value = value[0];
    setAtExpression(data, expression, value, object.repeater?.indexFlag);
  }
  for (const control of config.controls) {
    if (control.dynamicKey && data[control.dynamicKey] === undefined) {
      data[control.dynamicKey] =
        control.tag === 'Taxonomy' || control.node.attrs.allowNested === true
          ? [{ value: 'Group A', children: SAMPLE_OPTIONS }]
          : SAMPLE_OPTIONS;
    }
  }
  for (const variable of config.variables) {
    if (data[variable.key] === undefined)
      setAtExpression(data, variable.expression, `Sample ${variable.key}`, config.repeaters[0]?.indexFlag);
  }
  if (!opts.withAnnotation) return { data };
  return { data, annotations: [{ result: sampleResult(config, data) }] };
}

function sampleResult(config: LabelConfig, data: Record<string, unknown>): Record<string, unknown>[] {
  const result: Record<string, unknown>[] = [];
  const regions: { id: string; toName: string }[] = [];
  let counter = 0;
  const nextId = () => `sample${String(++counter).padStart(3, '0')}`;

  const geometryControls = config.controls.filter((c) => c.producesResults && !isClassification(c));
  const classifications = config.controls.filter((c) => c.producesResults && isClassification(c));
  for (const control of [...geometryControls, ...classifications]) {
    const fromName = atIndex(control.name, control.repeater, 0);
    const toName = control.tag === 'Pairwise' ? control.toName.join(',') : atIndex(control.toName[0] ?? '', control.repeater, 0);
    const object = findObject(config, control.toName[0] ?? '');
    let id = nextId();
    if (control.perRegion) {
      const region = regions.find((r) => r.toName === toName);
      if (!region) continue;
      id = region.id;
    }
    const value = sampleValue(config, control, object?.tag ?? '', data);
    if (!value) continue;
    const item: Record<string, unknown> = {
      id,
      from_name: fromName,
      to_name: toName,
      type: control.type,
      value,
      origin: 'manual',
    };
    if (object?.tag === 'Image') Object.assign(item, { original_width: 640, original_height: 480, image_rotation: 0 });
    if (object?.tag === 'Audio' || object?.tag === 'AudioPlus') item.original_length = 12.5;
    result.push(item);
    if (!isClassification(control)) regions.push({ id, toName });
  }
  if (config.relations && regions.length >= 2) {
    const relation: Record<string, unknown> = {
      from_id: regions[0].id,
      to_id: regions[1].id,
      type: 'relation',
      direction: 'right',
    };
    if (config.relations.labels.length > 0) relation.labels = [config.relations.labels[0]];
    result.push(relation);
  }
  return result;
}

function isClassification(control: ControlTagInfo): boolean {
  return ['choices', 'textarea', 'rating', 'number', 'datetime', 'taxonomy', 'pairwise', 'ranker', 'reactcode'].includes(
    control.type,
  );
}

function firstLabel(control: ControlTagInfo): string[] {
  if (control.dynamic) return [SAMPLE_OPTIONS[0].value];
  return control.items.length > 0 ? [control.items[0].alias ?? control.items[0].value] : [];
}

function firstPath(items: LabelItem[]): string[] {
  const path: string[] = [];
  for (let level = items; level.length > 0; level = level[0].children) path.push(level[0].alias ?? level[0].value);
  return path;
}

function sampleValue(
  config: LabelConfig,
  control: ControlTagInfo,
  objectTag: string,
  data: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const def = findTag(control.tag) as TagDefinition;
  const key = control.valueKey;
  const labels = control.tag.endsWith('Labels') ? { [key]: firstLabel(control) } : {};
  const box = { x: 12.5, y: 15, width: 30, height: 25, rotation: 0 };
  switch (def.control?.shape) {
    case 'choices':
      if (control.node.attrs.allowNested === true)
        return { choices: [control.dynamic ? ['Group A', 'Option A'] : firstPath(control.items)] };
      return { choices: firstLabel(control) };
    case 'labels':
      return { ...labelSpan(objectTag), ...labels };
    case 'rectangle':
      return { ...box, ...labels };
    case 'ocr':
      return { ...box, pageIndex: 1, ...labels };
    case 'polygon':
      return {
        points: [
          [10, 10],
          [40, 12],
          [25, 45],
        ],
        closed: true,
        ...labels,
      };
    case 'keypoint':
      return { x: 50, y: 40, width: 0.8, ...labels };
    case 'ellipse':
      return { x: 50, y: 50, radiusX: 12, radiusY: 8, rotation: 0, ...labels };
    case 'brush':
      return { format: 'rle', rle: [0, 0, 16, 255, 4, 0, 2, 1], ...labels };
    case 'bitmask':
      return { imageDataURL: 'data:image/png;base64,iVBORw0KGgo=', ...labels };
    case 'vector':
      return {
        vertices: [
          { id: 'v1', x: 10, y: 10, prevPointId: null, isBezier: false },
          { id: 'v2', x: 30, y: 20, prevPointId: 'v1', isBezier: false },
        ],
        closed: false,
        ...labels,
      };
    case 'hypertext':
      return {
        start: '/p[1]/text()[1]',
        end: '/p[1]/text()[1]',
        startOffset: 0,
        endOffset: 5,
        globalOffsets: { start: 0, end: 5 },
        text: 'Order',
        ...labels,
      };
    case 'paragraph':
      return { start: '0', end: '0', startOffset: 0, endOffset: 6, text: 'Thanks', ...labels };
    case 'timeseries':
      return { start: 2, end: 6, instant: false, ...labels };
    case 'timeline':
      return { ranges: [{ start: 1, end: 24 }], ...labels };
    case 'videorectangle': {
      const sibling = config.controls.find((c) => c.type === 'labels' && c.toName.some((t) => control.toName.includes(t)));
      const value: Record<string, unknown> = {
        framesCount: 240,
        duration: 10,
        sequence: [
          { frame: 1, enabled: true, rotation: 0, x: 10, y: 20, width: 15, height: 25, time: 0.04 },
          { frame: 24, enabled: false, rotation: 0, x: 20, y: 22, width: 15, height: 25, time: 1 },
        ],
      };
      if (sibling) value.labels = firstLabel(sibling);
      return value;
    }
    case 'videovector':
      return {
        framesCount: 240,
        duration: 10,
        sequence: [
          {
            frame: 1,
            enabled: true,
            closed: false,
            vertices: [
              { id: 'v1', x: 10, y: 10 },
              { id: 'v2', x: 20, y: 15 },
            ],
          },
        ],
        ...labels,
      };
    case 'textarea':
      return { text: ['A short answer written by the annotator.'] };
    case 'rating': {
      const max = control.node.attrs.maxRating;
      return { rating: Math.min(4, typeof max === 'number' ? max : 5) };
    }
    case 'number': {
      const { min, max } = control.node.attrs;
      const lo = typeof min === 'number' ? min : undefined;
      const hi = typeof max === 'number' ? max : undefined;
      const n =
        lo !== undefined && hi !== undefined ? Math.round((lo + hi) / 2) : (lo ?? (hi !== undefined ? Math.min(hi, 1) : 1));
      return { number: n };
    }
    case 'datetime': {
      const only = String(control.node.attrs.only ?? '');
      if (only.includes('year') && !only.includes('date')) return { datetime: '2024' };
      if (only.includes('month') && !only.includes('date')) return { datetime: '2024-05' };
      if (only === 'time') return { datetime: '14:30' };
      return { datetime: only.includes('time') ? '2024-05-17T14:30' : '2024-05-17' };
    }
    case 'taxonomy':
      return { taxonomy: [control.dynamic ? ['Group A', 'Option A'] : firstPath(control.items)] };
    case 'pairwise':
      return { selected: 'left' };
    case 'ranker': {
      const list = findObject(config, control.toName[0] ?? '');
      const items = list?.dataKey && Array.isArray(data[list.dataKey]) ? (data[list.dataKey] as { id?: unknown }[]) : SAMPLE_LIST;
      const ids = items.map((i, n) => String(i.id ?? n));
      const buckets = bucketNames(control);
      if (buckets.length === 0) return { ranker: { [control.name]: ids } };
      return { ranker: { [buckets[0]]: ids.slice(0, 1), ...(buckets[1] ? { [buckets[1]]: ids.slice(1) } : {}) } };
    }
    case 'reactcode':
      return { reactcode: { answer: 'sample' } };
    default:
      return undefined;
  }
}

function labelSpan(objectTag: string): Record<string, unknown> | undefined {
  switch (objectTag) {
    case 'Audio':
    case 'AudioPlus':
      return { start: 1.2, end: 3.4, channel: 0 };
    case 'Paragraphs':
      return { start: '0', end: '0', startOffset: 0, endOffset: 6, text: 'Thanks' };
    case 'Image':
      return { x: 12.5, y: 15, width: 30, height: 25, rotation: 0 };
    case 'TimeSeries':
      return { start: 2, end: 6, instant: false };
    case 'Video':
      return { ranges: [{ start: 1, end: 24 }] };
    default:
      return { start: 0, end: 11, text: SAMPLE_TEXT.slice(0, 11) };
  }
}
