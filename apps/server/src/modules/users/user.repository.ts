import type { Insertable, Updateable } from 'kysely';
import type { Exec } from '../../platform/db/dialect';
import type { MembershipTable, Role, UserTable, UserRow, MembershipRow } from '../../platform/db/schema';

export class UserRepository {
  constructor(private readonly db: Exec) {}

  findById(id: number): Promise<UserRow | undefined> {
    return this.db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByIds(ids: number[]): Promise<UserRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.kysely.selectFrom('users').selectAll().where('id', 'in', ids).execute();
  }

  findByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.kysely
      .selectFrom('users')
      .selectAll()
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
      .executeTakeFirst();
  }

  findByTokenHash(hash: string): Promise<UserRow | undefined> {
    return this.db.kysely.selectFrom('users').selectAll().where('token_hash', '=', hash).executeTakeFirst();
  }

  async count(): Promise<number> {
    const r = await this.db.kysely
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async insert(row: Insertable<UserTable>): Promise<UserRow> {
    return this.db.kysely.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
  }

  async update(id: number, patch: Updateable<UserTable>): Promise<UserRow | undefined> {
    return this.db.kysely.updateTable('users').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
  }

  /** Members of an organization, in id order. */
  listInOrganization(organizationId: number): Promise<(UserRow & { role: Role })[]> {
    return this.db.kysely
      .selectFrom('users')
      .innerJoin('memberships', 'memberships.user_id', 'users.id')
      .selectAll('users')
      .select('memberships.role')
      .where('memberships.organization_id', '=', organizationId)
      .orderBy('users.id')
      .execute();
  }

  membership(organizationId: number, userId: number): Promise<MembershipRow | undefined> {
    return this.db.kysely
      .selectFrom('memberships')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  membershipsOf(userId: number): Promise<MembershipRow[]> {
    return this.db.kysely.selectFrom('memberships').selectAll().where('user_id', '=', userId).execute();
  }

  async addMembership(row: Insertable<MembershipTable>): Promise<void> {
    await this.db.kysely.insertInto('memberships').values(row).execute();
  }

  async setRole(organizationId: number, userId: number, role: Role): Promise<void> {
    await this.db.kysely
      .updateTable('memberships')
      .set({ role })
      .where('organization_id', '=', organizationId)
      .where('user_id', '=', userId)
      .execute();
  }
}
