import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp } from './harness';

const choice = (value: string) => ({ from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: [value] } });

describeEachDb('task import and listing', (dialect) => {
  let t: TestApp;
  let projectId: number;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    projectId = (await t.createProject()).id;
  });

  it('imports flat and full tasks with annotations and predictions', async () => {
    const res = await t.call('POST', `/api/projects/${projectId}/import?return_task_ids=true`, {
      body: [
        { text: 'flat one' },
        {
          data: { text: 'full' },
          meta: { source: 'x' },
          annotations: [{ result: [choice('Positive')], lead_time: 3.5 }],
          predictions: [{ result: [choice('Negative')], score: 0.9, model_version: 'v1' }],
        },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ task_count: 2, annotation_count: 1, prediction_count: 1, data_columns: ['text'] });
    const [flatId, fullId] = res.body.task_ids;
    const flat = await t.call('GET', `/api/tasks/${flatId}`);
    expect(flat.body).toMatchObject({ data: { text: 'flat one' }, is_labeled: false, total_annotations: 0, inner_id: 1 });
    const full = await t.call('GET', `/api/tasks/${fullId}/`);
    expect(full.body).toMatchObject({
      data: { text: 'full' },
      meta: { source: 'x' },
      is_labeled: true,
      total_annotations: 1,
      total_predictions: 1,
      inner_id: 2,
    });
    expect(full.body.annotations[0]).toMatchObject({
      result: [choice('Positive')],
      lead_time: 3.5,
      completed_by: t.owner.id,
      was_cancelled: false,
    });
    expect(full.body.predictions[0]).toMatchObject({ result: [choice('Negative')], score: 0.9, model_version: 'v1' });
    const project = await t.call('GET', `/api/projects/${projectId}`);
    expect(project.body).toMatchObject({
      task_number: 2,
      total_annotations_number: 1,
      total_predictions_number: 1,
      finished_task_number: 1,
      num_tasks_with_annotations: 1,
    });
  });

  it('accepts a single task object', async () => {
    const res = await t.call('POST', `/api/projects/${projectId}/import`, { body: { text: 'alone' } });
    expect(res.status).toBe(201);
    expect(res.body.task_count).toBe(1);
  });

  it('rejects an import whose task #37 is malformed and stores nothing', async () => {
    const body = Array.from({ length: 50 }, (_, i) => ({ data: { text: `t${i}` } }));
    body[37] = { data: 'not an object' } as unknown as { data: { text: string } };
    const res = await t.call('POST', `/api/projects/${projectId}/import`, { body });
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain('Task #37');
    expect(Object.keys(res.body.validation_errors)[0]).toBe('tasks[37].data');
    const list = await t.call('GET', `/api/tasks?project=${projectId}`);
    expect(list.body.total).toBe(0);
    const project = await t.call('GET', `/api/projects/${projectId}`);
    expect(project.body.task_number).toBe(0);
  });

  it('rolls back everything when a late annotation is malformed', async () => {
    const body = Array.from({ length: 700 }, (_, i) => ({
      data: { text: `t${i}` },
      annotations: [{ result: [choice('Positive')] }],
    }));
    (body[650].annotations[0] as { result: unknown }).result = 'oops';
    const res = await t.call('POST', `/api/projects/${projectId}/import`, { body });
    expect(res.status).toBe(400);
    expect(res.body.validation_errors).toHaveProperty(['tasks[650].annotations[0].result']);
    expect((await t.call('GET', `/api/tasks?project=${projectId}`)).body.total).toBe(0);
  });

  it('names data fields the config needs but a task lacks', async () => {
    const res = await t.call('POST', `/api/projects/${projectId}/import`, { body: [{ text: 'ok' }, { body: 'no text key' }] });
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe('Task #1: These fields are not found in data: text');
  });

  it('pages tasks with the Label Studio envelope and 404s past the end', async () => {
    await t.call('POST', `/api/projects/${projectId}/import`, {
      body: Array.from({ length: 25 }, (_, i) => ({ text: `n${i}` })),
    });
    const p1 = await t.call('GET', `/api/tasks?project=${projectId}&page=1&page_size=10`);
    expect(p1.status).toBe(200);
    expect(p1.body).toMatchObject({ total: 25, total_annotations: 0, total_predictions: 0 });
    expect(p1.body.tasks.map((x: { data: { text: string } }) => x.data.text).slice(0, 2)).toEqual(['n0', 'n1']);
    const p3 = await t.call('GET', `/api/tasks/?project=${projectId}&page=3&page_size=10`);
    expect(p3.body.tasks).toHaveLength(5);
    expect((await t.call('GET', `/api/tasks?project=${projectId}&page=4&page_size=10`)).status).toBe(404);
    expect((await t.call('GET', '/api/tasks')).status).toBe(400);
  });

  it('creates, patches and deletes single tasks, keeping counters right', async () => {
    const created = await t.call('POST', '/api/tasks/', { body: { project: projectId, data: { text: 'single' } } });
    expect(created.status).toBe(201);
    const patched = await t.call('PATCH', `/api/tasks/${created.body.id}`, {
      body: { data: { text: 'changed' }, meta: { k: 1 } },
    });
    expect(patched.body).toMatchObject({ data: { text: 'changed' }, meta: { k: 1 } });
    await t.call('POST', `/api/tasks/${created.body.id}/annotations`, { body: { result: [choice('Positive')] } });
    expect((await t.call('GET', `/api/projects/${projectId}`)).body).toMatchObject({
      task_number: 1,
      total_annotations_number: 1,
    });
    expect((await t.call('DELETE', `/api/tasks/${created.body.id}/`)).status).toBe(204);
    expect((await t.call('GET', `/api/tasks/${created.body.id}`)).status).toBe(404);
    expect((await t.call('GET', `/api/projects/${projectId}`)).body).toMatchObject({
      task_number: 0,
      total_annotations_number: 0,
      finished_task_number: 0,
    });
  });

  it("keeps Label Studio's per-task allow_skip switch", async () => {
    const created = await t.call('POST', '/api/tasks', {
      body: { project: projectId, data: { text: 'no skipping' }, allow_skip: false },
    });
    expect(created.status).toBe(201);
    expect(created.body.allow_skip).toBe(false);
    const other = await t.call('POST', '/api/tasks', { body: { project: projectId, data: { text: 'default' } } });
    expect(other.body.allow_skip).toBe(true);
    const patched = await t.call('PATCH', `/api/tasks/${created.body.id}`, { body: { allow_skip: true } });
    expect(patched.status).toBe(200);
    expect((await t.call('GET', `/api/tasks/${created.body.id}`)).body.allow_skip).toBe(true);
    expect((await t.call('PATCH', `/api/tasks/${created.body.id}`, { body: { allow_skip: 'sometimes' } })).status).toBe(400);
  });

  it('deletes all tasks of a project', async () => {
    await t.call('POST', `/api/projects/${projectId}/import`, { body: [{ text: 'a' }, { text: 'b' }] });
    expect((await t.call('DELETE', `/api/projects/${projectId}/tasks/`)).status).toBe(204);
    expect((await t.call('GET', `/api/projects/${projectId}`)).body.task_number).toBe(0);
  });

  it('imports predictions for existing tasks', async () => {
    const res = await t.call('POST', `/api/projects/${projectId}/import?return_task_ids=true`, {
      body: [{ text: 'a' }, { text: 'b' }],
    });
    const [a, b] = res.body.task_ids;
    const imp = await t.call('POST', `/api/projects/${projectId}/import/predictions`, {
      body: [
        { task: a, result: [choice('Positive')], score: 0.2 },
        { task: b, result: [], model_version: 'm2' },
      ],
    });
    expect(imp.status).toBe(201);
    expect((await t.call('GET', `/api/projects/${projectId}`)).body.total_predictions_number).toBe(2);
    const bad = await t.call('POST', `/api/projects/${projectId}/import/predictions`, { body: [{ task: 999999, result: [] }] });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('Task #0');
  });
});

