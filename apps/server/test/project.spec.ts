import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp } from './harness';

describeEachDb('projects', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('creates, gets, patches and lists projects with Label Studio shapes', async () => {
    const p = await t.createProject({ title: 'Sentiment', description: 'Reviews' });
    expect(p).toMatchObject({
      title: 'Sentiment',
      description: 'Reviews',
      task_number: 0,
      maximum_annotations: 1,
      show_skip_button: true,
    });
    expect(p.abilities).toMatchObject({ update: true, delete: true });
    const got = await t.call('GET', `/api/projects/${p.id}/`);
    expect(got.body.label_config).toBe(t.TEXT_CONFIG);
    const patched = await t.call('PATCH', `/api/projects/${p.id}`, {
      body: { title: 'Renamed', maximum_annotations: 2, sampling: 'Uniform sampling' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ title: 'Renamed', maximum_annotations: 2, sampling: 'Uniform sampling' });
    const list = await t.call('GET', '/api/projects/?page=1&page_size=10');
    expect(list.body).toMatchObject({ count: 1, next: null, previous: null });
    expect(list.body.results[0].title).toBe('Renamed');
  });

  it('serves the counters-only project list at /api/projects/counts', async () => {
    const p = await t.createProject({ title: `Counted ${dialect}` });
    await t.call('POST', `/api/projects/${p.id}/import`, {
      body: [{ data: { text: 'a' }, annotations: [{ result: [] }] }, { text: 'b' }, { text: 'c' }],
    });
    const res = await t.call('GET', `/api/projects/counts/?ids=${p.id}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(1);
    expect(res.body.results).toEqual([
      {
        id: p.id,
        task_number: 3,
        finished_task_number: 1,
        total_predictions_number: 0,
        total_annotations_number: 1,
        num_tasks_with_annotations: 1,
        useful_annotation_number: 1,
        ground_truth_number: 0,
        skipped_annotations_number: 0,
        queue_total: 3,
        queue_done: 1,
      },
    ]);
  });

  it('pages and searches the project list', async () => {
    for (let i = 0; i < 5; i++) await t.createProject({ title: `Batch ${i}` });
    const page1 = await t.call('GET', '/api/projects?page=1&page_size=2&search=batch');
    expect(page1.body.count).toBe(5);
    expect(page1.body.results).toHaveLength(2);
    expect(page1.body.next).toContain('page=2');
    const page3 = await t.call('GET', '/api/projects?page=3&page_size=2&search=batch');
    expect(page3.body.results).toHaveLength(1);
    expect(page3.body.previous).toContain('page=2');
    expect((await t.call('GET', '/api/projects?page=9&page_size=2&search=batch')).status).toBe(404);
    const ordered = await t.call('GET', '/api/projects?ordering=title&search=batch');
    expect(ordered.body.results.map((p: { title: string }) => p.title)).toEqual([
      'Batch 0',
      'Batch 1',
      'Batch 2',
      'Batch 3',
      'Batch 4',
    ]);
  });

  it('rejects a malformed labeling config with its line and column', async () => {
    const res = await t.call('POST', '/api/projects', {
      body: { title: 'Bad', label_config: '<View>\n  <Text name="t" value="$t">\n</View>' },
    });
    expect(res.status).toBe(400);
    expect(res.body.validation_errors.label_config[0]).toMatch(/^line 3, column \d+: /);
    const v = await t.call('POST', '/api/projects/validate/', { body: { label_config: '<View><Header value="x"/></View>' } });
    expect(v.status).toBe(400);
    const ok = await t.call('POST', '/api/projects/validate', { body: { label_config: t.TEXT_CONFIG } });
    expect(ok.status).toBe(200);
  });

  it('names unknown and mistyped fields, and reports malformed JSON', async () => {
    const unknown = await t.call('POST', '/api/projects', { body: { title: 'x', colour: 'red' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.validation_errors).toHaveProperty('colour');
    const mistyped = await t.call('PATCH', '/api/projects/1', { body: { maximum_annotations: 'many' } });
    expect(mistyped.status).toBe(400);
    expect(mistyped.body.validation_errors).toHaveProperty('maximum_annotations');
    const broken = await t.call('POST', '/api/projects', { body: '{"title": "x",' });
    expect(broken.status).toBe(400);
    expect(broken.body.detail).toMatch(/JSON/);
    expect(broken.raw).not.toMatch(/at .*\.ts:\d+/);
  });

  it('keeps annotators to viewing: 403 on changes, 404 for projects that do not exist', async () => {
    const p = await t.createProject();
    const annotator = await t.addUser('annotator@example.com', 'annotator');
    expect((await t.call('GET', `/api/projects/${p.id}`, { token: annotator.token })).status).toBe(200);
    expect((await t.call('PATCH', `/api/projects/${p.id}`, { token: annotator.token, body: { title: 'mine' } })).status).toBe(
      403,
    );
    expect((await t.call('DELETE', `/api/projects/${p.id}`, { token: annotator.token })).status).toBe(403);
    expect((await t.call('POST', '/api/projects', { token: annotator.token, body: { title: 'x' } })).status).toBe(403);
    expect((await t.call('GET', '/api/projects/987654')).status).toBe(404);
  });

  it('deletes a project with all its tasks, annotations, predictions and drafts', async () => {
    const p = await t.createProject();
    const keep = await t.createProject({ title: 'Keep' });
    const body = [1, 2, 3].map((i) => ({
      data: { text: `t${i}` },
      annotations: [{ result: [{ from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['Positive'] } }] }],
      predictions: [{ result: [], score: 0.4 }],
    }));
    const imported = await t.call('POST', `/api/projects/${p.id}/import?return_task_ids=true`, { body });
    await t.call('POST', `/api/projects/${keep.id}/import`, { body: [{ text: 'kept' }] });
    await t.call('POST', `/api/tasks/${imported.body.task_ids[0]}/drafts`, { body: { result: [] } });
    const del = await t.call('DELETE', `/api/projects/${p.id}/`);
    expect(del.status).toBe(204);
    expect((await t.call('GET', `/api/projects/${p.id}`)).status).toBe(404);
    const k = t.db.kysely;
    for (const table of ['tasks', 'annotations', 'predictions', 'drafts'] as const) {
      const rows = await k.selectFrom(table).select('id').where('project_id', '=', p.id).execute();
      expect(rows, table).toHaveLength(0);
    }
    const orphans = await k
      .selectFrom('annotations')
      .leftJoin('tasks', 'tasks.id', 'annotations.task_id')
      .select('annotations.id')
      .where('tasks.id', 'is', null)
      .execute();
    expect(orphans).toHaveLength(0);
    expect((await t.call('GET', `/api/tasks?project=${keep.id}`)).body.total).toBe(1);
  });
});

describeEachDb('project creator', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('describes who created a project as Label Studio does', async () => {
    const manager = await t.addUser('maker@example.com', 'manager');
    const p = await t.createProject({}, manager.token);
    expect(p.created_by).toEqual({ id: manager.id, email: 'maker@example.com', first_name: '', last_name: '', avatar: null });
    const list = await t.call('GET', '/api/projects');
    expect(list.body.results[0].created_by.email).toBe('maker@example.com');
  });
});
