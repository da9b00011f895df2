import { AppError } from '../../platform/errors';
import { assertDataKeys, type ImportedAnnotation, type ImportedPrediction, type ImportedTask } from '../tasks';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A 400 that names the task (by index in the request) and the field at fault. */
export function importError(index: number, path: string, message: string): never {
  const where = `Task #${index}${path ? ` (${path})` : ''}`;
  throw new AppError(400, 'invalid_import', `${where}: ${message}`, { [`tasks[${index}]${path ? `.${path}` : ''}`]: [message] });
}

/** Checks a result list against the project's config; returns one message per problem. */
export type ResultCheck = (result: unknown[]) => string[];

function assertFits(index: number, rawPath: string, result: unknown[], check?: ResultCheck): void {
  const problems = check?.(result) ?? [];
  if (!problems.length) return;
  const path = rawPath.replace(/^\./, '');
  throw new AppError(
    400,
    'invalid_import',
    `Task #${index} (${path}): ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
    {
      [`tasks[${index}].${path}`]: problems,
    },
  );
}

function annotation(index: number, path: string, a: unknown, check?: ResultCheck): ImportedAnnotation {
  if (!isObject(a)) importError(index, path, 'must be an object with a "result" list');
  const result = a.result ?? [];
  if (!Array.isArray(result)) importError(index, `${path}.result`, 'must be a list of result items');
  assertFits(index, `${path}.result`, result, check);
  if (a.was_cancelled !== undefined && typeof a.was_cancelled !== 'boolean')
    importError(index, `${path}.was_cancelled`, 'must be true or false');
  if (a.lead_time !== undefined && a.lead_time !== null && typeof a.lead_time !== 'number')
    importError(index, `${path}.lead_time`, 'must be a number');
  const completedBy =
    typeof a.completed_by === 'number'
      ? a.completed_by
      : isObject(a.completed_by) && typeof a.completed_by.id === 'number'
        ? a.completed_by.id
        : null;
  return {
    result,
    was_cancelled: a.was_cancelled === true,
    ground_truth: a.ground_truth === true,
    lead_time: typeof a.lead_time === 'number' ? a.lead_time : null,
    completed_by: completedBy,
  };
}

export function prediction(index: number, path: string, p: unknown, check?: ResultCheck): ImportedPrediction {
  if (!isObject(p)) importError(index, path, 'must be an object with a "result" list');
  const result = p.result ?? [];
  if (!Array.isArray(result)) importError(index, `${path}.result`, 'must be a list of result items');
  assertFits(index, `${path}.result`, result, check);
  if (p.score !== undefined && p.score !== null && typeof p.score !== 'number')
    importError(index, `${path}.score`, 'must be a number');
  if (p.model_version !== undefined && p.model_version !== null && typeof p.model_version !== 'string')
    importError(index, `${path}.model_version`, 'must be a string');
  return {
    result,
    score: typeof p.score === 'number' ? p.score : null,
    model_version: typeof p.model_version === 'string' ? p.model_version : '',
  };
}

/**
 * Normalizes an import body: one task or a list; each task either flat (`{"text": …}`, the
 * object is the data) or full (`{"data": {…}, "annotations": […], "predictions": […], "meta": {…}}`).
 * The first malformed task stops the import with a 400 that names its index; `check` rejects
 * annotation and prediction results that do not fit the project's config.
 */
export function normalizeImport(body: unknown, requiredKeys: string[] = [], check?: ResultCheck): ImportedTask[] {
  const items = Array.isArray(body) ? body : [body];
  if (body === null || body === undefined) importError(0, '', 'the request body is empty; send a task or a list of tasks');
  return items.map((item, index) => normalizeTask(item, index, requiredKeys, check));
}

/** One task of an import (see `normalizeImport`); `index` names it in errors. */
export function normalizeTask(item: unknown, index: number, requiredKeys: string[] = [], check?: ResultCheck): ImportedTask {
  if (!isObject(item))
    importError(index, '', `must be an object, got ${Array.isArray(item) ? 'a list' : JSON.stringify(item)?.slice(0, 40)}`);
  let task: ImportedTask;
  if ('data' in item) {
    if (!isObject(item.data)) importError(index, 'data', 'must be an object');
    const anns = item.annotations ?? item.completions ?? [];
    if (!Array.isArray(anns)) importError(index, 'annotations', 'must be a list');
    const preds = item.predictions ?? [];
    if (!Array.isArray(preds)) importError(index, 'predictions', 'must be a list');
    if (item.meta !== undefined && item.meta !== null && !isObject(item.meta)) importError(index, 'meta', 'must be an object');
    task = {
      data: item.data,
      meta: isObject(item.meta) ? item.meta : {},
      annotations: anns.map((a, i) => annotation(index, `annotations[${i}]`, a, check)),
      predictions: preds.map((p, i) => prediction(index, `predictions[${i}]`, p, check)),
    };
  } else {
    task = { data: item, meta: {}, annotations: [], predictions: [] };
  }
  assertDataKeys(task.data, requiredKeys, index);
  return task;
}

/** Controls whose value is one scalar, not a list, when a flat column becomes a prediction. */
const SCALAR_VALUES = new Set(['rating', 'number', 'datetime']);

/**
 * Label Studio's `preannotated_from_fields`: each named column of a task's data also becomes a
 * prediction (model version "preannotated", score 1) for the control tag of the same name.
 * The columns stay in the data; the task keeps only its data and these predictions, as in Label Studio.
 */
export function preannotate(
  body: unknown,
  fields: string[],
  controls: readonly { name: string; type: string; valueKey: string; toName: string[] }[],
): unknown[] {
  const items = Array.isArray(body) ? body : [body];
  return items.map((item, index) => {
    if (!isObject(item)) return item; // normalizeImport names the fault
    const data = 'data' in item ? item.data : item;
    if (!isObject(data)) return item;
    const predictions = [];
    for (const field of fields) {
      if (!(field in data)) importError(index, `data.${field}`, `Preannotated field '${field}' not found in task data`);
      const value = data[field];
      if (value === null) continue;
      const control = controls.find((c) => c.name === field);
      const type = control ? control.type : 'choices';
      const toName = control?.toName[0] ?? 'text';
      const key = control ? control.valueKey : 'choices';
      const v = isObject(value)
        ? value
        : SCALAR_VALUES.has(type)
          ? { [key]: value }
          : { [key]: Array.isArray(value) ? value : [value] };
      predictions.push({
        result: [{ from_name: field, to_name: toName, type, value: v }],
        score: 1.0,
        model_version: 'preannotated',
      });
    }
    return { data, predictions };
  });
}
