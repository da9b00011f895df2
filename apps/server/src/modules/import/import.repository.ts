import type { Insertable, Updateable } from 'kysely';
import type { Exec } from '../../platform/db/dialect';
import type { FileUploadTable, ImportJobTable, ImportStatus, ImportJobRow, FileUploadRow } from '../../platform/db/schema';

/** Import jobs: one per file import, with its progress counters. */
export class ImportJobRepository {
  constructor(private readonly db: Exec) {}

  insert(row: Insertable<ImportJobTable>): Promise<ImportJobRow> {
    return this.db.kysely.insertInto('import_jobs').values(row).returningAll().executeTakeFirstOrThrow();
  }

  find(projectId: number, id: number): Promise<ImportJobRow | undefined> {
    return this.db.kysely
      .selectFrom('import_jobs')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  findById(id: number): Promise<ImportJobRow | undefined> {
    return this.db.kysely.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  list(projectId: number, limit: number): Promise<ImportJobRow[]> {
    return this.db.kysely
      .selectFrom('import_jobs')
      .selectAll()
      .where('project_id', '=', projectId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  async update(id: number, patch: Updateable<ImportJobTable>): Promise<void> {
    await this.db.kysely.updateTable('import_jobs').set(patch).where('id', '=', id).execute();
  }

  /** Jobs left running by a process that stopped: they are undone at start-up. */
  unfinished(): Promise<ImportJobRow[]> {
    return this.db.kysely
      .selectFrom('import_jobs')
      .selectAll()
      .where('status', 'in', ['created', 'in_progress', 'cancelling'])
      .orderBy('id')
      .execute();
  }

  /** Ids of the tasks a job created, a batch at a time. */
  async taskIds(jobId: number, limit: number): Promise<number[]> {
    const rows = await this.db.kysely
      .selectFrom('tasks')
      .select('id')
      .where('import_job_id', '=', jobId)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /** Every task id a job created, in order (Label Studio returns them after an import). */
  async allTaskIds(jobId: number): Promise<number[]> {
    const rows = await this.db.kysely.selectFrom('tasks').select('id').where('import_job_id', '=', jobId).orderBy('id').execute();
    return rows.map((r) => r.id);
  }

  /** Moves a job from one status to another if it is still in the first; true when it was. */
  async transition(id: number, from: ImportStatus, to: ImportStatus, error?: string): Promise<boolean> {
    const result = await this.db.kysely
      .updateTable('import_jobs')
      .set({
        status: to,
        updated_at: new Date().toISOString(),
        ...(error ? { error, finished_at: new Date().toISOString() } : {}),
      })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

export class FileUploadRepository {
  constructor(private readonly db: Exec) {}

  insert(row: Insertable<FileUploadTable>): Promise<FileUploadRow> {
    return this.db.kysely.insertInto('file_uploads').values(row).returningAll().executeTakeFirstOrThrow();
  }

  findByIds(projectId: number, ids: number[]): Promise<FileUploadRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.kysely
      .selectFrom('file_uploads')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
  }

  list(projectId: number): Promise<FileUploadRow[]> {
    return this.db.kysely.selectFrom('file_uploads').selectAll().where('project_id', '=', projectId).orderBy('id').execute();
  }

  async delete(id: number): Promise<void> {
    await this.db.kysely.deleteFrom('file_uploads').where('id', '=', id).execute();
  }
}
