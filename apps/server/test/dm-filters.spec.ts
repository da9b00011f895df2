import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp, type TestUser } from './harness';

const choice = (value: string) => ({ from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: [value] } });

type Item = { filter: string; operator: string; type: string; value?: unknown; child_filter?: unknown };
const f = (column: string, operator: string, type: string, value?: unknown): Item => ({
  filter: `filter:tasks:${column}`,
  operator,
  type,
  value,
});

/**
 * Five tasks with known annotations, predictions and drafts; every case lists the indexes of the
 * tasks it must return, in order.
 */
describeEachDb('Data Manager filters, ordering and selections on /api/tasks', (dialect) => {
  let t: TestApp;
  let projectId: number;
  let ids: number[];
  let annotator: TestUser;
  let manager: TestUser;
  let beforePatch: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    annotator = await t.addUser('ann@example.com', 'annotator');
    manager = await t.addUser('mgr@example.com', 'manager');
    projectId = (await t.createProject()).id;
    const res = await t.call('POST', `/api/projects/${projectId}/import?return_task_ids=true`, {
      body: [
        {
          data: { text: 'Apple pie', n: 5, r: 3, flag: true, tag: 'x' },
          annotations: [{ result: [choice('Positive')], lead_time: 10, ground_truth: true }],
          predictions: [{ result: [choice('Negative')], score: 0.9, model_version: 'v1' }],
        },
        {
          data: { text: 'banana split', n: 15, r: 1, flag: false, tag: 'y' },
          annotations: [{ result: [], was_cancelled: true }],
          predictions: [{ result: [choice('Positive')], score: 0.2, model_version: 'v2' }],
        },
        {
          data: { text: 'Cherry tart', n: '25', r: 4, tag: '' },
          annotations: [
            { result: [choice('Positive')], lead_time: 20 },
            { result: [choice('Negative')], lead_time: 40, completed_by: annotator.id },
          ],
        },
        { data: { text: 'date 100%', n: 7.5, r: 2 } },
        { data: { text: 'Elderberry_x' } },
      ],
    });
    expect(res.status).toBe(201);
    ids = res.body.task_ids;
    expect((await t.call('POST', `/api/tasks/${ids[4]}/drafts`, { body: { result: [choice('Positive')] } })).status).toBe(201);
    await new Promise((r) => setTimeout(r, 5));
    beforePatch = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const patched = await t.call('PATCH', `/api/tasks/${ids[3]}`, {
      body: { data: { text: 'date 100%', n: 7.5, r: 2 } },
      token: manager.token,
    });
    expect(patched.status).toBe(200);
  });
  afterAll(() => t.close());

  const list = async (query: object, extra = '') => {
    const size = extra.includes('page_size=') ? '' : '&page_size=100';
    return t.call('GET', `/api/tasks?project=${projectId}${size}${extra}&query=${encodeURIComponent(JSON.stringify(query))}`);
  };
  const idx = async (query: object) => {
    const res = await list(query);
    expect(res.status, res.raw).toBe(200);
    return (res.body.tasks as { id: number }[]).map((x) => ids.indexOf(x.id));
  };
  const where = (items: Item[], conjunction = 'and') => ({ filters: { conjunction, items } });
  const check = async (item: Item | (() => Item), expected: number[]) => {
    const i = typeof item === 'function' ? item() : item;
    expect(await idx(where([i])), `${i.filter} ${i.operator} ${JSON.stringify(i.value)}`).toEqual(expected);
  };

  describe('Number columns', () => {
    it('id: every comparison operator, ranges and lists', async () => {
      await check(() => f('id', 'equal', 'Number', ids[2]), [2]);
      await check(() => f('id', 'not_equal', 'Number', ids[2]), [0, 1, 3, 4]);
      await check(() => f('id', 'greater', 'Number', ids[2]), [3, 4]);
      await check(() => f('id', 'greater_or_equal', 'Number', ids[2]), [2, 3, 4]);
      await check(() => f('id', 'less', 'Number', ids[2]), [0, 1]);
      await check(() => f('id', 'less_or_equal', 'Number', ids[2]), [0, 1, 2]);
      await check(() => f('id', 'in', 'Number', { min: ids[1], max: ids[3] }), [1, 2, 3]);
      await check(() => f('id', 'not_in', 'Number', { min: ids[1], max: ids[3] }), [0, 4]);
      await check(() => f('id', 'in_list', 'Number', [ids[0], ids[4]]), [0, 4]);
      await check(() => f('id', 'not_in_list', 'Number', [ids[0], ids[4]]), [1, 2, 3]);
      await check(() => f('id', 'empty', 'Number', false), [0, 1, 2, 3, 4]);
      await check(() => f('id', 'equal', 'Number', String(ids[1])), [1]);
    });

    it('inner_id and the counters', async () => {
      await check(f('inner_id', 'equal', 'Number', 1), [0]);
      await check(f('inner_id', 'in', 'Number', { min: 2, max: 3 }), [1, 2]);
      await check(f('total_annotations', 'greater', 'Number', 0), [0, 2]);
      await check(f('total_annotations', 'equal', 'Number', 2), [2]);
      await check(f('total_annotations', 'less', 'Number', 1), [1, 3, 4]);
      await check(f('cancelled_annotations', 'greater', 'Number', 0), [1]);
      await check(f('total_predictions', 'equal', 'Number', 1), [0, 1]);
      await check(f('total_predictions', 'less_or_equal', 'Number', 0), [2, 3, 4]);
    });

    it('aggregates: predictions_score and avg_lead_time, with nulls', async () => {
      await check(f('predictions_score', 'greater', 'Number', 0.5), [0]);
      await check(f('predictions_score', 'less', 'Number', 0.5), [1]);
      await check(f('predictions_score', 'empty', 'Number', true), [2, 3, 4]);
      await check(f('predictions_score', 'empty', 'Number', false), [0, 1]);
      await check(f('predictions_score', 'not_equal', 'Number', 0.9), [1, 2, 3, 4]);
      await check(f('avg_lead_time', 'greater', 'Number', 15), [2]);
      await check(f('avg_lead_time', 'in', 'Number', { min: 5, max: 15 }), [0]);
      await check(f('avg_lead_time', 'greater_or_equal', 'Number', 30), [2]);
    });

    it('columns without data yet: comments and review counts are zero', async () => {
      await check(f('comments', 'equal', 'Number', 0), [0, 1, 2, 3, 4]);
      await check(f('unresolved_comment_count', 'greater', 'Number', 0), []);
      await check(f('reviews_accepted', 'equal', 'Number', 0), [0, 1, 2, 3, 4]);
      await check(() => f('reviewers', 'contains', 'List', t.owner.id), []);
      await check(() => f('reviewers', 'empty', 'List', true), [0, 1, 2, 3, 4]);
    });
  });

  describe('String columns', () => {
    it('data.<field> text: contains (case-insensitive, literal % and _), equal, starts/ends, regex', async () => {
      await check(f('data.text', 'contains', 'String', 'an'), [1]);
      await check(f('data.text', 'contains', 'String', 'APPLE'), [0]);
      await check(f('data.text', 'contains', 'String', '%'), [3]);
      await check(f('data.text', 'contains', 'String', '_'), [4]);
      await check(f('data.text', 'not_contains', 'String', 'a'), [4]);
      await check(f('data.text', 'equal', 'String', 'Cherry tart'), [2]);
      await check(f('data.text', 'not_equal', 'String', 'Cherry tart'), [0, 1, 3, 4]);
      await check(f('data.text', 'starts_with', 'String', 'cher'), [2]);
      await check(f('data.text', 'ends_with', 'String', 'TART'), [2]);
      await check(f('data.text', 'regex', 'String', '^[A-C]'), [0, 2]);
      await check(f('data.text', 'in_list', 'String', ['Apple pie', 'Elderberry_x']), [0, 4]);
      await check(f('data.text', 'not_in_list', 'String', ['Apple pie', 'Elderberry_x']), [1, 2, 3]);
    });

    it('data.<field>: empty, exists and missing keys', async () => {
      await check(f('data.tag', 'empty', 'String', true), [2, 3, 4]);
      await check(f('data.tag', 'empty', 'String', false), [0, 1]);
      await check(f('data.tag', 'exists', 'String', true), [0, 1, 2]);
      await check(f('data.tag', 'not_exists', 'String', true), [3, 4]);
      await check(f('data.missing', 'empty', 'String', true), [0, 1, 2, 3, 4]);
    });

    it('data.<field> as a number (numeric strings count) and as a boolean', async () => {
      await check(f('data.n', 'greater', 'Number', 10), [1, 2]);
      await check(f('data.n', 'less', 'Number', 10), [0, 3]);
      await check(f('data.n', 'equal', 'Number', 5), [0]);
      await check(f('data.n', 'in', 'Number', { min: 5, max: 15 }), [0, 1, 3]);
      await check(f('data.n', 'not_in', 'Number', { min: 5, max: 15 }), [2, 4]);
      await check(f('data.n', 'equal', 'String', '15'), [1]);
      await check(f('data.flag', 'equal', 'Boolean', true), [0]);
      await check(f('data.flag', 'equal', 'Boolean', false), [1]);
    });

    it('annotation and prediction results, annotation ids, upload and storage names', async () => {
      await check(f('annotations_results', 'contains', 'String', 'Negative'), [2]);
      await check(f('annotations_results', 'not_contains', 'String', 'Positive'), [1, 3, 4]);
      await check(f('annotations_results', 'empty', 'String', true), [3, 4]);
      await check(f('annotations_results', 'regex', 'String', 'Neg.tive'), [2]);
      await check(f('predictions_results', 'contains', 'String', 'negative'), [0]);
      await check(f('predictions_results', 'empty', 'String', false), [0, 1]);
      const task = (await t.call('GET', `/api/tasks/${ids[0]}`)).body;
      await check(f('annotations_ids', 'equal', 'String', String(task.annotations[0].id)), [0]);
      await check(f('file_upload', 'empty', 'String', true), [0, 1, 2, 3, 4]);
      await check(f('storage_filename', 'empty', 'String', false), []);
      await check(f('storage_filename', 'contains', 'String', 'x'), []);
    });
  });

  describe('Boolean, Datetime and List columns', () => {
    it('booleans: ground_truth, draft_exists, reviewed', async () => {
      await check(f('ground_truth', 'equal', 'Boolean', true), [0]);
      await check(f('ground_truth', 'equal', 'Boolean', false), [1, 2, 3, 4]);
      await check(f('draft_exists', 'equal', 'Boolean', true), [4]);
      await check(f('draft_exists', 'not_equal', 'Boolean', true), [0, 1, 2, 3]);
      await check(f('reviewed', 'equal', 'Boolean', false), [0, 1, 2, 3, 4]);
    });

    it('datetimes: before, after, between, not between, empty', async () => {
      const past = '2000-01-01T00:00:00.000000Z';
      const future = '2100-01-01T00:00:00.000000Z';
      await check(f('created_at', 'greater', 'Datetime', past), [0, 1, 2, 3, 4]);
      await check(f('created_at', 'less', 'Datetime', past), []);
      await check(f('created_at', 'in', 'Datetime', { min: past, max: future }), [0, 1, 2, 3, 4]);
      await check(f('created_at', 'not_in', 'Datetime', { min: past, max: future }), []);
      await check(() => f('updated_at', 'greater', 'Datetime', beforePatch), [3]);
      await check(() => f('updated_at', 'less_or_equal', 'Datetime', beforePatch), [0, 1, 2, 4]);
      await check(f('completed_at', 'empty', 'Datetime', true), [1, 3, 4]);
      await check(f('completed_at', 'greater', 'Datetime', past), [0, 2]);
    });

    it('lists: annotators, updated_by, predictions_model_versions', async () => {
      await check(() => f('annotators', 'contains', 'List', t.owner.id), [0, 1, 2]);
      await check(() => f('annotators', 'contains', 'List', annotator.id), [2]);
      await check(() => f('annotators', 'not_contains', 'List', annotator.id), [0, 1, 3, 4]);
      await check(() => f('annotators', 'empty', 'List', true), [3, 4]);
      await check(() => f('updated_by', 'contains', 'List', manager.id), [3]);
      await check(() => f('updated_by', 'not_contains', 'List', manager.id), [0, 1, 2, 4]);
      await check(f('predictions_model_versions', 'contains', 'List', 'v1'), [0]);
      await check(f('predictions_model_versions', 'contains', 'List', ['v1', 'v2']), [0, 1]);
      await check(f('predictions_model_versions', 'not_contains', 'List', 'v1'), [1, 2, 3, 4]);
      await check(f('predictions_model_versions', 'empty', 'List', true), [2, 3, 4]);
    });
  });

  it('combines items with and / or, and AND-merges a child filter', async () => {
    const a = f('total_annotations', 'greater', 'Number', 0);
    const b = f('data.text', 'contains', 'String', 'cherry');
    expect(await idx(where([a, b], 'and'))).toEqual([2]);
    expect(await idx(where([a, f('id', 'equal', 'Number', ids[3])], 'or'))).toEqual([0, 2, 3]);
    expect(
      await idx(
        where(
          [
            { ...f('data.r', 'greater', 'Number', 1), child_filter: f('data.r', 'less', 'Number', 4) },
            f('id', 'equal', 'Number', ids[4]),
          ],
          'or',
        ),
      ),
    ).toEqual([0, 3, 4]);
    // An item the UI has not filled in yet filters nothing.
    expect(await idx(where([f('data.text', 'contains', 'String', null), a]))).toEqual([0, 2]);
  });

  it('orders by one column, ascending or descending, with nulls where PostgreSQL puts them', async () => {
    expect(await idx({ ordering: ['-tasks:id'] })).toEqual([4, 3, 2, 1, 0]);
    expect(await idx({ ordering: ['tasks:data.r'] })).toEqual([1, 3, 0, 2, 4]);
    expect(await idx({ ordering: ['-tasks:data.r'] })).toEqual([4, 2, 0, 3, 1]);
    expect(await idx({ ordering: ['-tasks:total_annotations'] })).toEqual([2, 0, 4, 3, 1]);
    expect(await idx({ ordering: ['tasks:predictions_score'] })).toEqual([1, 0, 2, 3, 4]);
    expect(await idx({ ordering: ['tasks:avg_lead_time'] })).toEqual([0, 2, 1, 3, 4]);
    expect(await idx({ ...where([f('total_annotations', 'equal', 'Number', 0)]), ordering: ['-tasks:inner_id'] })).toEqual([
      4, 3, 1,
    ]);
  });

  it('applies selectedItems on top of the filters, and pages the result', async () => {
    const zero = where([f('total_annotations', 'equal', 'Number', 0)]);
    expect(await idx({ ...zero, selectedItems: { all: false, included: [ids[1], ids[2]] } })).toEqual([1]);
    expect(await idx({ ...zero, selectedItems: { all: true, excluded: [ids[3]] } })).toEqual([1, 4]);
    const page2 = await list(zero, '&page=2&page_size=1');
    expect(page2.status).toBe(200);
    expect(page2.body).toMatchObject({ total: 3, total_annotations: 0 });
    expect(page2.body.tasks.map((x: { id: number }) => x.id)).toEqual([ids[3]]);
    expect((await list(zero, '&page=4&page_size=1')).status).toBe(404);
    const filteredTotals = await list(where([f('total_annotations', 'greater', 'Number', 0)]));
    expect(filteredTotals.body).toMatchObject({ total: 2, total_annotations: 3, total_predictions: 1 });
  });

  it('file_upload filters on the name of the file tasks came from', async () => {
    const p = await t.createProject();
    const form = new FormData();
    form.append('file0', new Blob(['text\nfrom csv one\nfrom csv two\n']), 'fruits.csv');
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const body = Buffer.from(await request.arrayBuffer());
    const imported = await t.call('POST', `/api/projects/${p.id}/import`, {
      body: body as never,
      headers: { 'content-type': request.headers.get('content-type')! },
    });
    expect(imported.status, imported.raw).toBe(201);
    await t.call('POST', `/api/projects/${p.id}/import`, { body: [{ text: 'posted as JSON' }] });
    const q = (item: Item) => `/api/tasks?project=${p.id}&query=${encodeURIComponent(JSON.stringify(where([item])))}`;
    const texts = async (item: Item) =>
      (await t.call('GET', q(item))).body.tasks.map((x: { data: { text: string } }) => x.data.text);
    expect(await texts(f('file_upload', 'contains', 'String', 'FRUITS'))).toEqual(['from csv one', 'from csv two']);
    expect(await texts(f('file_upload', 'empty', 'String', true))).toEqual(['posted as JSON']);
  });

  it('fields=task_only leaves out annotations and predictions', async () => {
    const q = where([f('id', 'equal', 'Number', ids[0])]);
    const all = await list(q, '&fields=all');
    expect(all.body.tasks[0].annotations).toHaveLength(1);
    const only = await list(q, '&fields=task_only');
    expect(only.body.tasks[0].annotations).toHaveLength(0);
    expect(only.body.tasks[0].predictions).toHaveLength(0);
  });

  it("predictions_score follows every change to a task's predictions (create, score update, import, delete)", async () => {
    const other = (await t.createProject()).id;
    const imported = await t.call('POST', `/api/projects/${other}/import?return_task_ids=true`, {
      body: [{ data: { text: 'one' } }, { data: { text: 'two' } }, { data: { text: 'three' } }],
    });
    expect(imported.status).toBe(201);
    const [a, b, c] = imported.body.task_ids as number[];
    const scoreOf = async (query: object) => {
      const res = await t.call(
        'GET',
        `/api/tasks?project=${other}&page_size=10&query=${encodeURIComponent(JSON.stringify(query))}`,
      );
      expect(res.status, res.raw).toBe(200);
      return (res.body.tasks as { id: number }[]).map((x) => x.id);
    };
    const between = (min: number, max: number) => where([f('predictions_score', 'in', 'Number', { min, max })]);
    const predict = async (task: number, score: number | null) => {
      const res = await t.call('POST', '/api/predictions', { body: { task, result: [], score, model_version: 'm' } });
      expect(res.status, res.raw).toBe(201);
      // A null score stays null (type coercion once made it 0).
      expect(res.body.score).toBe(score);
      return res.body.id as number;
    };
    const p1 = await predict(a, 0.4);
    await predict(a, 0.8);
    await predict(b, null);
    // The average of the scores given: 0.6 for a; b's only prediction has no score, so b has none.
    expect(await scoreOf(between(0.59, 0.61))).toEqual([a]);
    expect(await scoreOf(where([f('predictions_score', 'empty', 'Number', true)]))).toEqual([b, c]);
    // Ascending, tasks without a score come last (descending, first).
    expect(await scoreOf({ ordering: ['tasks:predictions_score'] })).toEqual([a, b, c]);
    expect(await scoreOf({ ordering: ['-tasks:predictions_score'] })).toEqual([c, b, a]);
    // A new score moves the average.
    expect((await t.call('PATCH', `/api/predictions/${p1}`, { body: { score: 0.2 } })).status).toBe(200);
    expect(await scoreOf(between(0.59, 0.61))).toEqual([]);
    expect(await scoreOf(between(0.49, 0.51))).toEqual([a]);
    // Predictions imported for existing tasks count too.
    const more = await t.call('POST', `/api/projects/${other}/import/predictions`, {
      body: [{ task: c, result: [], score: 0.3 }],
    });
    expect(more.status, more.raw).toBe(201);
    expect(await scoreOf(between(0.25, 0.35))).toEqual([c]);
    // Deleting a prediction recounts; with none left the task has no score again.
    expect((await t.call('DELETE', `/api/predictions/${p1}`)).status).toBe(204);
    expect(await scoreOf(between(0.79, 0.81))).toEqual([a]);
    const del = await t.call('POST', `/api/dm/actions?id=delete_tasks_predictions&project=${other}`, {
      body: { selectedItems: { all: true, excluded: [] } },
    });
    expect(del.status, del.raw).toBe(200);
    expect(await scoreOf(where([f('predictions_score', 'empty', 'Number', false)]))).toEqual([]);
  });

  it('answers 400 naming the unknown column, operator or bad value', async () => {
    const bad = async (query: object, pattern: RegExp) => {
      const res = await list(query);
      expect(res.status).toBe(400);
      expect(res.body.validation_errors.query[0]).toMatch(pattern);
    };
    await bad(where([f('nope', 'equal', 'Number', 1)]), /unknown column "filter:tasks:nope"/);
    await bad(where([f('id', 'bogus', 'Number', 1)]), /unknown operator "bogus"/);
    await bad(
      where([f('total_annotations', 'contains', 'Number', 1)]),
      /operator "contains" does not apply to column "filter:tasks:total_annotations"/,
    );
    await bad(where([f('id', 'equal', 'Number', 'abc')]), /"abc" is not a number/);
    await bad(where([f('created_at', 'greater', 'Datetime', 'yesterday')]), /not a date/);
    await bad(where([f('id', 'in', 'Number', 3)]), /\{"min"/);
    await bad(where([f('data.text', 'regex', 'String', '([')]), /invalid regular expression/);
    await bad({ filters: { conjunction: 'xor', items: [] } }, /unknown conjunction "xor"/);
    await bad({ ordering: ['tasks:nope'] }, /unknown column "tasks:nope"/);
    await bad({ ordering: ['tasks:annotations_results'] }, /cannot order by/);
    expect((await t.call('GET', `/api/tasks?project=${projectId}&query=nope`)).status).toBe(400);
    // A pattern JavaScript accepts but PostgreSQL does not (named groups) is the client's fault there too.
    const named = await t.call(
      'GET',
      `/api/tasks?project=${projectId}&query=${encodeURIComponent(JSON.stringify(where([f('data.text', 'regex', 'String', '(?<x>A)')])))}`,
    );
    if (dialect === 'postgres') {
      expect(named.status).toBe(400);
      expect(named.body.detail).toMatch(/^Invalid regular expression/);
    } else expect(named.status).toBe(200);
  });
});
