import { findControl, findObject, nameMatches } from '../config-lookup';
import type { ControlTagInfo, LabelConfig, LabelItem } from '../config.types';
import type { TagDefinition, ValueShape } from '../tags/tag-definition';
import { findTag } from '../tags/tag-registry';
import type { ResultProblem } from './result-problem';
import { isObject, ValueChecker } from './value-checker';

type Json = Record<string, unknown>;

const ORIGINS = ['manual', 'prediction', 'prediction-changed'];
const DIRECTIONS = ['right', 'left', 'bi'];
/** Result types that classify a region when their control has perRegion="true". */
const CLASSIFICATION_TYPES = new Set(['choices', 'textarea', 'rating', 'number', 'datetime', 'taxonomy']);

/**
 * Checks an annotation or prediction `result` list against a config and reports every problem:
 * unknown names, wrong types, options not in the config, malformed values, coordinates outside
 * 0–100, reversed spans, relations to unknown regions.
 *
 * @example
 * validateResult(config, [{ from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['Happy'] } }])
 * // → [] when "Happy" is one of the Choice values
 */
export function validateResult(config: LabelConfig, result: unknown): ResultProblem[] {
  const problems: ResultProblem[] = [];
  if (!Array.isArray(result)) {
    problems.push({ index: -1, path: '', message: 'result must be a list' });
    return problems;
  }
  const regionIds = new Set<string>();
  for (const item of result) {
    if (
      isObject(item) &&
      item.type !== 'relation' &&
      typeof item.id === 'string' &&
      !CLASSIFICATION_TYPES.has(String(item.type))
    ) {
      regionIds.add(item.id);
    }
  }
  result.forEach((item, index) => {
    const check = new ValueChecker(problems, index);
    if (!isObject(item)) {
      check.fail('', 'result item must be an object');
      return;
    }
    if (item.type === 'relation') checkRelation(config, item, regionIds, check);
    else checkItem(config, item, regionIds, check);
  });
  return problems;
}

function checkRelation(config: LabelConfig, item: Json, regionIds: Set<string>, check: ValueChecker): void {
  for (const key of ['from_id', 'to_id'] as const) {
    const id = item[key];
    if (typeof id !== 'string' && typeof id !== 'number') check.fail(key, `${key} must be a region id`);
    else if (!regionIds.has(String(id))) check.fail(key, `${key} "${String(id)}" does not match any region in this result`);
  }
  if (item.direction !== undefined && !DIRECTIONS.includes(String(item.direction))) {
    check.fail('direction', `direction must be one of ${DIRECTIONS.join(', ')}`);
  }
  if (item.labels === undefined) return;
  if (!Array.isArray(item.labels) || item.labels.some((l) => typeof l !== 'string')) {
    check.fail('labels', 'labels must be a list of strings');
    return;
  }
  const allowed = config.relations?.labels ?? [];
  item.labels.forEach((label, i) => {
    if (!allowed.includes(label as string))
      check.fail(`labels[${i}]`, `relation label "${String(label)}" is not a <Relation> in the config`);
  });
}

function checkEnvelope(item: Json, check: ValueChecker): void {
  if (item.id !== undefined && typeof item.id !== 'string') check.fail('id', 'id must be a string');
  if (item.origin !== undefined && !ORIGINS.includes(String(item.origin)))
    check.fail('origin', `origin must be one of ${ORIGINS.join(', ')}`);
  check.number(item, 'score', '', { optional: true });
  check.boolean(item, 'readonly', '');
  check.boolean(item, 'hidden', '');
  check.number(item, 'original_width', '', { min: 0, optional: true });
  check.number(item, 'original_height', '', { min: 0, optional: true });
  check.number(item, 'image_rotation', '', { optional: true });
  check.number(item, 'item_index', '', { min: 0, integer: true, optional: true });
}

