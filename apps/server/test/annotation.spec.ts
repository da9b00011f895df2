import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp } from './harness';

const choice = (value: string) => ({
  id: 'r1',
  from_name: 'sentiment',
  to_name: 'text',
  type: 'choices',
  value: { choices: [value] },
});

describeEachDb('annotations, predictions, drafts and the label stream', (dialect) => {
  let t: TestApp;
  let projectId: number;
  let taskIds: number[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    projectId = (await t.createProject({ maximum_annotations: 2 })).id;
    const res = await t.call('POST', `/api/projects/${projectId}/import?return_task_ids=true`, {
      body: [{ text: 'a' }, { text: 'b' }, { text: 'c' }],
    });
    taskIds = res.body.task_ids;
  });

  const project = async () => (await t.call('GET', `/api/projects/${projectId}`)).body;
  const task = async (id: number) => (await t.call('GET', `/api/tasks/${id}`)).body;

  it('creates, updates and deletes annotations with exact result round trips and counters', async () => {
    const result = [{ ...choice('Positive'), origin: 'manual', score: null }];
    const created = await t.call('POST', `/api/tasks/${taskIds[0]}/annotations/?project=${projectId}`, {
      body: { result, lead_time: 1.25 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      result,
      lead_time: 1.25,
      task: taskIds[0],
      project: projectId,
      completed_by: t.owner.id,
      last_action: 'submitted',
    });
    expect(await task(taskIds[0])).toMatchObject({ total_annotations: 1, is_labeled: false });

    const second = await t.addUser(`second-${dialect}-${Date.now()}@example.com`, 'annotator');
    await t.call('POST', `/api/tasks/${taskIds[0]}/annotations`, { token: second.token, body: { result: [choice('Negative')] } });
    expect(await task(taskIds[0])).toMatchObject({ total_annotations: 2, is_labeled: true });
    expect(await project()).toMatchObject({
      total_annotations_number: 2,
      finished_task_number: 1,
      num_tasks_with_annotations: 1,
    });

    const updated = await t.call('PATCH', `/api/annotations/${created.body.id}/`, { body: { result: [choice('Negative')] } });
    expect(updated.body).toMatchObject({ result: [choice('Negative')], last_action: 'updated' });
    expect((await t.call('GET', `/api/annotations/${created.body.id}`)).body.result).toEqual([choice('Negative')]);
    const list = await t.call('GET', `/api/tasks/${taskIds[0]}/annotations`);
    expect(list.body).toHaveLength(2);

    // Annotators may not change someone else's work.
    expect(
      (await t.call('PATCH', `/api/annotations/${created.body.id}`, { token: second.token, body: { result: [] } })).status,
    ).toBe(403);

    expect((await t.call('DELETE', `/api/annotations/${created.body.id}`)).status).toBe(204);
    expect(await task(taskIds[0])).toMatchObject({ total_annotations: 1, is_labeled: false });
    expect(await project()).toMatchObject({ total_annotations_number: 1, finished_task_number: 0 });
  });

  it('counts a skip as a cancelled annotation', async () => {
    const skip = await t.call('POST', `/api/tasks/${taskIds[1]}/annotations`, { body: { result: [], was_cancelled: true } });
    expect(skip.body).toMatchObject({ was_cancelled: true, last_action: 'skipped' });
    expect(await task(taskIds[1])).toMatchObject({ cancelled_annotations: 1, total_annotations: 0 });
    expect(await project()).toMatchObject({ skipped_annotations_number: 1, total_annotations_number: 0 });
    await t.call('PATCH', `/api/annotations/${skip.body.id}`, { body: { was_cancelled: false, result: [choice('Positive')] } });
    expect(await project()).toMatchObject({ skipped_annotations_number: 0, total_annotations_number: 1 });
  });

  it('recounts finished tasks when maximum_annotations changes', async () => {
    await t.call('POST', `/api/tasks/${taskIds[0]}/annotations`, { body: { result: [choice('Positive')] } });
    expect((await project()).finished_task_number).toBe(0);
    await t.call('PATCH', `/api/projects/${projectId}`, { body: { maximum_annotations: 1 } });
    expect((await project()).finished_task_number).toBe(1);
    expect(await task(taskIds[0])).toMatchObject({ is_labeled: true, overlap: 1 });
  });

  it('creates, lists, updates and deletes predictions', async () => {
    const created = await t.call('POST', '/api/predictions/', {
      body: { task: taskIds[2], result: [choice('Positive')], score: 0.75, model_version: 'bert' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      task: taskIds[2],
      project: projectId,
      score: 0.75,
      model_version: 'bert',
      result: [choice('Positive')],
    });
    expect((await t.call('GET', `/api/predictions?task=${taskIds[2]}`)).body).toHaveLength(1);
    expect((await t.call('GET', `/api/predictions?project=${projectId}`)).body).toHaveLength(1);
    const patched = await t.call('PATCH', `/api/predictions/${created.body.id}`, { body: { score: 0.1 } });
    expect(patched.body.score).toBe(0.1);
    expect((await task(taskIds[2])).total_predictions).toBe(1);
    expect((await t.call('DELETE', `/api/predictions/${created.body.id}/`)).status).toBe(204);
    expect((await task(taskIds[2])).total_predictions).toBe(0);
    expect((await project()).total_predictions_number).toBe(0);
    const missing = await t.call('POST', '/api/predictions', { body: { result: [] } });
    expect(missing.status).toBe(400);
    expect(missing.body.validation_errors).toHaveProperty('task');
  });

  it('saves drafts per user and drops them on submit', async () => {
    const d = await t.call('POST', `/api/tasks/${taskIds[0]}/drafts`, { body: { result: [choice('Positive')], lead_time: 2 } });
    expect(d.status).toBe(201);
    expect((await t.call('PATCH', `/api/drafts/${d.body.id}`, { body: { result: [choice('Negative')] } })).body.result).toEqual([
      choice('Negative'),
    ]);
    expect((await task(taskIds[0])).drafts).toHaveLength(1);
    const other = await t.addUser(`drafts-${dialect}-${Date.now()}@example.com`, 'annotator');
    expect((await t.call('GET', `/api/tasks/${taskIds[0]}/drafts`, { token: other.token })).body).toHaveLength(0);
    expect((await t.call('GET', `/api/drafts/${d.body.id}`, { token: other.token })).status).toBe(403);
    const a = await t.call('POST', `/api/tasks/${taskIds[0]}/annotations`, {
      body: { result: [choice('Negative')], draft_id: d.body.id },
    });
    expect(a.body.draft_created_at).toBe(d.body.created_at);
    expect((await task(taskIds[0])).drafts).toHaveLength(0);
    expect((await t.call('GET', `/api/drafts/${d.body.id}`)).status).toBe(404);
  });

  it('serves the next task in sequence, skipping what this user already did', async () => {
    const n1 = await t.call('GET', `/api/projects/${projectId}/next`);
    expect(n1.status).toBe(200);
    expect(n1.body.id).toBe(taskIds[0]);
    expect(typeof n1.body.queue).toBe('string');
    await t.call('POST', `/api/tasks/${taskIds[0]}/annotations`, { body: { result: [choice('Positive')] } });
    expect((await t.call('GET', `/api/projects/${projectId}/next/`)).body.id).toBe(taskIds[1]);
    await t.call('POST', `/api/tasks/${taskIds[1]}/annotations`, { body: { was_cancelled: true } });
    expect((await t.call('GET', `/api/projects/${projectId}/next`)).body.id).toBe(taskIds[2]);
    // Another annotator still gets the first task: it needs two annotations.
    const other = await t.addUser(`next-${dialect}-${Date.now()}@example.com`, 'annotator');
    expect((await t.call('GET', `/api/projects/${projectId}/next`, { token: other.token })).body.id).toBe(taskIds[0]);
    await t.call('POST', `/api/tasks/${taskIds[2]}/annotations`, { body: { result: [] } });
    expect((await t.call('GET', `/api/projects/${projectId}/next`)).status).toBe(404);
  });
});
