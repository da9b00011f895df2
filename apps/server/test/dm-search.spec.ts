import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldIndexName } from '../src/modules/tasks/selection/field-index.repository';
import { createTestApp, describeEachDb, type TestApp } from './harness';

type Item = { filter: string; operator: string; type: string; value?: unknown };
const f = (column: string, operator: string, type: string, value?: unknown): Item => ({
  filter: `filter:tasks:${column}`,
  operator,
  type,
  value,
});

const TEXTS = [
  'The quick brown fox jumps over the lazy dog',
  'A quick brown bear sleeps',
  'Lazy afternoons with a brown dog',
  'Crème brûlée recipe number 42',
  'Nothing to see here',
];

/**
 * Full-text search (`search=`) and the per-project indexes on `data.<field>` expressions, on both
 * databases. Expected rows are computed from the imported data, not copied from a previous run.
 */
describeEachDb('Data Manager search and data-field indexes', (dialect) => {
  let t: TestApp;
  let projectId: number;
  let ids: number[];

  /** The ids a task list returns, in order, and its total. */
  const list = async (params: Record<string, string>, project = projectId) => {
    const qs = new URLSearchParams({ project: String(project), page_size: '100', ...params });
    const res = await t.call('GET', `/api/tasks?${qs}`);
    expect(res.status, res.raw).toBe(200);
    const got = res.body.tasks.map((x: { id: number }) => x.id) as number[];
    expect(res.body.total).toBe(got.length);
    return got;
  };
  const search = (words: string, query?: object) => list({ search: words, ...(query ? { query: JSON.stringify(query) } : {}) });
  const pick = (...indexes: number[]) => indexes.map((i) => ids[i]);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    projectId = (await t.createProject()).id;
    const res = await t.call('POST', `/api/projects/${projectId}/import?return_task_ids=true`, {
      body: TEXTS.map((text, i) => ({
        data: { text, n: i % 2 ? i * 10 : String(i * 10), other: { nested: i === 4 ? 'hidden treasure' : 'plain' } },
      })),
    });
    expect(res.status).toBe(201);
    ids = res.body.task_ids;
  });
  afterAll(() => t.close());

  describe('search', () => {
    it('matches tasks containing every word, in any field and at any depth, ignoring case', async () => {
      expect(await search('brown dog')).toEqual(pick(0, 2));
      expect(await search('DOG Lazy')).toEqual(pick(0, 2));
      expect(await search('brown')).toEqual(pick(0, 1, 2));
      expect(await search('treasure')).toEqual(pick(4));
      expect(await search('brown cat')).toEqual([]);
    });

    it('matches the last word as a prefix, the others as whole words', async () => {
      expect(await search('quick bro')).toEqual(pick(0, 1));
      expect(await search('la')).toEqual(pick(0, 2));
      expect(await search('bro quick')).toEqual([]);
    });

    it('finds numbers, and ignores punctuation in the search text', async () => {
      expect(await search('number 42')).toEqual(pick(3));
      expect(await search('recipe, number!')).toEqual(pick(3));
      // data.n of task 1 is the JSON number 10.
      expect(await search('10')).toEqual(pick(1));
    });

    it('combines with filters and ordering, and counts only the matches', async () => {
      const filtered = await search('brown', {
        filters: { conjunction: 'and', items: [f('data.text', 'contains', 'String', 'dog')] },
      });
      expect(filtered).toEqual(pick(0, 2));
      const ordered = await search('brown', { ordering: ['-tasks:id'] });
      expect(ordered).toEqual(pick(2, 1, 0));
      // `search` inside the query JSON, and both at once (all words must match).
      expect(await list({ query: JSON.stringify({ search: 'lazy' }) })).toEqual(pick(0, 2));
      expect(await list({ query: JSON.stringify({ search: 'lazy' }), search: 'fox' })).toEqual(pick(0));
    });

    it('treats a search without words as no search, and rejects what is not one', async () => {
      expect(await search('  !? ')).toEqual(ids);
      const long = await t.call('GET', `/api/tasks?project=${projectId}&search=${'a'.repeat(501)}`);
      expect(long.status).toBe(400);
      const bad = await t.call(
        'GET',
        `/api/tasks?project=${projectId}&query=${encodeURIComponent(JSON.stringify({ search: 5 }))}`,
      );
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('query.search');
    });

    it('keeps FTS syntax and quotes inert', async () => {
      expect(await search('"brown" OR NOT*')).toEqual([]);
      expect(await search("brown' dog")).toEqual(pick(0, 2));
    });

    it('sees updates, deletions and imports', async () => {
      const other = (await t.createProject()).id;
      const imported = await t.call('POST', `/api/projects/${other}/import?return_task_ids=true`, {
        body: [{ data: { text: 'zebra crossing' } }, { data: { text: 'zebra stripes' } }, { data: { text: 'plain road' } }],
      });
      const [a, b, c] = imported.body.task_ids as number[];
      expect(await list({ search: 'zebra' }, other)).toEqual([a, b]);
      // Other projects' tasks never match.
      expect(await search('zebra')).toEqual([]);

      expect((await t.call('PATCH', `/api/tasks/${a}`, { body: { data: { text: 'horse crossing' } } })).status).toBe(200);
      expect(await list({ search: 'zebra' }, other)).toEqual([b]);
      expect(await list({ search: 'horse' }, other)).toEqual([a]);

      expect((await t.call('DELETE', `/api/tasks/${b}`)).status).toBe(204);
      expect(await list({ search: 'zebra' }, other)).toEqual([]);

      const action = await t.call('POST', `/api/dm/actions?id=add_data_field&project=${other}`, {
        body: { selectedItems: { all: false, included: [c] }, value_name: 'note', value_type: 'String', value: 'unicorn' },
      });
      expect(action.status, action.raw).toBe(200);
      expect(await list({ search: 'unicorn' }, other)).toEqual([c]);
    });

    it('indexes a backlog larger than one chunk, and the background indexer catches up without a search', async () => {
      const other = (await t.createProject()).id;
      const body = Array.from({ length: 2_345 }, (_, i) => ({ data: { text: i % 3 ? `filler ${i}` : `needle ${i}` } }));
      const res = await t.call('POST', `/api/projects/${other}/import?return_task_ids=true`, { body });
      expect(res.status, res.raw).toBe(201);
      const taskIds = res.body.task_ids as number[];
      const needles = taskIds.filter((_, i) => i % 3 === 0);
      if (dialect === 'sqlite') {
        // Nothing searched yet: the import only queued its tasks; the background indexer (every 2 s) drains them.
        const pending = async () =>
          Number((await sql<{ n: number }>`select count(*) as n from tasks_fts_pending`.execute(t.db.kysely)).rows[0].n);
        await expect.poll(pending, { timeout: 20_000, interval: 250 }).toBe(0);
      }
      expect(await list({ search: 'needle', page_size: '1000' }, other)).toHaveLength(Math.min(1000, needles.length));
      const all = await t.call('GET', `/api/tasks?project=${other}&search=needle&page_size=10`);
      expect(all.body.total).toBe(needles.length);
      expect(await list({ search: 'filler 2344' }, other)).toEqual([taskIds[2344]]);
    });

    it('narrows an action’s selection', async () => {
      const other = (await t.createProject()).id;
      const imported = await t.call('POST', `/api/projects/${other}/import?return_task_ids=true`, {
        body: [{ data: { text: 'keep me' } }, { data: { text: 'drop me' } }, { data: { text: 'drop this too' } }],
      });
      const [keep] = imported.body.task_ids as number[];
      const res = await t.call('POST', `/api/dm/actions?id=delete_tasks&project=${other}`, {
        body: { selectedItems: { all: true }, search: 'drop' },
      });
      expect(res.status, res.raw).toBe(200);
      expect(res.body.processed_items).toBe(2);
      expect(await list({}, other)).toEqual([keep]);
    });
  });

  describe('data-field indexes', () => {
    const indexExists = async (name: string) => {
      const rows =
        dialect === 'postgres'
          ? await sql<{ n: string }>`select indexname as n from pg_indexes where indexname = ${name}`.execute(t.db.kysely)
          : await sql<{ n: string }>`select name as n from sqlite_master where type = 'index' and name = ${name}`.execute(
              t.db.kysely,
            );
      return rows.rows.length === 1;
    };
    const numbers = () => TEXTS.map((_, i) => i * 10);

    it('builds an index the first time a data field is filtered, records it once, and answers as a scan would', async () => {
      const query = { filters: { conjunction: 'and', items: [f('data.n', 'greater', 'Number', 15)] } };
      const expected = ids.filter((_, i) => numbers()[i] > 15);
      const first = await list({ query: JSON.stringify(query) });
      await t.app.services.dm.fieldIndexes.settled();
      expect(first).toEqual(expected);
      const records = (await t.app.services.dm.fieldIndexes.list(projectId)).filter((r) => r.field === 'n');
      expect(records.map((r) => [r.field, r.kind, r.status])).toEqual([['n', 'number', 'ready']]);
      expect(await indexExists(fieldIndexName(projectId, 'n', 'number'))).toBe(true);

      expect(await list({ query: JSON.stringify(query) })).toEqual(expected);
      expect((await t.app.services.dm.fieldIndexes.list(projectId)).filter((r) => r.field === 'n')).toHaveLength(1);
    });

    it('sorts by a data field through its index, nulls first descending and last ascending', async () => {
      const other = (await t.createProject()).id;
      const values = [3, null, 1, 2, null, 5];
      const imported = await t.call('POST', `/api/projects/${other}/import?return_task_ids=true`, {
        body: values.map((v, i) => ({ data: { text: `t${i}`, ...(v === null ? {} : { rank: v }) } })),
      });
      const tid = imported.body.task_ids as number[];
      const desc = await list({ query: JSON.stringify({ ordering: ['-tasks:data.rank'] }) }, other);
      await t.app.services.dm.fieldIndexes.settled();
      const byRank = (d: number) =>
        tid
          .map((id, i) => ({ id, v: values[i] }))
          .sort((x, y) => (x.v === y.v ? d * (x.id - y.id) : x.v === null ? d : y.v === null ? -d : d * (x.v - y.v)))
          .map((x) => x.id);
      expect(desc).toEqual(byRank(-1));
      expect(await list({ query: JSON.stringify({ ordering: ['-tasks:data.rank'] }) }, other)).toEqual(byRank(-1));
      expect(await list({ query: JSON.stringify({ ordering: ['tasks:data.rank'] }) }, other)).toEqual(byRank(1));
      const records = await t.app.services.dm.fieldIndexes.list(other);
      expect(records.map((r) => [r.field, r.kind, r.status])).toEqual([['rank', 'sort', 'ready']]);
      if (dialect === 'sqlite') {
        // The planner walks the index instead of sorting the project.
        const compiled = await sql<{
          detail: string;
        }>`explain query plan select id from tasks where project_id = ${sql.lit(other)}
          order by (json_extract(tasks.data, '$."rank"') is null) desc, json_extract(tasks.data, '$."rank"') desc, tasks.id desc limit 2`.execute(
          t.db.kysely,
        );
        const plan = compiled.rows.map((r) => r.detail).join('\n');
        expect(plan).toContain(fieldIndexName(other, 'rank', 'sort'));
        expect(plan).not.toContain('TEMP B-TREE');
      }
    });

    it('serves text filters with an index and the same rows', async () => {
      const query = (operator: string, value: unknown) =>
        JSON.stringify({ filters: { conjunction: 'and', items: [f('data.text', operator, 'String', value)] } });
      const contains = (s: string) => ids.filter((_, i) => TEXTS[i].toLowerCase().includes(s.toLowerCase()));
      expect(await list({ query: query('contains', 'BROWN') })).toEqual(contains('brown'));
      await t.app.services.dm.fieldIndexes.settled();
      expect(await list({ query: query('contains', 'own') })).toEqual(contains('own'));
      expect(await list({ query: query('equal', TEXTS[4]) })).toEqual(pick(4));
      expect(await list({ query: query('starts_with', 'lazy') })).toEqual(pick(2));
      const kinds = (await t.app.services.dm.fieldIndexes.list(projectId)).filter((r) => r.field === 'text').map((r) => r.kind);
      expect(kinds).toContain('text');
    });

    it('drops a project’s indexes with the project', async () => {
      const other = (await t.createProject()).id;
      await t.call('POST', `/api/projects/${other}/import`, { body: [{ data: { text: 'x', n: 1 } }] });
      await list({ query: JSON.stringify({ ordering: ['tasks:data.n'] }) }, other);
      await t.app.services.dm.fieldIndexes.settled();
      const name = fieldIndexName(other, 'n', 'sort');
      expect(await indexExists(name)).toBe(true);
      expect((await t.call('DELETE', `/api/projects/${other}`)).status).toBe(204);
      expect(await indexExists(name)).toBe(false);
      expect(await t.app.services.dm.fieldIndexes.list(other)).toEqual([]);
      // Another project's indexes stay.
      expect(await indexExists(fieldIndexName(projectId, 'n', 'number'))).toBe(true);
    });
  });
});
