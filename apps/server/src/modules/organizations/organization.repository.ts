import type { Exec } from '../../platform/db/dialect';
import { now } from '../../platform/db/dialect';
import type { OrganizationRow } from '../../platform/db/schema';

export class OrganizationRepository {
  constructor(private readonly db: Exec) {}

  findById(id: number): Promise<OrganizationRow | undefined> {
    return this.db.kysely.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The single organization of this installation (multi-organization support comes later). */
  first(): Promise<OrganizationRow | undefined> {
    return this.db.kysely.selectFrom('organizations').selectAll().orderBy('id').limit(1).executeTakeFirst();
  }

  create(title: string, createdBy: number | null): Promise<OrganizationRow> {
    const at = now();
    return this.db.kysely
      .insertInto('organizations')
      .values({ title, created_by: createdBy, created_at: at, updated_at: at })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async setCreator(id: number, userId: number): Promise<void> {
    await this.db.kysely.updateTable('organizations').set({ created_by: userId }).where('id', '=', id).execute();
  }
}
