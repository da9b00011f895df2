import type { Insertable, Updateable } from 'kysely';
import type { Exec } from '../../platform/db/dialect';
import type { ExportTable, ExportRow } from '../../platform/db/schema';

/** Export snapshots of a project. */
export class ExportRepository {
  constructor(private readonly db: Exec) {}

  insert(row: Insertable<ExportTable>): Promise<ExportRow> {
    return this.db.kysely.insertInto('exports').values(row).returningAll().executeTakeFirstOrThrow();
  }

  find(projectId: number, id: number): Promise<ExportRow | undefined> {
    return this.db.kysely
      .selectFrom('exports')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  findById(id: number): Promise<ExportRow | undefined> {
    return this.db.kysely.selectFrom('exports').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Newest first, as Label Studio lists them. */
  list(projectId: number): Promise<ExportRow[]> {
    return this.db.kysely.selectFrom('exports').selectAll().where('project_id', '=', projectId).orderBy('id', 'desc').execute();
  }

  async update(id: number, patch: Updateable<ExportTable>): Promise<void> {
    await this.db.kysely.updateTable('exports').set(patch).where('id', '=', id).execute();
  }

  /**
   * Updates the row only if its conversions are still as read (compare-and-swap); false when
   * another process changed them first.
   */
  async updateIfFormats(id: number, convertedFormats: string, patch: Updateable<ExportTable>): Promise<boolean> {
    const r = await this.db.kysely
      .updateTable('exports')
      .set(patch)
      .where('id', '=', id)
      .where('converted_formats', '=', convertedFormats)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async delete(id: number): Promise<void> {
    await this.db.kysely.deleteFrom('exports').where('id', '=', id).execute();
  }

  /** Snapshots a stopped process left unfinished. */
  unfinished(): Promise<ExportRow[]> {
    return this.db.kysely
      .selectFrom('exports')
      .selectAll()
      .where('status', 'in', ['created', 'in_progress'])
      .orderBy('id')
      .execute();
  }
}
