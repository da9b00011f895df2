import { sql } from 'kysely';
import type { Db } from '../../apps/server/src/platform/db/dialect';

const FRUITS = ['apples', 'bananas', 'cherries', 'dates', 'elderberries', 'figs', 'grapes'];

/** The first task's creation time; task i is created i seconds later. */
export const SEED_EPOCH = Date.UTC(2024, 0, 1) / 1000;

/**
 * Tasks, their annotations and predictions and the counters that go with them, in a few set-based
 * statements: task i is annotated when i % 10 < 3 (30%), by `annotators[i % annotators.length]`;
 * it has a prediction with score (i * 37 % 100) / 100 when i % 10 >= 7 (30%).
 */
export async function seed(db: Db, projectId: number, annotators: number[], tasks: number): Promise<void> {
  const k = db.kysely;
  const pg = db.dialect === 'postgres';
  const at = new Date().toISOString();
  const fruit = sql.raw(`(case i % 7 ${FRUITS.map((f, n) => `when ${n} then '${f}'`).join(' ')} end)`);
  const text = sql`'Task number ' || i || ' is about ' || ${fruit} || ' and the quick brown fox jumps over the lazy dog'`;
  const data = pg
    ? sql`jsonb_build_object('text', ${text}, 'n', (cast(i as bigint) * 7919) % 1000003, 'category', ${fruit})`
    : sql`json_object('text', ${text}, 'n', (cast(i as bigint) * 7919) % 1000003, 'category', ${fruit})`;
  const created = pg
    ? sql`to_char(to_timestamp(${SEED_EPOCH} + i) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${SEED_EPOCH} + i, 'unixepoch')`;
  const series = pg
    ? sql`(select generate_series(1, ${tasks}) as i) s`
    : sql`(with recursive s(i) as (select 1 union all select i + 1 from s where i < ${tasks}) select i from s) s`;
  const annotated = sql`(i % 10 < 3)`;
  // A bulk load builds the full-text index once at the end rather than row by row (PostgreSQL's GIN);
  // on SQLite the FTS triggers index each row as it is inserted, as for any import.
  if (pg) await sql`drop index tasks_search`.execute(k);
  await sql`insert into tasks (project_id, inner_id, data, meta, is_labeled, overlap, total_annotations, cancelled_annotations,
      total_predictions, predictions_score, updated_by, file_upload_id, created_at, updated_at)
    select ${projectId}, i, ${data}, ${pg ? sql`'{}'::jsonb` : sql`'{}'`},
      case when ${annotated} then 1 else 0 end, 1, case when ${annotated} then 1 else 0 end, 0,
      case when i % 10 >= 7 then 1 else 0 end, case when i % 10 >= 7 then (i * 37 % 100) / 100.0 end,
      ${annotators[0]}, null, ${created}, ${at}
    from ${series}`.execute(k);
  if (pg)
    await sql`create index tasks_search on tasks using gin ((jsonb_to_tsvector('simple'::regconfig, data, '["string", "numeric"]'::jsonb)))`.execute(
      k,
    );
  const result = JSON.stringify([{ from_name: 'c', to_name: 'text', type: 'choices', value: { choices: ['A'] } }]);
  const json = pg ? sql`cast(${result} as jsonb)` : sql`${result}`;
  const annotator = sql.raw(
    `(case inner_id % ${annotators.length} ${annotators.map((u, n) => `when ${n} then ${u}`).join(' ')} end)`,
  );
  await sql`insert into annotations (task_id, project_id, result, was_cancelled, ground_truth, lead_time, completed_by, updated_by,
      unique_id, created_at, updated_at)
    select id, project_id, ${json}, 0, 0, 12.5, ${annotator}, ${annotator}, 'bench-' || id, ${at}, ${at}
    from tasks where project_id = ${projectId} and total_annotations = 1`.execute(k);
  await sql`insert into predictions (task_id, project_id, result, score, model_version, created_at, updated_at)
    select id, project_id, ${json}, (inner_id * 37 % 100) / 100.0, 'v1', ${at}, ${at}
    from tasks where project_id = ${projectId} and total_predictions = 1`.execute(k);
  const counted = await k
    .selectFrom('tasks')
    .select((eb) => [eb.fn.sum('total_annotations').as('a'), eb.fn.sum('total_predictions').as('p')])
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  await k
    .updateTable('projects')
    .set({
      task_number: tasks,
      total_annotations_number: Number(counted.a),
      num_tasks_with_annotations: Number(counted.a),
      finished_task_number: Number(counted.a),
      total_predictions_number: Number(counted.p),
      next_inner_id: tasks + 1,
    })
    .where('id', '=', projectId)
    .execute();
  // Statistics (and on PostgreSQL the visibility map, for index-only scans) as autovacuum leaves
  // a table at rest; without it the first minutes after a bulk load measure the load, not the query.
  await (pg ? sql`vacuum analyze` : sql`analyze`).execute(k);
}
