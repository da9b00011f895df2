import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/platform/db/dialect';
import { TaskRepository } from '../src/modules/tasks/task.repository';
import { FieldIndexes } from '../src/modules/tasks/selection/field-index.repository';
import { keysetSegments, type DmQuery } from '../src/modules/tasks/selection/task-filter.query';
import { createTestApp, freshDb, type TestApp } from './harness';

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
    ['predictions_score', 'predictions_score between 0.2 and 0.4'],
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

/**
 * The page of a range filter (by id, the default order): walking the project in id order finds a
 * page quickly when matches are spread, but reads most of the project when they sit late in id
 * order, as a recent date range does. Knowing the count, the page reads the matches from the
 * filter's index and sorts them instead, when they are few enough.
 */
describe('Data Manager pages of range filters read their index [sqlite]', () => {
  let t: TestApp;
  let projectId: number;
  const TASKS = 20_000;
  const epoch = Date.UTC(2024, 0, 1) / 1000;
  const iso = (i: number) => new Date((epoch + i) * 1000).toISOString();
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    projectId = (await t.createProject()).id;
    // Task i is created i seconds after the epoch: creation order is id order, as after any import.
    await sql`insert into tasks (project_id, inner_id, data, meta, is_labeled, overlap, total_annotations, cancelled_annotations,
        total_predictions, predictions_score, updated_by, file_upload_id, created_at, updated_at)
      with recursive s(i) as (select 1 union all select i + 1 from s where i < ${TASKS})
      select ${projectId}, i, json_object('text', 'task ' || i, 'n', i), '{}', 0, 1, i % 3, 0, 1, (i % 100) / 100.0, null, null,
        strftime('%Y-%m-%dT%H:%M:%fZ', ${epoch} + i, 'unixepoch'), strftime('%Y-%m-%dT%H:%M:%fZ', ${epoch} + i, 'unixepoch')
      from s`.execute(t.db.kysely);
    await sql`analyze`.execute(t.db.kysely);
  });
  afterAll(() => t.close());

  const range = (column: string, min: unknown, max: unknown) => ({
    filters: {
      conjunction: 'and' as const,
      items: [{ column, operator: 'in' as const, type: column === 'created_at' ? 'Datetime' : 'Number', value: { min, max } }],
    },
    projectId,
  });
  const planOf = async (dm: DmQuery, matches: number | undefined, offset = 0) => {
    const repo = new TaskRepository(t.db);
    const counted = matches === undefined ? undefined : { matches, projectTasks: TASKS };
    const compiled = repo.pageQuery({ projectId, dm, limit: 100, offset }, counted).compile();
    const raw = await t.db.kysely.executeQuery({ ...compiled, sql: `explain query plan ${compiled.sql}` } as never);
    const rows = await repo.page({ projectId, dm, limit: 100, offset }, counted);
    return { plan: (raw.rows as { detail: string }[]).map((r) => r.detail).join(' | '), ids: rows.map((r) => r.id) };
  };
  const countOf = async (dm: DmQuery) => (await new TaskRepository(t.db).totals({ projectId, dm })).total;

  it('a late created_at range sorts its matches instead of walking the project in id order', async () => {
    const dm = range('created_at', iso(TASKS * 0.85), iso(TASKS * 0.95));
    const matches = await countOf(dm);
    expect(matches).toBe(TASKS * 0.1 + 1);
    const counted = await planOf(dm, matches);
    expect(counted.plan).toMatch(/USING (COVERING )?INDEX tasks_project_created/);
    expect(counted.plan).toMatch(/TEMP B-TREE FOR ORDER BY/);
    // The same page, in the same order, as the plan chosen without the count.
    const walked = await planOf(dm, undefined);
    expect(counted.ids).toEqual(walked.ids);
    expect(counted.ids).toHaveLength(100);
    expect(counted.ids).toEqual([...counted.ids].sort((a, b) => a - b));
    // A deeper page too.
    expect((await planOf(dm, matches, 300)).ids).toEqual((await planOf(dm, undefined, 300)).ids);
  });

  it('a prediction score range reads the score index', async () => {
    const dm = range('predictions_score', 0.9, 0.95);
    const counted = await planOf(dm, await countOf(dm));
    expect(counted.plan).toMatch(/INDEX tasks_project_predictions_score/);
    expect(counted.ids).toEqual((await planOf(dm, undefined)).ids);
  });

  it('a common match on an indexed data field walks the project in id order instead of sorting the whole index', async () => {
    const dm: DmQuery = {
      filters: { conjunction: 'and', items: [{ column: 'data.text', operator: 'contains', type: 'String', value: 'task 1' }] },
      projectId,
    };
    // The first filter on data.text builds its index (field-index.ts), which SQLite's planner then
    // reads whole and sorts for a page in id order.
    const indexed = await new FieldIndexes(t.db).ensure(projectId, dm, 10_000);
    expect([...indexed]).toEqual(['text:text']);
    const withIndex = { ...dm, indexed };
    const matches = await countOf(withIndex);
    expect(matches).toBe(11_111); // "task 1", "task 10".."task 19", …, "task 10000".."task 19999"
    const counted = await planOf(withIndex, matches);
    expect(counted.plan).toMatch(/USING (COVERING )?INDEX tasks_project_id \(project_id=\?\)/);
    expect(counted.plan).not.toMatch(/TEMP B-TREE/);
    const planned = await planOf(withIndex, undefined);
    expect(counted.ids).toEqual(planned.ids);
    expect(counted.ids).toHaveLength(100);
    // A page deep enough that walking would read too much is left to the planner.
    const repo = new TaskRepository(t.db);
    const counts = { matches, projectTasks: TASKS };
    expect(repo.pagePlan({ projectId, dm: withIndex, limit: 100, offset: 0 }, counts)).toBe('walk');
    expect(repo.pagePlan({ projectId, dm: withIndex, limit: 100, offset: 15_000 }, counts)).toBeUndefined();
    expect((await planOf(withIndex, matches, 1_000)).ids).toEqual((await planOf(withIndex, undefined, 1_000)).ids);
  });

  it('a keyset page in a data-field order seeks in its sort index and reads it in order', async () => {
    const ordering = { column: 'data.n', desc: true };
    const indexed = await new FieldIndexes(t.db).ensure(projectId, { ordering, projectId }, 10_000);
    expect([...indexed]).toEqual(['sort:n']);
    const dm: DmQuery = { ordering, projectId, indexed };
    const repo = new TaskRepository(t.db);
    for (const desc of [true, false]) {
      const segments = keysetSegments({ ...ordering, desc }, { id: 12_345, value: 12_345 }, 'sqlite');
      const compiled = repo
        .segmentQuery({ projectId, dm: { ...dm, ordering: { ...ordering, desc } } }, segments[0], 100)
        .compile();
      const raw = await t.db.kysely.executeQuery({ ...compiled, sql: `explain query plan ${compiled.sql}` } as never);
      const plan = (raw.rows as { detail: string }[]).map((r) => r.detail).join(' | ');
      expect(plan).toMatch(/INDEX gw_dmf_\d+_sort_\w+ \(project_id=\? AND <expr>=\? AND <expr>[<>]\?\)/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
    // And the page is the one after task 12,345 in that order (n = id in this project).
    const rows = await repo.page({ projectId, dm, limit: 3, offset: 0, after: { id: 12_345, value: 12_345 } });
    expect(rows.map((r) => r.id)).toEqual([12_344, 12_343, 12_342]);
  });

  it("an annotator filter reads that annotator's annotations in this project only", async () => {
    const dm: DmQuery = {
      filters: { conjunction: 'and', items: [{ column: 'annotators', operator: 'contains', type: 'List', value: t.owner.id }] },
      projectId,
    };
    expect((await planOf(dm, undefined)).plan).toMatch(
      /COVERING INDEX annotations_project_annotator \(project_id=\? AND completed_by=\?\)/,
    );
  });

  it('keeps the id walk when the count is unknown, too large, or the filter is not one index range', async () => {
    const dm = range('created_at', iso(1), iso(TASKS));
    expect((await planOf(dm, undefined)).plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    expect((await planOf(dm, 1_000_000)).plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    const contains: DmQuery = {
      filters: { conjunction: 'and', items: [{ column: 'data.text', operator: 'contains', type: 'String', value: 'task 1' }] },
      projectId,
    };
    expect((await planOf(contains, 10)).plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});
