import type { Repositories } from '../repositories';
import type { ProjectRow } from '../repositories/project.repository';
import type { TaskRow } from '../repositories/task.repository';
import { presentAnnotation, presentPrediction } from '../presenters/task.presenter';
import { parseJson } from '../db/dialect';
import { badRequest } from '../errors';

export const EXPORT_TYPES = ['JSON', 'JSON_MIN'] as const;
export type ExportType = (typeof EXPORT_TYPES)[number];

export interface ExportOptions {
  exportType: string;
  downloadAllTasks: boolean;
  ids?: number[];
}

/** Tasks read per query while streaming: bounds memory whatever the project's size. */
const PAGE = 500;

type ResultItem = { from_name?: string; type?: string; value?: Record<string, unknown>; original_width?: number; original_height?: number };

/** Label Studio converter's JSON_MIN value for one control: single choices and texts unwrap to strings. */
function prettify(values: Record<string, unknown>[]): unknown {
  const out: unknown[] = [];
  let tagType = '';
  for (const v of values) {
    const { type, ...rest } = v as { type: string } & Record<string, unknown>;
    tagType = type;
    const choices = rest.choices as unknown[] | undefined;
    const text = rest.text as unknown[] | undefined;
    if (type === 'choices' && Array.isArray(choices) && choices.length === 1) out.push(choices[0]);
    else if (type === 'textarea' && Array.isArray(text) && text.length === 1) out.push(text[0]);
    else out.push(rest);
  }
  return (tagType === 'choices' || tagType === 'textarea') && out.length === 1 ? out[0] : out;
}

export class ExportService {
  constructor(private readonly repos: Repositories) {}

  assertType(exportType: string): ExportType {
    const t = exportType.toUpperCase();
    if (!(EXPORT_TYPES as readonly string[]).includes(t))
      throw badRequest(`Export type "${exportType}" is not supported. Supported: ${EXPORT_TYPES.join(', ')}`, {
        exportType: [`must be one of ${EXPORT_TYPES.join(', ')}`],
      });
    return t as ExportType;
  }

  /** Keyset pages of tasks with their relations, one page in memory at a time. */
  private async *pages(project: ProjectRow, opts: ExportOptions) {
    let afterId = 0;
    for (;;) {
      const tasks: TaskRow[] = await this.repos.tasks.after({
        projectId: project.id,
        ids: opts.ids,
        onlyAnnotated: !opts.downloadAllTasks,
        limit: PAGE,
        afterId,
      });
      if (!tasks.length) return;
      const ids = tasks.map((t) => t.id);
      const [annotations, predictions] = await Promise.all([this.repos.annotations.forTasks(ids), this.repos.predictions.forTasks(ids)]);
      yield { tasks, annotations, predictions };
      afterId = tasks[tasks.length - 1].id;
      if (tasks.length < PAGE) return;
    }
  }

  /** Streams the export as text chunks; the first bytes leave before the first query finishes paging. */
  async *stream(project: ProjectRow, opts: ExportOptions): AsyncGenerator<string> {
    const type = this.assertType(opts.exportType);
    yield '[';
    let first = true;
    for await (const page of this.pages(project, opts)) {
      const byTask = new Map<number, { a: typeof page.annotations; p: typeof page.predictions }>();
      for (const t of page.tasks) byTask.set(t.id, { a: [], p: [] });
      for (const a of page.annotations) byTask.get(a.task_id)?.a.push(a);
      for (const p of page.predictions) byTask.get(p.task_id)?.p.push(p);
      let chunk = '';
      for (const t of page.tasks) {
        const rel = byTask.get(t.id)!;
        const records = type === 'JSON' ? [this.jsonRecord(t, rel.a, rel.p)] : this.jsonMinRecords(t, rel.a);
        for (const record of records) {
          chunk += (first ? '\n' : ',\n') + JSON.stringify(record);
          first = false;
        }
      }
      yield chunk;
    }
    yield first ? ']' : '\n]';
  }

  private jsonRecord(t: TaskRow, annotations: Parameters<typeof presentAnnotation>[0][], predictions: Parameters<typeof presentPrediction>[0][]) {
    return {
      id: t.id,
      annotations: annotations.map((a) => presentAnnotation(a)),
      file_upload: t.file_upload_id,
      drafts: [],
      predictions: predictions.map((p) => presentPrediction(p)),
      data: parseJson(t.data),
      meta: parseJson(t.meta) ?? {},
      created_at: t.created_at,
      updated_at: t.updated_at,
      inner_id: t.inner_id,
      total_annotations: t.total_annotations,
      cancelled_annotations: t.cancelled_annotations,
      total_predictions: t.total_predictions,
      comment_count: 0,
      unresolved_comment_count: 0,
      last_comment_updated_at: null,
      project: t.project_id,
      updated_by: t.updated_by,
      comment_authors: [],
    };
  }

  /** One record per non-skipped annotation, newest first, as Label Studio's converter writes JSON_MIN. */
  private jsonMinRecords(t: TaskRow, annotations: Parameters<typeof presentAnnotation>[0][]) {
    const data = parseJson<Record<string, unknown>>(t.data);
    if (!annotations.length)
      return [{ ...data, id: t.id, annotator: null, annotation_id: null, created_at: null, updated_at: null, lead_time: null }];
    const kept = annotations.filter((a) => !a.was_cancelled).sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
    return kept.map((a) => {
      const outputs = new Map<string, Record<string, unknown>[]>();
      for (const r of parseJson<ResultItem[]>(a.result) ?? []) {
        if (!r.from_name || !r.value) continue;
        const v: Record<string, unknown> = { ...r.value, type: r.type };
        if (r.original_width !== undefined) v.original_width = r.original_width;
        if (r.original_height !== undefined) v.original_height = r.original_height;
        if (!outputs.has(r.from_name)) outputs.set(r.from_name, []);
        outputs.get(r.from_name)!.push(v);
      }
      const record: Record<string, unknown> = { ...data, id: t.id };
      for (const [name, values] of outputs) record[name] = prettify(values);
      record.annotator = a.completed_by;
      record.annotation_id = a.id;
      record.created_at = a.created_at;
      record.updated_at = a.updated_at;
      record.lead_time = a.lead_time;
      return record;
    });
  }
}
