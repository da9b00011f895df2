import type { Insertable, Updateable } from 'kysely';
import type { Exec } from '../../platform/db/dialect';
import type {
  AnnotationTable,
  DraftTable,
  PredictionTable,
  AnnotationRow,
  PredictionRow,
  DraftRow,
} from '../../platform/db/schema';
import { chunks, INSERT_BATCH } from '../../platform/db/batches';

export class AnnotationRepository {
  constructor(private readonly db: Exec) {}

  findById(id: number): Promise<AnnotationRow | undefined> {
    return this.db.kysely.selectFrom('annotations').selectAll().where('id', '=', id).executeTakeFirst();
  }

  forTasks(taskIds: number[]): Promise<AnnotationRow[]> {
    if (!taskIds.length) return Promise.resolve([]);
    return this.db.kysely.selectFrom('annotations').selectAll().where('task_id', 'in', taskIds).orderBy('id').execute();
  }

  forTask(taskId: number, ordering: 'id' | '-id' | 'created_at' | '-created_at' = 'id'): Promise<AnnotationRow[]> {
    const col = ordering.replace('-', '') as 'id' | 'created_at';
    return this.db.kysely
      .selectFrom('annotations')
      .selectAll()
      .where('task_id', '=', taskId)
      .orderBy(col, ordering.startsWith('-') ? 'desc' : 'asc')
      .orderBy('id')
      .execute();
  }

  insert(row: Insertable<AnnotationTable>): Promise<AnnotationRow> {
    return this.db.kysely.insertInto('annotations').values(row).returningAll().executeTakeFirstOrThrow();
  }

  async insertMany(rows: Insertable<AnnotationTable>[]): Promise<void> {
    for (const batch of chunks(rows, INSERT_BATCH)) await this.db.kysely.insertInto('annotations').values(batch).execute();
  }

  update(id: number, patch: Updateable<AnnotationTable>): Promise<AnnotationRow | undefined> {
    return this.db.kysely.updateTable('annotations').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
  }

  async delete(id: number): Promise<void> {
    await this.db.kysely.deleteFrom('annotations').where('id', '=', id).execute();
  }

  /** Result lists of a project's annotations in id order, one keyset page at a time. */
  resultsAfter(projectId: number, afterId: number, limit: number): Promise<{ id: number; result: unknown }[]> {
    return this.db.kysely
      .selectFrom('annotations')
      .select(['id', 'result'])
      .where('project_id', '=', projectId)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
  }
}

export interface PredictionListQuery {
  projectId?: number;
  taskId?: number;
  organizationId: number;
}

export class PredictionRepository {
  constructor(private readonly db: Exec) {}

  findById(id: number): Promise<PredictionRow | undefined> {
    return this.db.kysely.selectFrom('predictions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  forTasks(taskIds: number[]): Promise<PredictionRow[]> {
    if (!taskIds.length) return Promise.resolve([]);
    return this.db.kysely.selectFrom('predictions').selectAll().where('task_id', 'in', taskIds).orderBy('id').execute();
  }

  list(q: PredictionListQuery): Promise<PredictionRow[]> {
    let query = this.db.kysely
      .selectFrom('predictions')
      .innerJoin('projects', 'projects.id', 'predictions.project_id')
      .selectAll('predictions')
      .where('projects.organization_id', '=', q.organizationId);
    if (q.projectId !== undefined) query = query.where('predictions.project_id', '=', q.projectId);
    if (q.taskId !== undefined) query = query.where('predictions.task_id', '=', q.taskId);
    return query.orderBy('predictions.id').execute();
  }

  insert(row: Insertable<PredictionTable>): Promise<PredictionRow> {
    return this.db.kysely.insertInto('predictions').values(row).returningAll().executeTakeFirstOrThrow();
  }

  async insertMany(rows: Insertable<PredictionTable>[]): Promise<void> {
    for (const batch of chunks(rows, INSERT_BATCH)) await this.db.kysely.insertInto('predictions').values(batch).execute();
  }

  update(id: number, patch: Updateable<PredictionTable>): Promise<PredictionRow | undefined> {
    return this.db.kysely.updateTable('predictions').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
  }

  async delete(id: number): Promise<void> {
    await this.db.kysely.deleteFrom('predictions').where('id', '=', id).execute();
  }
}

export class DraftRepository {
  constructor(private readonly db: Exec) {}

  findById(id: number): Promise<DraftRow | undefined> {
    return this.db.kysely.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
  }

  forTasks(taskIds: number[], userId?: number): Promise<DraftRow[]> {
    if (!taskIds.length) return Promise.resolve([]);
    let q = this.db.kysely.selectFrom('drafts').selectAll().where('task_id', 'in', taskIds);
    if (userId !== undefined) q = q.where('user_id', '=', userId);
    return q.orderBy('id').execute();
  }

  insert(row: Insertable<DraftTable>): Promise<DraftRow> {
    return this.db.kysely.insertInto('drafts').values(row).returningAll().executeTakeFirstOrThrow();
  }

  update(id: number, patch: Updateable<DraftTable>): Promise<DraftRow | undefined> {
    return this.db.kysely.updateTable('drafts').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
  }

  async delete(id: number): Promise<void> {
    await this.db.kysely.deleteFrom('drafts').where('id', '=', id).execute();
  }

  /** Drafts are superseded once the user submits an annotation for the task. */
  async deleteFor(taskId: number, userId: number): Promise<void> {
    await this.db.kysely.deleteFrom('drafts').where('task_id', '=', taskId).where('user_id', '=', userId).execute();
  }
}
