import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp } from './harness';

const choice = (value: string) => ({ id: 'r1', from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: [value] } });

describeEachDb('export', (dialect) => {
  let t: TestApp;
  let projectId: number;
  let ids: number[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    projectId = (await t.createProject()).id;
    const body = Array.from({ length: 1200 }, (_, i) => ({ text: `t${i}` })) as object[];
    body[3] = { data: { text: 'annotated' }, annotations: [{ result: [choice('Positive')], lead_time: 4 }] };
    body[1100] = { data: { text: 'skipped' }, annotations: [{ result: [], was_cancelled: true }] };
    ids = (await t.call('POST', `/api/projects/${projectId}/import?return_task_ids=true`, { body })).body.task_ids;
  });
  afterAll(() => t.close());

  it('exports annotated tasks as Label Studio JSON by default', async () => {
    const res = await t.call('GET', `/api/projects/${projectId}/export?exportType=JSON`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="project-\d+-at-.*\.json"/);
    expect(res.body.map((x: { id: number }) => x.id)).toEqual([ids[3], ids[1100]]);
    expect(res.body[0]).toMatchObject({ id: ids[3], data: { text: 'annotated' }, project: projectId, total_annotations: 1 });
    expect(res.body[0].annotations[0]).toMatchObject({ result: [choice('Positive')], lead_time: 4, completed_by: t.owner.id });
  });

  it('exports every task across stream pages with download_all_tasks', async () => {
    const res = await t.call('GET', `/api/projects/${projectId}/export?export_type=JSON&download_all_tasks=true`);
    expect(res.body).toHaveLength(1200);
    expect(res.body[1199].data.text).toBe('t1199');
  });

  it('exports JSON_MIN as the Label Studio converter does', async () => {
    const res = await t.call('GET', `/api/projects/${projectId}/export?exportType=JSON_MIN`);
    // The skipped annotation produces no record; single choices flatten to a string.
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ text: 'annotated', id: ids[3], sentiment: 'Positive', annotator: t.owner.id, lead_time: 4 });
    expect(res.body[0].annotation_id).toBeTypeOf('number');
  });

  it('filters by ids[]', async () => {
    const res = await t.call('GET', `/api/projects/${projectId}/export?exportType=JSON&ids[]=${ids[5]}&ids[]=${ids[6]}`);
    expect(res.body.map((x: { id: number }) => x.id)).toEqual([ids[5], ids[6]]);
  });

  it('answers 400 listing the supported formats for an unknown one', async () => {
    const res = await t.call('GET', `/api/projects/${projectId}/export?exportType=PARQUET`);
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain('JSON_MIN');
    const formats = await t.call('GET', `/api/projects/${projectId}/export/formats`);
    expect(formats.body.map((f: { name: string }) => f.name)).toEqual(['JSON', 'JSON_MIN']);
  });
});
