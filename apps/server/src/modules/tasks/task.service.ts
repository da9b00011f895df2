import crypto from 'node:crypto';
import { flag, now, toJson } from '../../platform/db/dialect';
import { notFound } from '../../platform/errors';
import type { Repositories } from '../../repositories';
import type { DmQuery } from './selection/task-filter.query';
import { assertDataKeys, predictionRow, type ImportedTask } from './new-task';
import { decodeCursor, encodeCursor } from './selection/task-cursor';
import { configDataKeys } from '../projects';
import type { AnnotationRow, DraftRow, PredictionRow, ProjectRow, TaskRow } from '../../platform/db/schema';
import { countNewTasks, refreshTaskCounters, uncountTasks } from '../counters';

/** Which tasks of a project a list covers: Label Studio's `selectedItems`, `only_annotated` and Data Manager query. */
export interface TaskSelection {
  ids?: number[];
  excludeIds?: number[];
  onlyAnnotated?: boolean;
  dm?: DmQuery;
}

/** A task's annotations, predictions and drafts. */
export type TaskRelations = Omit<TaskWithRelations, 'task'>;

export interface TaskWithRelations {
  task: TaskRow;
  annotations: AnnotationRow[];
  predictions: PredictionRow[];
  drafts: DraftRow[];
}

export class TaskService {
  constructor(private readonly repos: Repositories) {}

  /** Keys every task must carry in `data`, from the project's config. */
  requiredDataKeys(project: ProjectRow): string[] {
    return configDataKeys(project.label_config);
  }

  /** Inserts normalized tasks with their annotations and predictions and updates the counters; `r` is a transaction. */
  async insertTasks(
    r: Repositories,
    project: ProjectRow,
    userId: number,
    tasks: ImportedTask[],
    importJobId: number | null = null,
  ): Promise<number[]> {
    if (!tasks.length) return [];
    const at = now();
    const firstInner = await r.projects.reserveInnerIds(project.id, tasks.length);
    const ids = await r.tasks.insertMany(
      tasks.map((t, i) => ({
        project_id: project.id,
        inner_id: firstInner + i,
        data: toJson(t.data),
        meta: toJson(t.meta),
        is_labeled: 0,
        overlap: project.maximum_annotations,
        total_annotations: 0,
        cancelled_annotations: 0,
        total_predictions: 0,
        updated_by: userId,
        file_upload_id: t.fileUploadId ?? null,
        import_job_id: importJobId,
        created_at: at,
        updated_at: at,
      })),
    );
    const members = new Set((await r.users.listInOrganization(project.organization_id)).map((u) => u.id));
    const annotationRows = tasks.flatMap((t, i) =>
      t.annotations.map((a) => ({
        task_id: ids[i],
        project_id: project.id,
        result: toJson(a.result),
        was_cancelled: flag(a.was_cancelled),
        ground_truth: flag(a.ground_truth),
        lead_time: a.lead_time,
        completed_by: a.completed_by !== null && members.has(a.completed_by) ? a.completed_by : userId,
        updated_by: userId,
        parent_prediction_id: null,
        parent_annotation_id: null,
        last_action: 'imported',
        import_id: null,
        unique_id: crypto.randomUUID(),
        draft_created_at: null,
        created_at: at,
        updated_at: at,
      })),
    );
    const predictionRows = tasks.flatMap((t, i) => t.predictions.map((p) => predictionRow(ids[i], project.id, p, at)));
    await r.annotations.insertMany(annotationRows);
    await r.predictions.insertMany(predictionRows);
    await countNewTasks(r, project.id, ids.length);
    const touched = tasks.flatMap((t, i) => (t.annotations.length || t.predictions.length ? [ids[i]] : []));
    if (touched.length) await refreshTaskCounters(r, project.id, touched);
    return ids;
  }

