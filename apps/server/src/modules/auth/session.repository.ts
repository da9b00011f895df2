import type { Exec } from '../../platform/db/dialect';
import type { SessionRow } from '../../platform/db/schema';

export class SessionRepository {
  constructor(private readonly db: Exec) {}

  async create(row: SessionRow): Promise<void> {
    await this.db.kysely.insertInto('sessions').values(row).execute();
  }

  find(idHash: string, at: string): Promise<SessionRow | undefined> {
    return this.db.kysely
      .selectFrom('sessions')
      .selectAll()
      .where('id_hash', '=', idHash)
      .where('expires_at', '>', at)
      .executeTakeFirst();
  }

  async delete(idHash: string): Promise<void> {
    await this.db.kysely.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  async deleteForUser(userId: number): Promise<void> {
    await this.db.kysely.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  async recordAttempt(key: string, at: string): Promise<void> {
    await this.db.kysely.insertInto('login_attempts').values({ key, created_at: at }).execute();
  }

  async countAttempts(key: string, since: string): Promise<number> {
    const r = await this.db.kysely
      .selectFrom('login_attempts')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('key', '=', key)
      .where('created_at', '>', since)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async clearAttempts(key: string): Promise<void> {
    await this.db.kysely.deleteFrom('login_attempts').where('key', '=', key).execute();
  }

  async pruneAttempts(before: string): Promise<void> {
    await this.db.kysely.deleteFrom('login_attempts').where('created_at', '<', before).execute();
  }
}
