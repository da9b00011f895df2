import type { Insertable, Updateable } from 'kysely';
import type { Exec } from '../../platform/db/dialect';
import type { ViewTable, ViewRow } from '../../platform/db/schema';

/** Data Manager views (tabs) of a project, in their display order. */
export class ViewRepository {
  constructor(private readonly db: Exec) {}

  findById(id: number): Promise<ViewRow | undefined> {
    return this.db.kysely.selectFrom('views').selectAll().where('id', '=', id).executeTakeFirst();
  }

  listByProject(projectId: number): Promise<ViewRow[]> {
    return this.db.kysely
      .selectFrom('views')
      .selectAll()
      .where('project_id', '=', projectId)
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  /** Views of the projects of one organization, for callers that name no project. */
  listByOrganization(organizationId: number): Promise<ViewRow[]> {
    return this.db.kysely
      .selectFrom('views')
      .innerJoin('projects', 'projects.id', 'views.project_id')
      .selectAll('views')
      .where('projects.organization_id', '=', organizationId)
      .orderBy('views.project_id')
      .orderBy('views.position')
      .orderBy('views.id')
      .execute();
  }

  async nextPosition(projectId: number): Promise<number> {
    const r = await this.db.kysely
      .selectFrom('views')
      .select((eb) => eb.fn.max('position').as('m'))
      .where('project_id', '=', projectId)
      .executeTakeFirst();
    return r?.m === null || r?.m === undefined ? 0 : Number(r.m) + 1;
  }

  insert(row: Insertable<ViewTable>): Promise<ViewRow> {
    return this.db.kysely.insertInto('views').values(row).returningAll().executeTakeFirstOrThrow();
  }

  update(id: number, patch: Updateable<ViewTable>): Promise<ViewRow | undefined> {
    return this.db.kysely.updateTable('views').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
  }

  async delete(id: number): Promise<void> {
    await this.db.kysely.deleteFrom('views').where('id', '=', id).execute();
  }

  async deleteByProject(projectId: number): Promise<number> {
    const r = await this.db.kysely.deleteFrom('views').where('project_id', '=', projectId).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async setPosition(projectId: number, id: number, position: number): Promise<void> {
    await this.db.kysely
      .updateTable('views')
      .set({ position })
      .where('id', '=', id)
      .where('project_id', '=', projectId)
      .execute();
  }
}