function checkItem(config: LabelConfig, item: Json, regionIds: Set<string>, check: ValueChecker): void {
  checkEnvelope(item, check);
  const fromName = item.from_name;
  const toName = item.to_name;
  if (typeof fromName !== 'string') check.fail('from_name', 'from_name must be a string');
  if (typeof toName !== 'string') check.fail('to_name', 'to_name must be a string');
  if (typeof item.type !== 'string') check.fail('type', 'type must be a string');
  if (!isObject(item.value)) check.fail('value', 'value must be an object');
  if (typeof fromName !== 'string' || typeof toName !== 'string' || typeof item.type !== 'string' || !isObject(item.value))
    return;
  const value = item.value;

  // Chat messages are written by the Chat object itself (from_name == to_name).
  if (item.type === 'chatmessage') {
    const chat = findObject(config, fromName);
    if (!chat || chat.tag !== 'Chat') check.fail('from_name', `Unknown from_name "${fromName}": no <Chat> with that name`);
    else if (toName !== fromName) check.fail('to_name', `to_name must equal from_name ("${fromName}") for chat messages`);
    const message = check.object(value, 'chatmessage', 'value');
    if (message) {
      check.string(message, 'role', 'value.chatmessage');
      check.string(message, 'content', 'value.chatmessage');
    }
    return;
  }

  const control = findControl(config, fromName);
  if (!control || !control.producesResults) {
    check.fail('from_name', `Unknown from_name "${fromName}": no control tag with that name`);
    return;
  }
  const targets = toName.split(',').map((s) => s.trim());
  for (const target of targets) {
    if (!control.toName.some((t) => nameMatches(t, target, control.repeater))) {
      check.fail(
        'to_name',
        `to_name "${target}" is not a toName of ${control.tag} "${control.name}" (expected ${control.toName.join(', ')})`,
      );
      return;
    }
  }
  if (item.type !== control.type) {
    check.fail('type', `type "${item.type}" does not match ${control.tag} "${control.name}", which writes "${control.type}"`);
    return;
  }
  if (control.perRegion && CLASSIFICATION_TYPES.has(control.type) && !(typeof item.id === 'string' && regionIds.has(item.id))) {
    check.fail('id', `${control.tag} "${control.name}" is per-region: its result must share the id of a region in this result`);
  }
  const def = findTag(control.tag) as TagDefinition;
  const shape = def.control?.shape ?? 'none';
  const objectTag = findObject(config, targets[0])?.tag ?? '';
  checkValue(config, control, shape, objectTag, value, check);
}

