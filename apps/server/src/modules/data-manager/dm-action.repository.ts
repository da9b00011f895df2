import { sql, type Insertable } from 'kysely';
import type { Exec } from '../../platform/db/dialect';
import type { AnnotationTable, PredictionRow } from '../../platform/db/schema';
import { dmConstrains, dmWhere, type DmQuery } from '../tasks';
import { chunks, INSERT_BATCH } from '../../platform/db/batches';

/** The tasks a Data Manager action applies to: Label Studio's filters plus `selectedItems`. */
export interface ActionSelection {
  projectId: number;
  ids?: number[];
  excludeIds?: number[];
  dm?: DmQuery;
}

/** Set-based queries behind the Data Manager actions; they never load a whole project. */
export class DmActionRepository {
  constructor(private readonly db: Exec) {}

  private selected(q: ActionSelection) {
    let query = this.db.kysely.selectFrom('tasks').where('tasks.project_id', '=', q.projectId);
    if (q.ids) query = query.where('tasks.id', 'in', q.ids.length ? q.ids : [-1]);
    if (q.excludeIds?.length) query = query.where('tasks.id', 'not in', q.excludeIds);
    const where = dmWhere(q.dm, this.db.dialect);
    if (where) query = query.where(where);
    return query;
  }

  /** True when the selection is the whole project. */
  isWholeProject(q: ActionSelection): boolean {
    return !q.ids && !q.excludeIds?.length && !dmConstrains(q.dm);
  }

  /**
   * The selected ids in keyset batches. Each batch is read after the previous one was processed,
   * so an action may change the tasks it has already visited.
   */
  async *idBatches(q: ActionSelection, batch = INSERT_BATCH): AsyncGenerator<number[]> {
    let afterId = 0;
    for (;;) {
      const rows = await this.selected(q)
        .select('tasks.id')
        .where('tasks.id', '>', afterId)
        .orderBy('tasks.id')
        .limit(batch)
        .execute();
      if (!rows.length) return;
      yield rows.map((r) => r.id);
      afterId = rows[rows.length - 1].id;
    }
  }

  async deleteAnnotations(taskIds: number[], annotatorId?: number): Promise<number> {
    let q = this.db.kysely.deleteFrom('annotations').where('task_id', 'in', taskIds);
    if (annotatorId !== undefined) q = q.where('completed_by', '=', annotatorId);
    const r = await q.executeTakeFirst();
    let d = this.db.kysely.deleteFrom('drafts').where('task_id', 'in', taskIds);
    if (annotatorId !== undefined) d = d.where('user_id', '=', annotatorId);
    await d.execute();
    return Number(r.numDeletedRows);
  }

  async deletePredictions(taskIds: number[]): Promise<number> {
    const r = await this.db.kysely.deleteFrom('predictions').where('task_id', 'in', taskIds).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Each task's newest prediction, of the given model versions when there are any. */
  latestPredictions(taskIds: number[], modelVersions?: string[]): Promise<PredictionRow[]> {
    if (modelVersions && !modelVersions.length) return Promise.resolve([]);
    return this.db.kysely
      .selectFrom('predictions')
      .selectAll()
      .where('id', 'in', (eb) => {
        let sub = eb
          .selectFrom('predictions')
          .select((e) => e.fn.max('id').as('id'))
          .where('task_id', 'in', taskIds);
        if (modelVersions) sub = sub.where('model_version', 'in', modelVersions);
        return sub.groupBy('task_id');
      })
      .orderBy('task_id')
      .execute();
  }

  async insertAnnotations(rows: Insertable<AnnotationTable>[]): Promise<void> {
    for (const batch of chunks(rows, INSERT_BATCH)) await this.db.kysely.insertInto('annotations').values(batch).execute();
  }

  /** Distinct model versions of a project's predictions. */
  async modelVersions(projectId: number): Promise<string[]> {
    const rows = await this.db.kysely
      .selectFrom('predictions')
      .select('model_version')
      .distinct()
      .where('project_id', '=', projectId)
      .orderBy('model_version')
      .execute();
    return rows.map((r) => r.model_version);
  }

  /**
   * Selected tasks whose `data` equals another selected task's, paired with the task each group keeps:
   * the first one with annotations, else the first one. Only the duplicates come back.
   */
  async duplicates(q: ActionSelection): Promise<{ id: number; keep: number }[]> {
    const ranked = this.selected(q).select([
      'tasks.id',
      sql<number>`first_value(tasks.id) over (partition by tasks.data order by case when tasks.total_annotations + tasks.cancelled_annotations > 0 then 0 else 1 end, tasks.id)`.as(
        'keep',
      ),
    ]);
    const rows = await this.db.kysely
      .selectFrom(ranked.as('r'))
      .select(['r.id', 'r.keep'])
      .whereRef('r.id', '<>', 'r.keep')
      .orderBy('r.id')
      .execute();
    return rows.map((r) => ({ id: Number(r.id), keep: Number(r.keep) }));
  }

  /** Moves annotations, predictions and drafts of a removed duplicate onto the task that stays. */
  async moveWork(fromTaskIds: number[], toTaskId: number): Promise<void> {
    for (const table of ['annotations', 'predictions', 'drafts'] as const)
      await this.db.kysely.updateTable(table).set({ task_id: toTaskId }).where('task_id', 'in', fromTaskIds).execute();
  }

  /** Sets `data[key] = value` on every selected task in one statement. */
  async setDataField(q: ActionSelection, key: string, value: unknown, userId: number, at: string): Promise<number> {
    const json = JSON.stringify(value);
    const data =
      this.db.dialect === 'postgres'
        ? sql<string>`jsonb_set(data, array[cast(${key} as text)], cast(${json} as jsonb), true)`
        : sql<string>`json_set(data, ${`$."${key}"`}, json(${json}))`;
    let u = this.db.kysely
      .updateTable('tasks')
      .set({ data, updated_by: userId, updated_at: at })
      .where('tasks.project_id', '=', q.projectId);
    if (q.ids) u = u.where('tasks.id', 'in', q.ids.length ? q.ids : [-1]);
    if (q.excludeIds?.length) u = u.where('tasks.id', 'not in', q.excludeIds);
    const where = dmWhere(q.dm, this.db.dialect);
    if (where) u = u.where(where);
    const r = await u.executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /**
   * Data keys seen in a project's tasks: a sample of the oldest and newest tasks, so that the columns
   * list costs the same on a project of a million tasks as on one of ten.
   */
  async dataKeys(projectId: number, sample = 500): Promise<string[]> {
    const k = this.db.kysely;
    const each =
      this.db.dialect === 'postgres'
        ? sql`jsonb_object_keys(case when jsonb_typeof(t.data) = 'object' then t.data else '{}'::jsonb end)`
        : sql`json_each(t.data)`;
    const keyCol = this.db.dialect === 'postgres' ? sql.raw('k') : sql.raw('k.key');
    const keys = new Set<string>();
    for (const dir of ['asc', 'desc'] as const) {
      const rows = await sql<{
        key: string;
      }>`select distinct ${keyCol} as key from (select data from tasks where project_id = ${projectId} order by id ${sql.raw(dir)} limit ${sample}) t, ${each} k`.execute(
        k,
      );
      for (const r of rows.rows) keys.add(r.key);
    }
    return [...keys];
  }
}
