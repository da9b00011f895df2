import { sql } from 'kysely';
import type { DialectName } from '../dialect';
import { sqlTypes, type AnyDb } from './sql-types';

/**
 * Data Manager filters that read more than they needed at 1,000,000 tasks.
 *
 * `predictions_score` (the average score of a task's predictions, Label Studio's Data Manager
 * column) kept on the task beside its other counters, so that filtering and sorting by it is an
 * index range instead of an average over every prediction of the project per query. At 1,000,000
 * tasks a score-range page took ~170 ms with the average computed per query.
 * `refreshTaskCounters` (modules/counters) keeps it, as it keeps `total_predictions`.
 *
 * Also: an `annotators` filter reads only the project's annotations of that annotator.
 */
export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  const { run: raw } = sqlTypes(db, dialect);
  await raw(sql`alter table tasks add column predictions_score ${sql.raw(dialect === 'postgres' ? 'double precision' : 'real')}`);
  await raw(sql`update tasks set predictions_score = (select avg(p.score) from predictions p where p.task_id = tasks.id)
    where total_predictions > 0`);
  await raw(
    sql`create index tasks_project_predictions_score on tasks (project_id, predictions_score, id, total_annotations, total_predictions)`,
  );
  // Only the per-query average read this one; predictions_task serves the recount.
  await raw(sql`drop index predictions_project_task_score`);
  // An `annotators` filter reads the annotator's tasks in the project, not in every project they
  // worked on: (project_id, completed_by) gains the task id. (completed_by, task_id) stays for
  // what looks annotations up by user alone (the user foreign key).
  await raw(sql`create index annotations_project_annotator on annotations (project_id, completed_by, task_id)`);
  await raw(sql`drop index annotations_completed_by`);
}
