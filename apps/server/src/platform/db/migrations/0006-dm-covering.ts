import { sql } from 'kysely';
import type { DialectName } from '../dialect';
import { sqlTypes, type AnyDb } from './sql-types';

/**
 * The Data Manager's task list answers `total`, `total_annotations` and `total_predictions` for
 * every filter. With the two counters in the indexes its filters use, that count is read from the
 * index alone; before, every matching task's row was read for its counters (at 1,000,000 tasks,
 * `total_annotations > 0` took 96 ms for the sums against 7 ms for the count). The same columns
 * stay first, so each index still serves the orderings it served.
 */
const COVERING: [name: string, columns: string][] = [
  ['tasks_project_id', 'project_id, id, total_annotations, total_predictions'],
  ['tasks_project_annotations', 'project_id, total_annotations, id, total_predictions'],
  ['tasks_project_predictions', 'project_id, total_predictions, id, total_annotations'],
  ['tasks_project_created', 'project_id, created_at, id, total_annotations, total_predictions'],
  ['tasks_project_updated', 'project_id, updated_at, id, total_annotations, total_predictions'],
];

export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  const { run: raw } = sqlTypes(db, dialect);
  for (const [name, columns] of COVERING) {
    await raw(sql`drop index ${sql.ref(name)}`);
    await raw(sql`create index ${sql.ref(name)} on tasks (${sql.raw(columns)})`);
  }
}
