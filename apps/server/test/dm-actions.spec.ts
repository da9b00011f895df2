import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp } from './harness';

const choice = (value: string) => ({ from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: [value] } });
const gt0 = {
  conjunction: 'and',
  items: [{ filter: 'filter:tasks:total_annotations', operator: 'greater', type: 'Number', value: 0 }],
};

describeEachDb('Data Manager actions', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  /** A project of four tasks: two annotated (one also skipped), two with predictions of v1 / v2. */
  async function seed() {
    const p = await t.createProject();
    const res = await t.call('POST', `/api/projects/${p.id}/import?return_task_ids=true`, {
      body: [
        {
          data: { text: 'a' },
          annotations: [{ result: [choice('Positive')] }],
          predictions: [{ result: [choice('Negative')], model_version: 'v1', score: 0.5 }],
        },
        { data: { text: 'b' }, annotations: [{ result: [choice('Negative')] }, { result: [], was_cancelled: true }] },
        { data: { text: 'c' }, predictions: [{ result: [choice('Positive')], model_version: 'v2' }] },
        { data: { text: 'd' } },
      ],
    });
    expect(res.status).toBe(201);
    return { projectId: p.id, ids: res.body.task_ids as number[] };
  }
  const run = (projectId: number, id: string, body?: object, token?: string) =>
    t.call('POST', `/api/dm/actions?project=${projectId}&id=${id}`, { body, token });
  const project = async (id: number) => (await t.call('GET', `/api/projects/${id}`)).body;
  const task = async (id: number) => (await t.call('GET', `/api/tasks/${id}`)).body;

  it("lists the caller's actions in Label Studio's shape and order", async () => {
    const { projectId } = await seed();
    const res = await t.call('GET', `/api/dm/actions/?project=${projectId}`);
    expect(res.status).toBe(200);
    expect(res.body.map((a: { id: string }) => a.id)).toEqual([
      'add_data_field',
      'predictions_to_annotations',
      'remove_duplicates',
      'delete_tasks',
      'delete_tasks_annotations',
      'delete_tasks_predictions',
    ]);
    expect(res.body.find((a: { id: string }) => a.id === 'delete_tasks')).toEqual({
      id: 'delete_tasks',
      title: 'Delete Tasks',
      order: 100,
      permission: 'tasks.delete',
      experimental: false,
      reload: true,
      dialog: {
        title: 'Delete selected tasks',
        text: 'You are going to delete the selected tasks. Please confirm your action.',
        type: 'confirm',
      },
    });
    const p2a = res.body.find((a: { id: string }) => a.id === 'predictions_to_annotations');
    expect(p2a.dialog.form[0]).toMatchObject({ name: 'model_version', options: ['v1', 'v2'] });
    const annotator = await t.addUser(`list-${dialect}@example.com`, 'annotator');
    expect((await t.call('GET', `/api/dm/actions?project=${projectId}`, { token: annotator.token })).body).toEqual([]);
  });

  it('refuses destructive actions to annotators and reviewers, and unknown actions to anyone', async () => {
    const { projectId, ids } = await seed();
    const annotator = await t.addUser(`ann-${dialect}@example.com`, 'annotator');
    const reviewer = await t.addUser(`rev-${dialect}@example.com`, 'reviewer');
    for (const id of [
      'delete_tasks',
      'delete_tasks_annotations',
      'delete_tasks_predictions',
      'remove_duplicates',
      'predictions_to_annotations',
      'add_data_field',
    ]) {
      expect((await run(projectId, id, { selectedItems: { all: true } }, annotator.token)).status).toBe(403);
      expect((await run(projectId, id, { selectedItems: { all: true } }, reviewer.token)).status).toBe(403);
    }
    expect((await project(projectId)).task_number).toBe(4);
    const unknown = await run(projectId, 'explode', {});
    expect(unknown.status).toBe(400);
    expect(unknown.body.validation_errors.id[0]).toMatch(/unknown action "explode"/);
    const badFilter = await run(projectId, 'delete_tasks', {
      filters: { conjunction: 'and', items: [{ filter: 'filter:tasks:nope', operator: 'equal', value: 1 }] },
    });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.validation_errors.filters[0]).toMatch(/nope/);
    expect((await task(ids[0])).id).toBe(ids[0]);
  });

  it('delete_tasks: included, excluded and filtered selections keep the counters right', async () => {
    const { projectId, ids } = await seed();
    const included = await run(projectId, 'delete_tasks', { selectedItems: { all: false, included: [ids[3]] } });
    expect(included.body).toEqual({ processed_items: 1, reload: true, detail: 'Deleted 1 tasks' });
    expect(await project(projectId)).toMatchObject({
      task_number: 3,
      total_annotations_number: 2,
      skipped_annotations_number: 1,
      total_predictions_number: 2,
    });

    const filtered = await run(projectId, 'delete_tasks', { selectedItems: { all: true, excluded: [ids[1]] }, filters: gt0 });
    expect(filtered.body.processed_items).toBe(1);
    expect(await project(projectId)).toMatchObject({
      task_number: 2,
      total_annotations_number: 1,
      skipped_annotations_number: 1,
      total_predictions_number: 1,
      num_tasks_with_annotations: 1,
      finished_task_number: 1,
    });
    expect((await t.call('GET', `/api/tasks/${ids[0]}`)).status).toBe(404);

    await t.call('POST', '/api/dm/views', { body: { project: projectId, data: { title: 'Tab' } } });
    const all = await run(projectId, 'delete_tasks', { selectedItems: { all: true, excluded: [] } });
    expect(all.body.processed_items).toBe(2);
    expect(await project(projectId)).toMatchObject({
      task_number: 0,
      total_annotations_number: 0,
      skipped_annotations_number: 0,
      total_predictions_number: 0,
      num_tasks_with_annotations: 0,
      finished_task_number: 0,
    });
    // An emptied project starts over without tabs.
    expect((await t.call('GET', `/api/dm/views?project=${projectId}`)).body).toEqual([]);
  });

  it("delete_tasks through a view's filters", async () => {
    const { projectId, ids } = await seed();
    const view = await t.call('POST', '/api/dm/views', {
      body: { project: projectId, data: { title: 'Annotated', filters: gt0 } },
    });
    const res = await t.call('POST', `/api/dm/actions?project=${projectId}&id=delete_tasks&view=${view.body.id}`, { body: {} });
    expect(res.body.processed_items).toBe(2);
    const left = await t.call('GET', `/api/tasks?project=${projectId}`);
    expect(left.body.tasks.map((x: { id: number }) => x.id)).toEqual([ids[2], ids[3]]);
  });

  it('delete_tasks_annotations removes annotations and drafts, optionally of one annotator', async () => {
    const { projectId, ids } = await seed();
    await t.call('POST', `/api/tasks/${ids[3]}/drafts`, { body: { result: [choice('Positive')] } });
    const other = await t.addUser(`other-${dialect}@example.com`, 'annotator');
    await t.call('POST', `/api/tasks/${ids[2]}/annotations`, { body: { result: [choice('Positive')] }, token: other.token });
    const one = await run(projectId, 'delete_tasks_annotations', { selectedItems: { all: true }, annotator: other.id });
    expect(one.body).toEqual({ processed_items: 1, detail: 'Deleted 1 annotations' });
    expect(await project(projectId)).toMatchObject({ total_annotations_number: 2, num_tasks_with_annotations: 2 });
    const res = await run(projectId, 'delete_tasks_annotations', { selectedItems: { all: false, included: ids } });
    expect(res.body.processed_items).toBe(3);
    expect(await project(projectId)).toMatchObject({
      task_number: 4,
      total_annotations_number: 0,
      skipped_annotations_number: 0,
      num_tasks_with_annotations: 0,
      finished_task_number: 0,
      total_predictions_number: 2,
    });
    expect(await task(ids[1])).toMatchObject({
      total_annotations: 0,
      cancelled_annotations: 0,
      is_labeled: false,
      annotations: [],
    });
    expect((await task(ids[3])).drafts).toEqual([]);
  });

  it('delete_tasks_predictions', async () => {
    const { projectId, ids } = await seed();
    const res = await run(projectId, 'delete_tasks_predictions', { selectedItems: { all: false, included: [ids[0]] } });
    expect(res.body).toEqual({ processed_items: 1, detail: 'Deleted 1 predictions' });
    expect(await project(projectId)).toMatchObject({ total_predictions_number: 1 });
    expect((await task(ids[0])).total_predictions).toBe(0);
    await run(projectId, 'delete_tasks_predictions', {});
    expect(await project(projectId)).toMatchObject({ total_predictions_number: 0 });
  });

  it('predictions_to_annotations copies the chosen model version, owned by the caller', async () => {
    const { projectId, ids } = await seed();
    const res = await run(projectId, 'predictions_to_annotations', { selectedItems: { all: true }, model_version: 'v2' });
    expect(res.body).toEqual({ processed_items: 1, detail: 'Created 1 annotations' });
    const c = await task(ids[2]);
    expect(c).toMatchObject({ total_annotations: 1, is_labeled: true });
    expect(c.annotations[0]).toMatchObject({
      result: [choice('Positive')],
      completed_by: t.owner.id,
      parent_prediction: c.predictions[0].id,
    });
    expect(await project(projectId)).toMatchObject({
      total_annotations_number: 3,
      num_tasks_with_annotations: 3,
      finished_task_number: 3,
    });
    // The legacy SDK sends a list of model versions.
    expect(
      (await run(projectId, 'predictions_to_annotations', { selectedItems: { all: true }, model_version: ['v2', 'nope'] })).body
        .processed_items,
    ).toBe(1);
    expect((await task(ids[2])).total_annotations).toBe(2);
    // Without a model version, every task's newest prediction.
    const all = await run(projectId, 'predictions_to_annotations', { selectedItems: { all: false, included: [ids[0], ids[3]] } });
    expect(all.body.processed_items).toBe(1);
    expect((await task(ids[0])).total_annotations).toBe(2);
  });

  it('remove_duplicates keeps the annotated copy and moves the others’ work onto it', async () => {
    const p = await t.createProject();
    const res = await t.call('POST', `/api/projects/${p.id}/import?return_task_ids=true`, {
      body: [
        { data: { text: 'same' } },
        { data: { text: 'same' }, annotations: [{ result: [choice('Positive')] }] },
        { data: { text: 'other' } },
        {
          data: { text: 'same' },
          annotations: [{ result: [choice('Negative')] }],
          predictions: [{ result: [], model_version: 'm' }],
        },
      ],
    });
    const ids: number[] = res.body.task_ids;
    const out = await run(p.id, 'remove_duplicates', { selectedItems: { all: true } });
    expect(out.body).toEqual({ processed_items: 2, reload: true, detail: 'Removed 2 tasks' });
    const left = await t.call('GET', `/api/tasks?project=${p.id}`);
    expect(left.body.tasks.map((x: { id: number }) => x.id)).toEqual([ids[1], ids[2]]);
    expect(await task(ids[1])).toMatchObject({ total_annotations: 2, total_predictions: 1 });
    expect(await project(p.id)).toMatchObject({
      task_number: 2,
      total_annotations_number: 2,
      total_predictions_number: 1,
      num_tasks_with_annotations: 1,
      finished_task_number: 1,
    });
    expect((await run(p.id, 'remove_duplicates', {})).body.processed_items).toBe(0);
  });

  it('add_data_field sets a data field on the selected tasks', async () => {
    const { projectId, ids } = await seed();
    const res = await run(projectId, 'add_data_field', {
      selectedItems: { all: true },
      filters: gt0,
      value_name: 'split',
      value_type: 'String',
      value: 'train',
    });
    expect(res.body).toEqual({ processed_items: 2, detail: 'Updated 2 tasks' });
    expect((await task(ids[0])).data).toEqual({ text: 'a', split: 'train' });
    expect((await task(ids[2])).data).toEqual({ text: 'c' });
    await run(projectId, 'add_data_field', {
      selectedItems: { all: false, included: [ids[0]] },
      value_name: 'split',
      value_type: 'Number',
      value: '3',
    });
    expect((await task(ids[0])).data).toEqual({ text: 'a', split: 3 });
    const filtered = await t.call(
      'GET',
      `/api/tasks?project=${projectId}&query=${encodeURIComponent(JSON.stringify({ filters: { conjunction: 'and', items: [{ filter: 'filter:tasks:data.split', operator: 'equal', type: 'String', value: 'train' }] } }))}`,
    );
    expect(filtered.body.tasks.map((x: { id: number }) => x.id)).toEqual([ids[1]]);
    expect((await run(projectId, 'add_data_field', { value_name: 'x', value_type: 'Expression', value: '1+1' })).status).toBe(
      400,
    );
    expect((await run(projectId, 'add_data_field', { value_name: '', value: 1 })).status).toBe(400);
    expect((await run(projectId, 'add_data_field', { value_name: 'n', value_type: 'Number', value: 'abc' })).status).toBe(400);
  });
});