function checkValue(
  config: LabelConfig,
  control: ControlTagInfo,
  shape: ValueShape,
  objectTag: string,
  value: Json,
  check: ValueChecker,
): void {
  const v = 'value';
  const labelsKey = control.valueKey;
  switch (shape) {
    case 'choices':
      return checkChoices(control, value, check);
    case 'labels':
      checkSpanForObject(objectTag, value, check);
      return checkLabels(control, value, labelsKey, check, true);
    case 'rectangle':
      check.box(value, v);
      return checkLabels(control, value, labelsKey, check, isLabelsTag(control));
    case 'ocr':
      check.box(value, v);
      check.number(value, 'pageIndex', v, { min: 1, integer: true, optional: true });
      return checkLabels(control, value, labelsKey, check, true);
    case 'polygon':
      checkPoints(value, check);
      return checkLabels(control, value, labelsKey, check, isLabelsTag(control));
    case 'keypoint':
      check.percent(value, 'x', v);
      check.percent(value, 'y', v);
      check.number(value, 'width', v, { min: 0, optional: true });
      return checkLabels(control, value, labelsKey, check, isLabelsTag(control));
    case 'ellipse':
      check.percent(value, 'x', v);
      check.percent(value, 'y', v);
      check.number(value, 'radiusX', v, { min: 0 });
      check.number(value, 'radiusY', v, { min: 0 });
      check.number(value, 'rotation', v, { optional: true });
      return checkLabels(control, value, labelsKey, check, isLabelsTag(control));
    case 'brush':
      if (value.format !== 'rle') check.fail('value.format', 'value.format must be "rle"');
      {
        const rle = check.array(value, 'rle', v, { minItems: 1 });
        if (rle?.some((n) => typeof n !== 'number' || !Number.isInteger(n) || n < 0))
          check.fail('value.rle', 'value.rle must be a list of non-negative integers');
      }
      return checkLabels(control, value, labelsKey, check, isLabelsTag(control));
    case 'bitmask':
      check.string(value, 'imageDataURL', v, true);
      return checkLabels(control, value, labelsKey, check, isLabelsTag(control));
    case 'vector':
      checkVertices(value, v, check);
      check.boolean(value, 'closed', v);
      return checkLabels(control, value, labelsKey, check, isLabelsTag(control));
    case 'hypertext': {
      check.string(value, 'start', v);
      check.string(value, 'end', v);
      const so = check.number(value, 'startOffset', v, { min: 0, integer: true });
      const eo = check.number(value, 'endOffset', v, { min: 0, integer: true });
      if (value.start === value.end) check.ordered(so, eo, v, 'startOffset');
      if (isObject(value.globalOffsets)) {
        const gs = check.number(value.globalOffsets, 'start', 'value.globalOffsets', { min: 0, integer: true });
        const ge = check.number(value.globalOffsets, 'end', 'value.globalOffsets', { min: 0, integer: true });
        check.ordered(gs, ge, 'value.globalOffsets');
      }
      check.string(value, 'text', v, true);
      // Label Studio has written these labels under both keys over the years; accept either.
      const key = value.hypertextlabels === undefined && value.htmllabels !== undefined ? 'htmllabels' : labelsKey;
      return checkLabels(control, value, key, check, true);
    }
    case 'paragraph':
      checkParagraphSpan(value, check);
      return checkLabels(control, value, labelsKey, check, true);
    case 'timeseries': {
      for (const key of ['start', 'end']) {
        if (typeof value[key] !== 'number' && typeof value[key] !== 'string')
          check.fail(`value.${key}`, `value.${key} must be a number or a time string`);
      }
      if (typeof value.start === 'number' && typeof value.end === 'number') check.ordered(value.start, value.end, v);
      check.boolean(value, 'instant', v);
      return checkLabels(control, value, labelsKey, check, true);
    }
    case 'timeline': {
      const ranges = check.array(value, 'ranges', v, { minItems: 1 });
      ranges?.forEach((range, i) => {
        const at = `value.ranges[${i}]`;
        if (!isObject(range)) {
          check.fail(at, `${at} must be an object with start and end`);
          return;
        }
        const s = check.number(range, 'start', at, { min: 0, integer: true });
        const e = check.number(range, 'end', at, { min: 0, integer: true });
        check.ordered(s, e, at);
      });
      return checkLabels(control, value, labelsKey, check, true);
    }
    case 'videorectangle':
    case 'videovector':
      checkSequence(value, shape, check);
      check.number(value, 'framesCount', v, { min: 0, integer: true, optional: true });
      check.number(value, 'duration', v, { min: 0, optional: true });
      if (control.tag === 'VideoVectorLabels') return checkLabels(control, value, labelsKey, check, true);
      return checkVideoLabels(config, control, value, check);
    case 'textarea': {
      const text = check.array(value, 'text', v, { minItems: 1 });
      text?.forEach((t, i) => {
        if (typeof t !== 'string') check.fail(`value.text[${i}]`, `value.text[${i}] must be a string`);
      });
      return;
    }
    case 'rating': {
      const max = control.node.attrs.maxRating;
      check.number(value, 'rating', v, { min: 0, integer: true, max: typeof max === 'number' ? max : undefined });
      return;
    }
    case 'number': {
      const { min, max } = control.node.attrs;
      check.number(value, 'number', v, {
        min: typeof min === 'number' ? min : undefined,
        max: typeof max === 'number' ? max : undefined,
      });
      return;
    }
    case 'datetime': {
      const s = check.string(value, 'datetime', v);
      if (s !== undefined && s.trim() === '') check.fail('value.datetime', 'value.datetime must not be empty');
      return;
    }
    case 'taxonomy':
      return checkTaxonomy(control, value, check);
    case 'pairwise':
      if (value.selected !== 'left' && value.selected !== 'right')
        check.fail('value.selected', 'value.selected must be "left" or "right"');
      return;
    case 'ranker':
      return checkRanker(control, value, check);
    case 'reactcode':
      if (value.reactcode === undefined) check.fail('value.reactcode', 'value.reactcode is missing');
      return;
    case 'none':
      return;
  }
}

function isLabelsTag(control: ControlTagInfo): boolean {
  return control.tag.endsWith('Labels');
}

