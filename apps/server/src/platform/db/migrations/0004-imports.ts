import { sql } from 'kysely';
import type { DialectName } from '../dialect';
import { sqlTypes, type AnyDb } from './sql-types';

/** Uploaded files and import jobs; tasks remember the job that created them so a failed job can be undone. */
export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  const { json, id, run: raw } = sqlTypes(db, dialect);

  await raw(sql`create table file_uploads (
    ${id},
    project_id integer not null references projects(id) on delete cascade,
    user_id integer references users(id) on delete set null,
    file text not null,
    original_name text not null,
    size bigint not null default 0,
    created_at text not null
  )`);
  await raw(sql`create index file_uploads_project on file_uploads (project_id, id)`);

  await raw(sql`create table import_jobs (
    ${id},
    project_id integer not null references projects(id) on delete cascade,
    user_id integer references users(id) on delete set null,
    status text not null,
    commit_to_project integer not null default 1,
    return_task_ids integer not null default 0,
    preannotated_from_fields ${json} not null,
    file_upload_ids ${json} not null,
    found_formats ${json} not null,
    data_columns ${json} not null,
    tasks_read integer not null default 0,
    task_count integer not null default 0,
    annotation_count integer not null default 0,
    prediction_count integer not null default 0,
    failed integer not null default 0,
    error text,
    duration double precision,
    created_at text not null,
    updated_at text not null,
    finished_at text
  )`);
  await raw(sql`create index import_jobs_project on import_jobs (project_id, id)`);

  await raw(sql`alter table tasks add column import_job_id integer`);
  // Label Studio's per-task switch for the Skip button.
  await raw(sql`alter table tasks add column allow_skip integer not null default 1`);
  await raw(sql`create index tasks_import_job on tasks (import_job_id)`);
}
