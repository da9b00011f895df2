import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/dialect';
import { freshDb } from './harness';

/**
 * A filtered task list answers its total and both counter sums for every request; on SQLite these
 * must come from an index alone (reading every matching task's row made them the slowest part of
 * a filtered list at 1,000,000 tasks). Checked on the query plan of the count the list runs.
 */
describe('Data Manager counts read only indexes [sqlite]', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('sqlite');
  });
  afterAll(() => db.destroy());

  const cases: [string, string][] = [
    ['no filter', '1 = 1'],
    ['total_annotations', 'total_annotations > 0'],
    ['total_predictions', 'total_predictions >= 1'],
    ['created_at', "created_at between '2024-01-01' and '2024-02-01'"],
    ['updated_at', "updated_at > '2024-01-01'"],
    ['a set of ids', 'id in (1, 2, 3)'],
  ];
  for (const [name, where] of cases)
    it(`filter on ${name}`, async () => {
      const plan = await sql<{ detail: string }>`explain query plan
        select count(*), sum(total_annotations), sum(total_predictions) from tasks where project_id = 1 and ${sql.raw(where)}`.execute(
        db.kysely,
      );
      const details = plan.rows.map((r) => r.detail).join(' | ');
      expect(details).toMatch(/USING COVERING INDEX tasks_project_/);
    });
});