/** The `labels` control takes the span shape of whatever object it labels. */
function checkSpanForObject(objectTag: string, value: Json, check: ValueChecker): void {
  const v = 'value';
  switch (objectTag) {
    case 'Text':
    case 'HyperText':
      if (typeof value.start === 'string' || typeof value.end === 'string') {
        // Labels on HTML may store XPath ranges, as HyperTextLabels does.
        check.string(value, 'start', v);
        check.string(value, 'end', v);
        check.number(value, 'startOffset', v, { min: 0, integer: true });
        check.number(value, 'endOffset', v, { min: 0, integer: true });
      } else {
        const s = check.number(value, 'start', v, { min: 0, integer: true });
        const e = check.number(value, 'end', v, { min: 0, integer: true });
        check.ordered(s, e, v);
      }
      check.string(value, 'text', v, true);
      return;
    case 'Paragraphs':
      return checkParagraphSpan(value, check);
    case 'Audio':
    case 'AudioPlus': {
      const s = check.number(value, 'start', v, { min: 0 });
      const e = check.number(value, 'end', v, { min: 0 });
      check.ordered(s, e, v);
      check.number(value, 'channel', v, { min: 0, integer: true, optional: true });
      return;
    }
    case 'TimeSeries':
      if (typeof value.start === 'number' && typeof value.end === 'number') check.ordered(value.start, value.end, v);
      return;
    case 'Image':
      if ('points' in value) checkPoints(value, check);
      else if ('radiusX' in value) {
        check.percent(value, 'x', v);
        check.percent(value, 'y', v);
      } else if ('height' in value) check.box(value, v);
      else if ('x' in value) {
        check.percent(value, 'x', v);
        check.percent(value, 'y', v);
      }
      return;
    default:
      if (typeof value.start === 'number' && typeof value.end === 'number') check.ordered(value.start, value.end, v);
  }
}

function checkParagraphSpan(value: Json, check: ValueChecker): void {
  const v = 'value';
  const index = (key: string): number | undefined => {
    const raw = value[key];
    const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
      check.fail(`value.${key}`, `value.${key} must be a paragraph index`);
      return undefined;
    }
    return n;
  };
  const s = index('start');
  const e = index('end');
  check.ordered(s, e, v);
  const so = check.number(value, 'startOffset', v, { min: 0, integer: true });
  const eo = check.number(value, 'endOffset', v, { min: 0, integer: true });
  if (s !== undefined && s === e) check.ordered(so, eo, v, 'startOffset');
  check.string(value, 'text', v, true);
}

function checkPoints(value: Json, check: ValueChecker): void {
  const closed = value.closed;
  check.boolean(value, 'closed', 'value');
  const points = check.array(value, 'points', 'value', { minItems: closed === false ? 2 : 3 });
  points?.forEach((p, i) => {
    const at = `value.points[${i}]`;
    if (!Array.isArray(p) || p.length !== 2 || p.some((c) => typeof c !== 'number' || !Number.isFinite(c))) {
      check.fail(at, `${at} must be an [x, y] pair of numbers`);
      return;
    }
    p.forEach((c: number, axis) => {
      if (c < -1e-6 || c > 100 + 1e-6) check.fail(`${at}[${axis}]`, `${at}[${axis}] must be between 0 and 100, got ${c}`);
    });
  });
}

function checkVertices(value: Json, path: string, check: ValueChecker): void {
  const vertices = check.array(value, 'vertices', path, { minItems: 1 });
  vertices?.forEach((vertex, i) => {
    const at = `${path}.vertices[${i}]`;
    if (!isObject(vertex)) {
      check.fail(at, `${at} must be an object`);
      return;
    }
    check.percent(vertex, 'x', at);
    check.percent(vertex, 'y', at);
  });
}

function checkSequence(value: Json, shape: ValueShape, check: ValueChecker): void {
  const sequence = check.array(value, 'sequence', 'value', { minItems: 1 });
  sequence?.forEach((frame, i) => {
    const at = `value.sequence[${i}]`;
    if (!isObject(frame)) {
      check.fail(at, `${at} must be an object`);
      return;
    }
    check.number(frame, 'frame', at, { min: 0, integer: true });
    check.boolean(frame, 'enabled', at);
    check.number(frame, 'time', at, { min: 0, optional: true });
    if (shape === 'videorectangle') check.box(frame, at);
    else checkVertices(frame, at, check);
  });
}

function checkLabelList(
  control: ControlTagInfo,
  list: unknown[],
  key: string,
  check: ValueChecker,
  allowed: readonly string[],
): void {
  list.forEach((label, i) => {
    const at = `value.${key}[${i}]`;
    if (typeof label !== 'string') check.fail(at, `${at} must be a string`);
    else if (!control.dynamic && !allowed.includes(label)) {
      check.fail(at, `"${label}" is not a label of ${control.tag} "${control.name}" (allowed: ${allowed.join(', ')})`);
    }
  });
}

