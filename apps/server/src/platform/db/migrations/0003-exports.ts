import { sql } from 'kysely';
import type { DialectName } from '../dialect';
import { sqlTypes, type AnyDb } from './sql-types';

/** Export snapshots (Label Studio's `/api/projects/{id}/exports/`): a row per snapshot, the JSON in the file store. */
export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  const { json, id } = sqlTypes(db, dialect);
  await sql`create table exports (
    ${id},
    project_id integer not null references projects(id) on delete cascade,
    created_by integer references users(id) on delete set null,
    title text not null,
    status text not null,
    md5 text not null default '',
    counters ${json} not null,
    converted_formats ${json} not null,
    task_filter_options ${json} not null,
    annotation_filter_options ${json} not null,
    serialization_options ${json} not null,
    file text,
    error text,
    created_at text not null,
    updated_at text not null,
    finished_at text
  )`.execute(db);
  await sql`create index exports_project on exports (project_id, id)`.execute(db);
}
