import { sql } from 'kysely';
import { chunks, INSERT_BATCH } from '../../platform/db/batches';
import type { Exec } from '../../platform/db/dialect';
import { num } from '../../platform/db/dialect';

/** Counters moved by one write: the delta is added in SQL, so concurrent writers never lose updates. */
export interface ProjectCounterDelta {
  task_number?: number;
  total_annotations_number?: number;
  skipped_annotations_number?: number;
  total_predictions_number?: number;
  num_tasks_with_annotations?: number;
  finished_task_number?: number;
}

/** The counters stored on a task. */
export interface TaskCounterValues {
  total_annotations: number;
  cancelled_annotations: number;
  total_predictions: number;
  predictions_score: number | null;
  is_labeled: number;
}

/** A task's stored counters beside what its annotations and predictions add up to now. */
export interface TaskCounts {
  id: number;
  overlap: number;
  stored: TaskCounterValues;
  /** Submitted (not cancelled) annotations. */
  done: number;
  cancelled: number;
  predictions: number;
  /** The average of the scores given (SQL's avg skips nulls): null when none is. */
  score: number | null;
}

/** The queries behind the counters kept on tasks and projects. */
export class TaskCounterRepository {
  constructor(private readonly db: Exec) {}

  /**
   * Counts the annotations and predictions of these tasks, a batch of tasks per query. On PostgreSQL
   * the tasks are locked first, so concurrent writers to one task take turns and each counts the
   * other's committed rows.
   */
  async counts(taskIds: number[]): Promise<TaskCounts[]> {
    const k = this.db.kysely;
    const out: TaskCounts[] = [];
    for (const batch of chunks([...new Set(taskIds)], INSERT_BATCH)) {
      let beforeQuery = k
        .selectFrom('tasks')
        .select([
          'id',
          'total_annotations',
          'cancelled_annotations',
          'total_predictions',
          'predictions_score',
          'is_labeled',
          'overlap',
        ])
        .where('id', 'in', batch)
        .orderBy('id');
      // NO KEY UPDATE, because FOR UPDATE would deadlock with the KEY SHARE locks our own
      // foreign-key inserts took. SQLite serializes writers.
      if (this.db.dialect === 'postgres') beforeQuery = beforeQuery.forNoKeyUpdate();
      const before = await beforeQuery.execute();
      const ann = await k
        .selectFrom('annotations')
        .select((eb) => [
          'task_id',
          eb.fn.sum(sql<number>`case when was_cancelled = 0 then 1 else 0 end`).as('done'),
          eb.fn.sum('was_cancelled').as('cancelled'),
        ])
        .where('task_id', 'in', batch)
        .groupBy('task_id')
        .execute();
      const pred = await k
        .selectFrom('predictions')
        .select((eb) => ['task_id', eb.fn.countAll().as('n'), eb.fn.avg('score').as('score')])
        .where('task_id', 'in', batch)
        .groupBy('task_id')
        .execute();
      const annBy = new Map(ann.map((a) => [a.task_id, a]));
      const predBy = new Map(pred.map((p) => [p.task_id, p]));
      for (const { id, overlap, ...stored } of before) {
        const p = predBy.get(id);
        out.push({
          id,
          overlap,
          stored,
          done: num(annBy.get(id)?.done),
          cancelled: num(annBy.get(id)?.cancelled),
          predictions: num(p?.n),
          score: p?.score === null || p?.score === undefined ? null : Number(p.score),
        });
      }
    }
    return out;
  }

  async write(taskId: number, values: TaskCounterValues): Promise<void> {
    await this.db.kysely.updateTable('tasks').set(values).where('id', '=', taskId).execute();
  }

  /** What these tasks (all of the project's without `ids`) add to the project's counters. */
  async sums(projectId: number, ids?: number[]): Promise<Required<ProjectCounterDelta>> {
    let q = this.db.kysely.selectFrom('tasks').where('project_id', '=', projectId);
    if (ids) q = q.where('id', 'in', ids.length ? ids : [-1]);
    const r = await q
      .select((eb) => [
        eb.fn.countAll().as('task_number'),
        eb.fn.sum('total_annotations').as('total_annotations_number'),
        eb.fn.sum('cancelled_annotations').as('skipped_annotations_number'),
        eb.fn.sum('total_predictions').as('total_predictions_number'),
        eb.fn.sum(sql<number>`case when total_annotations > 0 then 1 else 0 end`).as('num_tasks_with_annotations'),
        eb.fn.sum('is_labeled').as('finished_task_number'),
      ])
      .executeTakeFirstOrThrow();
    return {
      task_number: num(r.task_number),
      total_annotations_number: num(r.total_annotations_number),
      skipped_annotations_number: num(r.skipped_annotations_number),
      total_predictions_number: num(r.total_predictions_number),
      num_tasks_with_annotations: num(r.num_tasks_with_annotations),
      finished_task_number: num(r.finished_task_number),
    };
  }

  /**
   * Gives every task of a project a new overlap, marking labeled those with at least `labeledFrom`
   * annotations; returns how many are labeled.
   */
  async setOverlap(projectId: number, overlap: number, labeledFrom: number): Promise<number> {
    await this.db.kysely
      .updateTable('tasks')
      .set({ overlap, is_labeled: sql<number>`case when total_annotations >= ${labeledFrom} then 1 else 0 end` })
      .where('project_id', '=', projectId)
      .execute();
    const r = await this.db.kysely
      .selectFrom('tasks')
      .select((eb) => eb.fn.sum('is_labeled').as('n'))
      .where('project_id', '=', projectId)
      .executeTakeFirstOrThrow();
    return num(r.n);
  }
}