function checkLabels(control: ControlTagInfo, value: Json, key: string, check: ValueChecker, required: boolean): void {
  if (!required && value[key] === undefined) return;
  const labels = check.array(value, key, 'value', { minItems: 1 });
  if (!labels) return;
  if (control.choice === 'single' && labels.length > 1) {
    check.fail(`value.${key}`, `${control.tag} "${control.name}" allows a single label (choice="single"), got ${labels.length}`);
  }
  checkLabelList(control, labels, key, check, control.labels);
}

/** VideoRectangle carries labels from the Labels controls that point at the same video. */
function checkVideoLabels(config: LabelConfig, control: ControlTagInfo, value: Json, check: ValueChecker): void {
  if (value.labels === undefined) return;
  const labels = check.array(value, 'labels', 'value');
  if (!labels) return;
  const siblings = config.controls.filter((c) => c.type === 'labels' && c.toName.some((t) => control.toName.includes(t)));
  if (siblings.some((s) => s.dynamic)) return;
  checkLabelList(
    { ...control, dynamic: false },
    labels,
    'labels',
    check,
    siblings.flatMap((s) => s.labels),
  );
}

function checkChoices(control: ControlTagInfo, value: Json, check: ValueChecker): void {
  const choices = check.array(value, 'choices', 'value', { minItems: 1 });
  if (!choices) return;
  if (control.choice !== 'multiple' && choices.length > 1) {
    check.fail(
      'value.choices',
      `${control.tag} "${control.name}" allows a single choice (choice="${control.choice ?? 'single'}"), got ${choices.length}`,
    );
  }
  const nested = control.node.attrs.allowNested === true;
  choices.forEach((choice, i) => {
    const at = `value.choices[${i}]`;
    if (nested && Array.isArray(choice)) {
      if (choice.length === 0 || choice.some((c) => typeof c !== 'string'))
        check.fail(at, `${at} must be a non-empty path of strings`);
      else if (!control.dynamic && !pathExists(control.items, choice as string[]))
        check.fail(at, `${at}: "${choice.join(' / ')}" is not a choice path of ${control.tag} "${control.name}"`);
      return;
    }
    if (typeof choice !== 'string') check.fail(at, `${at} must be a string`);
    else if (!control.dynamic && !control.labels.includes(choice)) {
      check.fail(at, `"${choice}" is not a choice of ${control.tag} "${control.name}" (allowed: ${control.labels.join(', ')})`);
    }
  });
}

function pathExists(items: LabelItem[], path: string[]): boolean {
  let level = items;
  for (const step of path) {
    const found = level.find((i) => i.value === step || i.alias === step);
    if (!found) return false;
    level = found.children;
  }
  return true;
}

function checkTaxonomy(control: ControlTagInfo, value: Json, check: ValueChecker): void {
  const paths = check.array(value, 'taxonomy', 'value', { minItems: 1 });
  // Taxonomies loaded from apiUrl or editable by annotators can hold values the config does not list.
  const open = control.dynamic || control.node.attrs.apiUrl !== undefined || control.node.attrs.isEditable === true;
  paths?.forEach((path, i) => {
    const at = `value.taxonomy[${i}]`;
    if (!Array.isArray(path) || path.length === 0 || path.some((p) => typeof p !== 'string')) {
      check.fail(at, `${at} must be a non-empty path (list of strings)`);
      return;
    }
    if (!open && !pathExists(control.items, path as string[]))
      check.fail(at, `${at}: "${path.join(' / ')}" is not a path in Taxonomy "${control.name}"`);
  });
  const max = control.node.attrs.maxUsages;
  if (paths && typeof max === 'number' && paths.length > max)
    check.fail('value.taxonomy', `Taxonomy "${control.name}" allows at most ${max} selections`);
}

function checkRanker(control: ControlTagInfo, value: Json, check: ValueChecker): void {
  const ranker = check.object(value, 'ranker', 'value');
  if (!ranker) return;
  const buckets = bucketNames(control);
  // Without buckets the whole ordering is stored under the ranker's (or its list's) name.
  const allowed = buckets.length > 0 ? buckets : [control.name, ...control.toName];
  for (const [key, ids] of Object.entries(ranker)) {
    const at = `value.ranker.${key}`;
    if (!allowed.includes(key))
      check.fail(at, `"${key}" is not a bucket of Ranker "${control.name}" (allowed: ${allowed.join(', ')})`);
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' && typeof id !== 'number'))
      check.fail(at, `${at} must be a list of item ids`);
  }
}

export function bucketNames(control: ControlTagInfo): string[] {
  return control.node.children.filter((c) => c.tag === 'Bucket').map((c) => String(c.attrs.name ?? ''));
}