  async create(
    project: ProjectRow,
    userId: number,
    data: Record<string, unknown>,
    meta: Record<string, unknown> = {},
    allowSkip = true,
  ): Promise<TaskRow> {
    assertDataKeys(data, this.requiredDataKeys(project));
    return this.repos.transaction(async (r) => {
      const [id] = await this.insertTasks(r, project, userId, [{ data, meta, annotations: [], predictions: [] }]);
      if (!allowSkip) await r.tasks.update(id, { allow_skip: 0 });
      return (await r.tasks.findById(id))!;
    });
  }

  /** Sequential label stream: the first unfinished task this user hasn't annotated or skipped. */
  next(project: ProjectRow, userId: number): Promise<TaskRow | undefined> {
    return this.repos.tasks.nextFor(project.id, userId);
  }

  /**
   * A page of a project's tasks with the totals Label Studio's task list returns, and the cursor of
   * the page after it (null on the last page). With `cursor`, the page starts after the task that
   * cursor names (keyset pagination, see dm/cursor.ts) and `page` is not used.
   */
  async page(projectId: number, page: number, pageSize: number, selection: TaskSelection = {}, cursor?: string) {
    const q = { projectId, ...selection };
    const ordering = selection.dm?.ordering;
    const after = cursor === undefined ? undefined : decodeCursor(cursor, projectId, ordering);
    // One task more than the page tells whether another page follows.
    const pageQuery = { ...q, limit: pageSize + 1, offset: after ? 0 : (page - 1) * pageSize, after };
    const { tasks: read, totals } = await this.repos.tasks.pageWithTotals(pageQuery);
    const last = read.length > pageSize ? read[pageSize - 1] : undefined;
    const tasks = last ? read.slice(0, pageSize) : read;
    const nextCursor = last ? encodeCursor(projectId, ordering, await this.repos.tasks.keysetOf(last, ordering)) : null;
    return { tasks, totals, nextCursor };
  }

  async withRelations(task: TaskRow, userId?: number): Promise<TaskWithRelations> {
    const [annotations, predictions, drafts] = await Promise.all([
      this.repos.annotations.forTasks([task.id]),
      this.repos.predictions.forTasks([task.id]),
      this.repos.drafts.forTasks([task.id], userId),
    ]);
    return { task, annotations, predictions, drafts };
  }

  /** Relations for a page of tasks, three queries whatever the page size. */
  async relationsFor(tasks: TaskRow[]): Promise<Map<number, TaskRelations>> {
    const ids = tasks.map((t) => t.id);
    const [annotations, predictions, drafts] = await Promise.all([
      this.repos.annotations.forTasks(ids),
      this.repos.predictions.forTasks(ids),
      this.repos.drafts.forTasks(ids),
    ]);
    const out = new Map(
      ids.map((id) => [id, { annotations: [] as AnnotationRow[], predictions: [] as PredictionRow[], drafts: [] as DraftRow[] }]),
    );
    for (const a of annotations) out.get(a.task_id)?.annotations.push(a);
    for (const p of predictions) out.get(p.task_id)?.predictions.push(p);
    for (const d of drafts) out.get(d.task_id)?.drafts.push(d);
    return out;
  }

  async update(
    task: TaskRow,
    userId: number,
    patch: { data?: Record<string, unknown>; meta?: Record<string, unknown>; is_labeled?: boolean; allow_skip?: boolean },
  ): Promise<TaskRow> {
    const updated = await this.repos.tasks.update(task.id, {
      ...(patch.data !== undefined ? { data: toJson(patch.data) } : {}),
      ...(patch.allow_skip !== undefined ? { allow_skip: flag(patch.allow_skip) } : {}),
      ...(patch.meta !== undefined ? { meta: toJson(patch.meta) } : {}),
      updated_by: userId,
      updated_at: now(),
    });
    if (!updated) throw notFound();
    return updated;
  }

  async deleteTasks(projectId: number, ids?: number[]): Promise<number> {
    return this.repos.transaction(async (r) => {
      await uncountTasks(r, projectId, ids);
      return r.tasks.deleteMany(projectId, ids);
    });
  }
}