describeEachDb("task list selections (Label Studio's query parameter)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('honours selectedItems and applies Data Manager filters', async () => {
    const p = await t.createProject();
    const ids: number[] = (
      await t.call('POST', `/api/projects/${p.id}/import?return_task_ids=True`, {
        body: [{ text: 'a' }, { text: 'b' }, { text: 'c' }],
      })
    ).body.task_ids;
    const q = (query: object) => `/api/tasks?project=${p.id}&query=${encodeURIComponent(JSON.stringify(query))}&resolve_uri=True`;
    const included = await t.call(
      'GET',
      q({ filters: null, ordering: [], selectedItems: { all: false, included: [ids[0], ids[2]] } }),
    );
    expect(included.body.tasks.map((x: { id: number }) => x.id)).toEqual([ids[0], ids[2]]);
    expect(included.body.total).toBe(2);
    const excluded = await t.call('GET', q({ selectedItems: { all: true, excluded: [ids[1]] } }));
    expect(excluded.body.tasks.map((x: { id: number }) => x.id)).toEqual([ids[0], ids[2]]);
    const filtered = await t.call(
      'GET',
      q({
        filters: { conjunction: 'and', items: [{ filter: 'filter:tasks:id', operator: 'equal', type: 'Number', value: ids[1] }] },
      }),
    );
    expect(filtered.body.tasks.map((x: { id: number }) => x.id)).toEqual([ids[1]]);
    const unknown = await t.call(
      'GET',
      q({
        filters: { conjunction: 'and', items: [{ filter: 'filter:tasks:nope', operator: 'equal', type: 'Number', value: 1 }] },
      }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.validation_errors.query[0]).toMatch(/nope/);
    expect((await t.call('GET', `/api/tasks?project=${p.id}&query=nope`)).status).toBe(400);
  });
});
