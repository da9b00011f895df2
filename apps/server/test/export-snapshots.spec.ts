import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { unzip } from '../src/platform/zip/zip';
import { Repositories } from '../src/repositories';
import { createTestApp, describeEachDb, type TestApp } from './harness';

const choice = (value: string) => ({
  id: 'r1',
  from_name: 'sentiment',
  to_name: 'text',
  type: 'choices',
  value: { choices: [value] },
});

interface SnapshotBody {
  id: number;
  status: string;
  md5: string;
  counters: Record<string, number>;
  converted_formats: { id: number; status: string; export_type: string; traceback: string | null }[];
  [k: string]: unknown;
}

async function download(t: TestApp, url: string, token?: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Token ${token ?? t.owner.token}` } });
  return { status: res.statusCode, headers: res.headers, body: res.rawPayload, text: () => res.rawPayload.toString('utf8') };
}

describeEachDb('export snapshots', (dialect) => {
  let t: TestApp;
  let projectId: number;
  let ids: number[];
  const base = () => `/api/projects/${projectId}/exports`;

  /** Polls a snapshot until its background work is done. */
  async function settled(id: number): Promise<SnapshotBody> {
    await t.app.services.exportSnapshots.settled(id);
    const res = await t.call('GET', `${base()}/${id}`);
    expect(res.status).toBe(200);
    return res.body;
  }

  async function snapshot(body: Record<string, unknown> = {}): Promise<SnapshotBody> {
    const res = await t.call('POST', base(), { body });
    expect(res.status).toBe(201);
    return settled(res.body.id);
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    projectId = (await t.createProject()).id;
    ids = (
      await t.call('POST', `/api/projects/${projectId}/import?return_task_ids=true`, {
        body: [
          { data: { text: 'one' }, annotations: [{ result: [choice('Positive')] }] },
          { data: { text: 'two' }, annotations: [{ result: [], was_cancelled: true }] },
          { data: { text: 'three' }, annotations: [{ result: [choice('Negative')], ground_truth: true }] },
          { data: { text: 'four' } },
        ],
      })
    ).body.task_ids;
  });
  afterAll(() => t.close());

  it('creates a snapshot in the background and reports its status', async () => {
    const res = await t.call('POST', base(), { body: { title: 'First' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ title: 'First', status: 'created', md5: '', converted_formats: [] });
    expect(res.body.created_by).toMatchObject({ id: t.owner.id, email: t.owner.email });
    const done = await settled(res.body.id);
    expect(done.status).toBe('completed');
    expect(done.finished_at).toEqual(expect.any(String));
    // Label Studio's defaults: every task, the usual annotations only.
    expect(done.counters).toEqual({ task_number: 4 });

    const file = await download(t, `${base()}/${done.id}/download`);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toMatch(
      /^attachment; filename="project-\d+-at-\d{4}-\d\d-\d\d-\d\d-\d\d-[0-9a-f]{8}\.json"$/,
    );
    expect(crypto.createHash('md5').update(file.body).digest('hex')).toBe(done.md5);
    const tasks = JSON.parse(file.text());
    expect(tasks.map((x: { id: number }) => x.id)).toEqual(ids);
    expect(tasks.map((x: { annotations: unknown[] }) => x.annotations.length)).toEqual([1, 0, 0, 0]);

    const list = await t.call('GET', base());
    expect(list.status).toBe(200);
    expect(list.body[0]).toMatchObject({ id: done.id, status: 'completed', title: 'First' });
    // The JSON lies in the data dir's file store.
    const dir = path.join(t.config.dataDir, 'export', String(projectId));
    expect(fs.readdirSync(dir).some((f) => f.startsWith(`${done.id}-`) && f.endsWith('.json'))).toBe(true);
  });

  it('applies task and annotation filter options and serialization options', async () => {
    const all = await snapshot({ annotation_filter_options: { usual: true, skipped: true, ground_truth: true } });
    const allTasks = JSON.parse((await download(t, `${base()}/${all.id}/download`)).text());
    expect(allTasks.map((x: { annotations: unknown[] }) => x.annotations.length)).toEqual([1, 1, 1, 0]);

    const onlyAnnotated = await snapshot({
      task_filter_options: { only_with_annotations: true, skipped: 'exclude' },
      annotation_filter_options: { ground_truth: true, usual: false },
    });
    expect(onlyAnnotated.counters).toEqual({ task_number: 2 });
    const tasks = JSON.parse((await download(t, `${base()}/${onlyAnnotated.id}/download`)).text());
    expect(tasks.map((x: { id: number }) => x.id)).toEqual([ids[0], ids[2]]);
    expect(tasks[1].annotations[0].ground_truth).toBe(true);
    expect(tasks[0].annotations).toEqual([]);

    const users = await snapshot({
      serialization_options: { annotations__completed_by: { only_id: false }, predictions: { only_id: true } },
    });
    const withUsers = JSON.parse((await download(t, `${base()}/${users.id}/download`)).text());
    expect(withUsers[0].annotations[0].completed_by).toMatchObject({ id: t.owner.id, email: t.owner.email });
  });

  it('keeps its frozen content when annotations change later', async () => {
    const before = await snapshot({ title: 'v1' });
    const beforeJson = (await download(t, `${base()}/${before.id}/download`)).text();
    const beforeCsv = (await download(t, `${base()}/${before.id}/download?exportType=CSV`)).text();
    expect(beforeCsv).toContain('"Positive"');

    const task = await t.call('GET', `/api/tasks/${ids[0]}/annotations`);
    const annotationId = task.body[0].id;
    expect((await t.call('PATCH', `/api/annotations/${annotationId}`, { body: { result: [choice('Negative')] } })).status).toBe(
      200,
    );
    expect((await t.call('POST', `/api/tasks/${ids[3]}/annotations`, { body: { result: [choice('Positive')] } })).status).toBe(
      201,
    );

    // The old snapshot is unchanged, in JSON and in any format converted from it.
    const again = await settled(before.id);
    expect(again.md5).toBe(before.md5);
    expect((await download(t, `${base()}/${before.id}/download`)).text()).toBe(beforeJson);
    expect((await download(t, `${base()}/${before.id}/download?exportType=CSV`)).text()).toBe(beforeCsv);

    // A new one sees the change.
    const after = await snapshot({ title: 'v2' });
    expect(after.md5).not.toBe(before.md5);
    const afterMin = JSON.parse((await download(t, `${base()}/${after.id}/download?exportType=JSON_MIN`)).text());
    expect(afterMin.find((r: { id: number }) => r.id === ids[0]).sentiment).toBe('Negative');
    expect(afterMin.find((r: { id: number }) => r.id === ids[3]).sentiment).toBe('Positive');
  });

  it('converts a snapshot to another format and serves the stored conversion', async () => {
    const snap = await snapshot();
    const res = await t.call('POST', `${base()}/${snap.id}/convert`, { body: { export_type: 'csv' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ export_type: 'CSV', converted_format: 1 });
    const done = await settled(snap.id);
    expect(done.converted_formats).toEqual([{ id: 1, status: 'completed', export_type: 'CSV', traceback: null }]);
    const csv = await download(t, `${base()}/${snap.id}/download?exportType=CSV`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/filename="project-\d+-at-.*\.csv"$/);
    expect(csv.text().split('\n')[0]).toContain('"sentiment"');
    // Converting again reuses the conversion.
    expect((await t.call('POST', `${base()}/${snap.id}/convert`, { body: { export_type: 'CSV' } })).body.converted_format).toBe(
      1,
    );

    expect((await t.call('POST', `${base()}/${snap.id}/convert`, { body: { export_type: 'COCO' } })).status).toBe(400);
    expect((await t.call('POST', `${base()}/${snap.id}/convert`, { body: { export_type: 'NOPE' } })).status).toBe(400);
    expect((await download(t, `${base()}/${snap.id}/download?exportType=YOLO`)).status).toBe(400);
  });

  it('zips multi-file formats converted from a snapshot', async () => {
    const config =
      '<View><Image name="image" value="$image"/><RectangleLabels name="label" toName="image"><Label value="Car"/></RectangleLabels></View>';
    const image = (await t.createProject({ title: 'img', label_config: config })).id;
    const box = {
      id: 'b',
      from_name: 'label',
      to_name: 'image',
      type: 'rectanglelabels',
      original_width: 100,
      original_height: 50,
      value: { x: 10, y: 10, width: 20, height: 20, rotation: 0, rectanglelabels: ['Car'] },
    };
    await t.call('POST', `/api/projects/${image}/import`, {
      body: [{ data: { image: '/data/upload/1/a.jpg' }, annotations: [{ result: [box] }] }],
    });
    const created = await t.call('POST', `/api/projects/${image}/exports`, { body: {} });
    await t.app.services.exportSnapshots.settled(created.body.id);
    await t.call('POST', `/api/projects/${image}/exports/${created.body.id}/convert`, { body: { export_type: 'YOLO' } });
    await t.app.services.exportSnapshots.settled(created.body.id);
    const res = await download(t, `/api/projects/${image}/exports/${created.body.id}/download?exportType=YOLO`);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzip(res.body);
    expect(files.get('labels/a.txt')!.toString()).toBe('0 0.2 0.2 0.2 0.2\n');
    const voc = await download(t, `/api/projects/${image}/exports/${created.body.id}/download?export_type=VOC`);
    expect(unzip(voc.body).get('Annotations/a.xml')!.toString()).toContain('<name>Car</name>');
  });

  it('deletes a snapshot and its files', async () => {
    const snap = await snapshot();
    await t.call('POST', `${base()}/${snap.id}/convert`, { body: { export_type: 'JSON_MIN' } });
    await settled(snap.id);
    const dir = path.join(t.config.dataDir, 'export', String(projectId));
    const mine = () => fs.readdirSync(dir).filter((f) => f.startsWith(`${snap.id}-`));
    expect(mine()).toHaveLength(2);
    expect((await t.call('DELETE', `${base()}/${snap.id}`)).status).toBe(204);
    expect((await t.call('GET', `${base()}/${snap.id}`)).status).toBe(404);
    expect((await t.call('GET', `${base()}/${snap.id}/download`)).status).toBe(404);
    expect(mine()).toEqual([]);
  });

  it('validates the body and answers 404 for a snapshot of another project', async () => {
    expect((await t.call('POST', base(), { body: { task_filter_options: { skipped: 'sometimes' } } })).status).toBe(400);
    expect((await t.call('POST', base(), { body: { task_filter_options: { view: 99999 } } })).status).toBe(400);
    const snap = await snapshot();
    const other = (await t.createProject({ title: 'other' })).id;
    expect((await t.call('GET', `/api/projects/${other}/exports/${snap.id}`)).status).toBe(404);
  });

  it('marks a snapshot a stopped process left in progress as failed, with no file', async () => {
    const res = await t.call('POST', base(), { body: { title: 'interrupted' } });
    await settled(res.body.id);
    // As a process that died mid-way leaves it: in progress, no file, no heartbeat for a while.
    const old = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    await Repositories.of(t.db).exports.update(res.body.id, {
      status: 'in_progress',
      file: null,
      md5: '',
      updated_at: old,
    });
    expect(await t.app.services.exportSnapshots.recover()).toBeGreaterThanOrEqual(1);
    const after = await t.call('GET', `${base()}/${res.body.id}`);
    expect(after.body).toMatchObject({ status: 'failed', md5: '' });
    expect((await t.call('GET', `${base()}/${res.body.id}/download`)).status).toBe(409);
  });

  it('refuses annotators and reviewers; managers may', async () => {
    const annotator = await t.addUser(`sa-${dialect}@example.com`, 'annotator');
    const reviewer = await t.addUser(`sr-${dialect}@example.com`, 'reviewer');
    const manager = await t.addUser(`sm-${dialect}@example.com`, 'manager');
    const snap = await snapshot();
    for (const who of [annotator, reviewer]) {
      expect((await t.call('GET', base(), { token: who.token })).status).toBe(403);
      expect((await t.call('POST', base(), { token: who.token, body: {} })).status).toBe(403);
      expect((await t.call('GET', `${base()}/${snap.id}/download`, { token: who.token })).status).toBe(403);
      expect((await t.call('DELETE', `${base()}/${snap.id}`, { token: who.token })).status).toBe(403);
    }
    expect((await t.call('GET', base(), { token: manager.token })).status).toBe(200);
    const made = await t.call('POST', base(), { token: manager.token, body: { title: 'by manager' } });
    expect(made.status).toBe(201);
    expect(made.body.created_by.id).toBe(manager.id);
    await settled(made.body.id);
  });
});
