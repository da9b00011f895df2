import { sql } from 'kysely';
import type { DialectName } from '../dialect';
import { sqlTypes, type AnyDb } from './sql-types';

/**
 * Data Manager speed: full-text search over task data, the record of the per-project indexes built
 * on `data.<field>` expressions when a filter or an ordering first uses them, and indexes for the
 * filters that had none (creation date, annotator, prediction score).
 */
export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  const { id, run: raw } = sqlTypes(db, dialect);

  await raw(sql`create table dm_field_indexes (
    ${id},
    project_id integer not null references projects(id) on delete cascade,
    field text not null,
    kind text not null,
    index_name text not null unique,
    status text not null,
    error text,
    build_ms double precision,
    created_at text not null,
    built_at text
  )`);
  await raw(sql`create unique index dm_field_indexes_field on dm_field_indexes (project_id, field, kind)`);

  await raw(sql`create index tasks_project_created on tasks (project_id, created_at, id)`);
  // `annotators` filters read the tasks an annotator worked on; `predictions_score` averages per task.
  await raw(sql`create index annotations_annotator_task on annotations (completed_by, task_id)`);
  await raw(sql`create index predictions_project_task_score on predictions (project_id, task_id, score)`);

  if (dialect === 'postgres') {
    await raw(
      sql`create index tasks_search on tasks using gin ((jsonb_to_tsvector('simple'::regconfig, data, '["string", "numeric"]'::jsonb)))`,
    );
    return;
  }
  // Contentless: the words are indexed but not stored twice. FTS5 writes a segment per statement
  // that touches it, and a trigger's statement runs once per row, so the triggers only note which
  // tasks changed (a plain insert, cheap inside an import) and syncSearchIndex (modules/tasks/selection/task-search.query.ts)
  // indexes the noted tasks in one set-based statement before a search reads the index.
  await raw(
    sql`create virtual table tasks_fts using fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,
  );
  // `fresh`: the task is not in the index yet (inserted since the last sync), so nothing is deleted
  // for it; deleting a rowid a contentless index never had would leave a tombstone to skip forever.
  await raw(sql`create table tasks_fts_pending (task_id integer primary key, fresh integer not null)`);
  await raw(sql`create trigger tasks_fts_insert after insert on tasks begin
    insert or ignore into tasks_fts_pending (task_id, fresh) values (new.id, 1);
  end`);
  await raw(sql`create trigger tasks_fts_delete after delete on tasks begin
    insert or ignore into tasks_fts_pending (task_id, fresh) values (old.id, 0);
  end`);
  await raw(sql`create trigger tasks_fts_update after update of data on tasks begin
    insert or ignore into tasks_fts_pending (task_id, fresh) values (new.id, 0);
  end`);
  await raw(sql`insert into tasks_fts_pending (task_id, fresh) select id, 1 from tasks`);
}
