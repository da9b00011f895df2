import type { ExportSchema } from './export-schema';
import type { LsAnnotation, LsTask } from './ls-task';
import type { TaskIterable } from './task-source';

/**
 * One region's value as the converter hands it to the format code: a copy of `result.value`
 * with `type` set to the control's tag name and the image size copied from the result.
 */
export type RegionValue = Record<string, unknown>;

/**
 * One (task, annotation) pair, the unit every derived format works on: the converter's "item".
 * A task with an empty annotation list yields one item with no output; skipped annotations yield
 * nothing; several annotations yield several items, newest first.
 */
export interface ExportItem {
  id: number;
  input: Record<string, unknown>;
  /** Region values by control name, in order of first appearance. */
  output: Map<string, RegionValue[]>;
  completedBy: unknown;
  annotationId: unknown;
  createdAt: unknown;
  updatedAt: unknown;
  leadTime: unknown;
  history: unknown;
  hasAgreement: boolean;
  agreement: unknown;
  /** The annotation the item was made from (absent for a task without annotations). */
  annotation?: LsAnnotation;
}

export interface ItemOptions {
  /** Copy each result's `id` and `parentID` into its value (the converter does so for keypoint YOLO). */
  withRegionIds?: boolean;
}

/** A copy of `result.value` the writers may add keys to (nested values are shared: no writer changes them). */
function copyValue(value: unknown): RegionValue {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as RegionValue) } : {};
}

function isSkipped(a: LsAnnotation): boolean {
  return Boolean(a.skipped) || Boolean(a.was_cancelled);
}

/** Python's comparison of `created_at` values (ISO strings, or the converter's default 0). */
function compareCreated(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // Python would raise on mixed types; ordering numbers first at least keeps the export going.
  return typeof a === 'number' ? -1 : typeof b === 'number' ? 1 : 0;
}

function item(task: LsTask, output: Map<string, RegionValue[]>, annotation: LsAnnotation | undefined): ExportItem {
  const a: Record<string, unknown> = annotation ?? {};
  return {
    id: task.id,
    input: task.data ?? {},
    output,
    completedBy: 'completed_by' in a ? a.completed_by : {},
    annotationId: a.id ?? null,
    createdAt: a.created_at ?? null,
    updatedAt: a.updated_at ?? null,
    leadTime: a.lead_time ?? null,
    history: a.history ?? null,
    hasAgreement: annotation !== undefined && 'agreement' in task,
    agreement: task.agreement,
    annotation,
  };
}

/** The items of one task, as the converter's `annotation_result_from_task` makes them. */
export function* taskItems(task: LsTask, schema: ExportSchema, options: ItemOptions = {}): Generator<ExportItem> {
  if (!('annotations' in task) && !('completions' in task)) return;
  const list = 'annotations' in task ? task.annotations : task.completions;
  if (!list || list.length === 0) {
    yield item(task, new Map(), undefined);
    return;
  }
  const kept = list.filter((a) => !isSkipped(a));
  // Newest first; a stable sort keeps equal timestamps in their original order, as Python's does.
  const sorted = kept
    .map((a, i) => ({ a, i, key: a.created_at ?? 0 }))
    .sort((x, y) => compareCreated(y.key, x.key) || x.i - y.i)
    .map((x) => x.a);
  const schemaIsEmpty = schema.controls.size === 0;
  for (const annotation of sorted) {
    const output = new Map<string, RegionValue[]>();
    const add = (name: string, v: RegionValue) => {
      const values = output.get(name);
      if (values) values.push(v);
      else output.set(name, [v]);
    };
    for (const r of annotation.result ?? []) {
      const fromName = r.from_name;
      const control = typeof fromName === 'string' ? schema.controls.get(fromName) : undefined;
      if (fromName && control) {
        const v: RegionValue = copyValue(r.value);
        v.type = control.type;
        if ('original_width' in r) v.original_width = r.original_width;
        if ('original_height' in r) v.original_height = r.original_height;
        if (options.withRegionIds) {
          v.id = r.id ?? null;
          v.parentID = r.parentID ?? null;
        }
        add(fromName, v);
      } else if (fromName && r.type === 'chatmessage') {
        const v: RegionValue = copyValue(r.value);
        v.type = 'chatmessage';
        add(fromName, v);
      } else if (fromName && schemaIsEmpty) {
        // Custom-interface projects have no control tags; the converter keeps their results as they are.
        const v: RegionValue = copyValue(r.value);
        v.type = r.type || 'unknown';
        if ('original_width' in r) v.original_width = r.original_width;
        if ('original_height' in r) v.original_height = r.original_height;
        add(fromName, v);
      }
    }
    yield item(task, output, annotation);
  }
}

/** The items of every task, in task order. */
export async function* exportItems(
  tasks: TaskIterable,
  schema: ExportSchema,
  options: ItemOptions = {},
): AsyncGenerator<ExportItem> {
  for await (const task of tasks) yield* taskItems(task, schema, options);
}
