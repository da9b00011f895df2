import { sql } from 'kysely';
import type { DialectName } from '../dialect';
import { sqlTypes, type AnyDb } from './sql-types';

/** Data Manager: saved views (tabs) and the indexes behind its common filters and orderings. */
export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  const { json, id, run: raw } = sqlTypes(db, dialect);

  await raw(sql`create table views (
    ${id},
    project_id integer not null references projects(id) on delete cascade,
    user_id integer references users(id) on delete set null,
    position integer not null default 0,
    data ${json} not null,
    selected_items ${json},
    created_at text not null,
    updated_at text not null
  )`);
  await raw(sql`create index views_project on views (project_id, position, id)`);

  // 0001 has (project_id, id) and (project_id, is_labeled, id). Each index below serves a filter
  // and the same column's ordering, with id as the tie-breaker the listing always adds.
  await raw(sql`create index tasks_project_annotations on tasks (project_id, total_annotations, id)`);
  await raw(sql`create index tasks_project_predictions on tasks (project_id, total_predictions, id)`);
  await raw(sql`create index tasks_project_updated on tasks (project_id, updated_at, id)`);
  await raw(sql`create index tasks_project_inner on tasks (project_id, inner_id)`);
}
