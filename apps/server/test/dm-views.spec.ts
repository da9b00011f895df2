import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp } from './harness';

const viewData = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  type: 'list',
  target: 'tasks',
  filters: { conjunction: 'and', items: [] },
  ordering: ['-tasks:id'],
  hiddenColumns: { explore: ['tasks:inner_id'], labeling: ['tasks:data.text'] },
  columnsWidth: { 'tasks:id': 80 },
  columnsDisplayType: {},
  gridWidth: 4,
  ...extra,
});

describeEachDb('Data Manager views and columns', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('creates, lists, reads, patches, replaces and deletes views in Label Studio shape', async () => {
    const p = await t.createProject();
    const created = await t.call('POST', '/api/dm/views/', { body: { project: p.id, data: viewData('Tab 1') } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      project: p.id,
      user: t.owner.id,
      order: 0,
      data: viewData('Tab 1'),
      ordering: ['-tasks:id'],
      selected_items: null,
    });
    const second = await t.call('POST', '/api/dm/views', { body: { project: p.id, data: viewData('Tab 2', { type: 'grid' }) } });
    expect(second.body.order).toBe(1);

    const listed = await t.call('GET', `/api/dm/views?project=${p.id}`);
    expect(listed.body.map((v: { data: { title: string } }) => v.data.title)).toEqual(['Tab 1', 'Tab 2']);
    expect((await t.call('GET', `/api/dm/views/${created.body.id}/`)).body.data.title).toBe('Tab 1');

    const patched = await t.call('PATCH', `/api/dm/views/${created.body.id}`, {
      body: {
        data: viewData('Renamed', {
          filters: {
            conjunction: 'or',
            items: [{ filter: 'filter:tasks:total_annotations', operator: 'greater', type: 'Number', value: 0 }],
          },
        }),
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({ title: 'Renamed', filters: { conjunction: 'or' } });
    expect(patched.body.order).toBe(0);

    const put = await t.call('PUT', `/api/dm/views/${second.body.id}`, {
      body: { project: p.id, data: { title: 'Only title' }, selected_items: { all: false, included: [1] } },
    });
    expect(put.body).toMatchObject({ data: { title: 'Only title' }, selected_items: { all: false, included: [1] } });
    expect(put.body.data.filters).toBeUndefined();

    expect((await t.call('DELETE', `/api/dm/views/${second.body.id}`)).status).toBe(204);
    expect((await t.call('GET', `/api/dm/views/${second.body.id}`)).status).toBe(404);
    expect((await t.call('GET', `/api/dm/views?project=${p.id}`)).body).toHaveLength(1);
  });

  it('reorders views and resets a project', async () => {
    const p = await t.createProject();
    const ids: number[] = [];
    for (const title of ['A', 'B', 'C'])
      ids.push((await t.call('POST', '/api/dm/views', { body: { project: p.id, data: viewData(title) } })).body.id);
    const order = await t.call('POST', '/api/dm/views/order/', { body: { project: p.id, ids: [ids[2], ids[0], ids[1]] } });
    expect(order.status).toBe(200);
    const listed = await t.call('GET', `/api/dm/views?project=${p.id}`);
    expect(listed.body.map((v: { data: { title: string }; order: number }) => [v.data.title, v.order])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B', 2],
    ]);
    // The generated SDK sends the project in the body; the UI in the query.
    expect((await t.call('DELETE', '/api/dm/views/reset/', { body: { project: p.id } })).status).toBe(204);
    expect((await t.call('GET', `/api/dm/views?project=${p.id}`)).body).toEqual([]);
    await t.call('POST', '/api/dm/views', { body: { project: p.id, data: viewData('D') } });
    expect((await t.call('DELETE', `/api/dm/views/reset?project=${p.id}`)).status).toBe(204);
    expect((await t.call('GET', `/api/dm/views?project=${p.id}`)).body).toEqual([]);
    expect((await t.call('DELETE', '/api/dm/views/reset')).status).toBe(400);
  });

  it("lists tasks through a view's filters and ordering; the view wins over query", async () => {
    const p = await t.createProject();
    const taskIds: number[] = (
      await t.call('POST', `/api/projects/${p.id}/import?return_task_ids=true`, {
        body: [{ text: 'one' }, { text: 'two' }, { text: 'three' }],
      })
    ).body.task_ids;
    const view = await t.call('POST', '/api/dm/views', {
      body: {
        project: p.id,
        data: viewData('T', {
          filters: {
            conjunction: 'and',
            items: [{ filter: 'filter:tasks:data.text', operator: 'contains', type: 'String', value: 't' }],
          },
          ordering: ['-tasks:id'],
        }),
      },
    });
    const query = encodeURIComponent(
      JSON.stringify({
        filters: {
          conjunction: 'and',
          items: [{ filter: 'filter:tasks:id', operator: 'equal', type: 'Number', value: taskIds[0] }],
        },
      }),
    );
    const res = await t.call('GET', `/api/tasks?project=${p.id}&view=${view.body.id}&query=${query}`);
    expect(res.status).toBe(200);
    expect(res.body.tasks.map((x: { id: number }) => x.id)).toEqual([taskIds[2], taskIds[1]]);
    expect(res.body.total).toBe(2);
    // Without project, the view names it.
    expect((await t.call('GET', `/api/tasks?view=${view.body.id}`)).body.total).toBe(2);
    const other = await t.createProject();
    expect((await t.call('GET', `/api/tasks?project=${other.id}&view=${view.body.id}`)).status).toBe(400);
  });

  it('refuses views with filters it cannot apply, naming them', async () => {
    const p = await t.createProject();
    const bad = await t.call('POST', '/api/dm/views', {
      body: {
        project: p.id,
        data: viewData('X', {
          filters: { conjunction: 'and', items: [{ filter: 'filter:tasks:bogus', operator: 'equal', type: 'String', value: 1 }] },
        }),
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.validation_errors['data.filters'][0]).toMatch(/bogus/);
    const badOrder = await t.call('POST', '/api/dm/views', {
      body: { project: p.id, data: viewData('X', { ordering: ['tasks:nope'] }) },
    });
    expect(badOrder.body.validation_errors['data.ordering'][0]).toMatch(/nope/);
    expect((await t.call('POST', '/api/dm/views', { body: { data: viewData('X') } })).status).toBe(400);
  });

  it('lets annotators read views but not change them; other organizations see nothing', async () => {
    const p = await t.createProject();
    const v = await t.call('POST', '/api/dm/views', { body: { project: p.id, data: viewData('Mine') } });
    const annotator = await t.addUser(`ann-${dialect}@example.com`, 'annotator');
    expect((await t.call('GET', `/api/dm/views?project=${p.id}`, { token: annotator.token })).body).toHaveLength(1);
    expect((await t.call('POST', '/api/dm/views', { body: { project: p.id, data: {} }, token: annotator.token })).status).toBe(
      403,
    );
    expect((await t.call('PATCH', `/api/dm/views/${v.body.id}`, { body: { data: {} }, token: annotator.token })).status).toBe(
      403,
    );
    expect((await t.call('DELETE', `/api/dm/views/${v.body.id}`, { token: annotator.token })).status).toBe(403);
    expect((await t.call('GET', `/api/dm/views/${v.body.id}`, { token: null })).status).toBe(401);
    expect((await t.call('GET', '/api/dm/views/999999')).status).toBe(404);
  });

  it('lists columns: config data keys, imported keys, then task columns and the data root', async () => {
    const p = await t.createProject({
      label_config:
        '<View><Image name="img" value="$image"/><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="A"/></Choices></View>',
    });
    await t.call('POST', `/api/projects/${p.id}/import`, { body: [{ image: 'http://x/1.png', text: 'a', extra: 1 }] });
    await t.call('POST', `/api/projects/${p.id}/import/predictions`, { body: [] }).catch(() => undefined);
    const res = await t.call('GET', `/api/dm/columns/?project=${p.id}`);
    expect(res.status).toBe(200);
    const cols: {
      id: string;
      type: string;
      parent?: string;
      children?: string[];
      visibility_defaults?: object;
      schema?: { items: unknown[] };
    }[] = res.body.columns;
    expect(cols.slice(0, 3)).toEqual([
      {
        id: 'image',
        title: 'image',
        type: 'Image',
        target: 'tasks',
        parent: 'data',
        visibility_defaults: { explore: true, labeling: true },
        project_defined: true,
      },
      {
        id: 'text',
        title: 'text',
        type: 'String',
        target: 'tasks',
        parent: 'data',
        visibility_defaults: { explore: true, labeling: true },
        project_defined: true,
      },
      {
        id: 'extra',
        title: 'extra',
        type: 'Unknown',
        target: 'tasks',
        parent: 'data',
        visibility_defaults: { explore: true, labeling: false },
        project_defined: true,
      },
    ]);
    expect(cols.find((c) => c.id === 'id')).toMatchObject({
      title: 'ID',
      type: 'Number',
      help: 'Task ID',
      visibility_defaults: { explore: true, labeling: false },
      project_defined: false,
    });
    expect(cols.find((c) => c.id === 'annotators')?.schema?.items).toContain(t.owner.id);
    expect(cols.at(-1)).toEqual({
      id: 'data',
      title: 'data',
      type: 'List',
      target: 'tasks',
      children: ['image', 'text', 'extra'],
      project_defined: false,
    });
    for (const id of [
      'inner_id',
      'completed_at',
      'total_annotations',
      'cancelled_annotations',
      'total_predictions',
      'predictions_score',
      'predictions_model_versions',
      'file_upload',
      'storage_filename',
      'created_at',
      'updated_at',
      'updated_by',
      'avg_lead_time',
      'draft_exists',
    ])
      expect(cols.map((c) => c.id)).toContain(id);
    expect((await t.call('GET', '/api/dm/columns')).status).toBe(400);
  });
});
