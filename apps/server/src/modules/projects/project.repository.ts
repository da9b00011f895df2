import type { Insertable, Updateable } from 'kysely';
import type { ProjectCounterDelta } from '../counters';
import type { Exec } from '../../platform/db/dialect';
import type { ProjectTable, ProjectRow } from '../../platform/db/schema';

export interface ProjectListQuery {
  organizationId: number;
  search?: string;
  title?: string;
  ids?: number[];
  ordering?: string;
  limit: number;
  offset: number;
}

/** Orderings accepted by the projects list, as Label Studio names them. */
const ORDERINGS: Record<string, [keyof ProjectTable, 'asc' | 'desc']> = {
  id: ['id', 'asc'],
  '-id': ['id', 'desc'],
  title: ['title', 'asc'],
  '-title': ['title', 'desc'],
  created_at: ['created_at', 'asc'],
  '-created_at': ['created_at', 'desc'],
  updated_at: ['updated_at', 'asc'],
  '-updated_at': ['updated_at', 'desc'],
};

export function isProjectOrdering(value: string): boolean {
  return value in ORDERINGS;
}

export class ProjectRepository {
  constructor(private readonly db: Exec) {}

  findById(id: number): Promise<ProjectRow | undefined> {
    return this.db.kysely.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  }

  private filtered(q: Omit<ProjectListQuery, 'limit' | 'offset' | 'ordering'>) {
    let query = this.db.kysely.selectFrom('projects').where('organization_id', '=', q.organizationId);
    const term = (q.search ?? q.title)?.trim();
    if (term) {
      const like = `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) =>
        eb.or([eb(eb.fn('lower', ['title']), 'like', eb.val(like)), eb(eb.fn('lower', ['description']), 'like', eb.val(like))]),
      );
    }
    if (q.ids?.length) query = query.where('id', 'in', q.ids);
    return query;
  }

  async list(q: ProjectListQuery): Promise<{ rows: ProjectRow[]; count: number }> {
    const [col, dir] = ORDERINGS[q.ordering ?? '-id'] ?? ORDERINGS['-id'];
    const rows = await this.filtered(q)
      .selectAll()
      .orderBy(col, dir)
      .orderBy('id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute();
    const c = await this.filtered(q)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return { rows, count: Number(c.n) };
  }

  insert(row: Insertable<ProjectTable>): Promise<ProjectRow> {
    return this.db.kysely.insertInto('projects').values(row).returningAll().executeTakeFirstOrThrow();
  }

  update(id: number, patch: Updateable<ProjectTable>): Promise<ProjectRow | undefined> {
    return this.db.kysely.updateTable('projects').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
  }

  async delete(id: number): Promise<void> {
    await this.db.kysely.deleteFrom('projects').where('id', '=', id).execute();
  }

  /** Reserves `n` consecutive inner ids and returns the first. */
  async reserveInnerIds(id: number, n: number): Promise<number> {
    const r = await this.db.kysely
      .updateTable('projects')
      .set((eb) => ({ next_inner_id: eb('next_inner_id', '+', n) }))
      .where('id', '=', id)
      .returning('next_inner_id')
      .executeTakeFirstOrThrow();
    return r.next_inner_id - n;
  }

  async addCounters(id: number, delta: ProjectCounterDelta): Promise<void> {
    const entries = Object.entries(delta).filter(([, v]) => v) as [keyof ProjectCounterDelta, number][];
    if (!entries.length) return;
    await this.db.kysely
      .updateTable('projects')
      .set((eb) => Object.fromEntries(entries.map(([k, v]) => [k, eb(k, '+', v)])))
      .where('id', '=', id)
      .execute();
  }

  async setCounters(id: number, values: ProjectCounterDelta): Promise<void> {
    await this.db.kysely.updateTable('projects').set(values).where('id', '=', id).execute();
  }
}
