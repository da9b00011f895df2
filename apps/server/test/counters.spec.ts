import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp } from './harness';

describeEachDb('counters under concurrent writes', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('keeps task and project counters exact when many annotators submit the same task at once', async () => {
    const project = await t.createProject({ maximum_annotations: 5 });
    const imported = await t.call('POST', `/api/projects/${project.id}/import?return_task_ids=true`, {
      body: [{ text: 'hot' }, { text: 'cold' }],
    });
    const [hot] = imported.body.task_ids;
    const users = await Promise.all(Array.from({ length: 12 }, (_, i) => t.addUser(`c${i}-${dialect}@example.com`, 'annotator')));
    const results = await Promise.all(
      users.map((u, i) =>
        t.call('POST', `/api/tasks/${hot}/annotations`, { token: u.token, body: { result: [], was_cancelled: i % 4 === 0 } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(users.map(() => 201));
    const task = (await t.call('GET', `/api/tasks/${hot}`)).body;
    expect(task).toMatchObject({ total_annotations: 9, cancelled_annotations: 3, is_labeled: true });
    const p = (await t.call('GET', `/api/projects/${project.id}`)).body;
    expect(p).toMatchObject({
      total_annotations_number: 9,
      skipped_annotations_number: 3,
      num_tasks_with_annotations: 1,
      finished_task_number: 1,
    });
  });
});
