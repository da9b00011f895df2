import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/platform/db/database';
import { toJson } from '../src/platform/db/dialect';
import { Repositories } from '../src/repositories';
import { pgWorkerFixture } from './worker-fixture';

/** Export snapshots made by `groundwork worker` beside an API process that leaves jobs to workers. */
describe('export snapshots on PostgreSQL workers', () => {
  const f = pgWorkerFixture('export-worker');
  const call = f.call;

  it('queues a snapshot and a conversion that a separate worker process then makes', async () => {
    const project = await call('POST', '/api/projects', {
      title: 'Snapshot workers',
      label_config:
        '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="A"/><Choice value="B"/></Choices></View>',
    });
    const id = project.body.id;
    const tasks = Array.from({ length: 30 }, (_, i) => ({
      data: { text: `t${i}` },
      annotations: [{ result: [{ from_name: 'c', to_name: 'text', type: 'choices', value: { choices: [i % 2 ? 'A' : 'B'] } }] }],
    }));
    expect((await call('POST', `/api/projects/${id}/import`, tasks)).status).toBe(201);

    const created = await call('POST', `/api/projects/${id}/exports`, { title: 'by a worker' });
    expect(created.status).toBe(201);
    // This API process runs no jobs: without a worker the snapshot stays queued.
    // The job sits in the queue: this process works no jobs, and no worker has started.
    expect(await f.app.services.jobs.waiting('export-snapshot')).toBe(1);
    expect((await call('GET', `/api/projects/${id}/exports/${created.body.id}`)).body).toMatchObject({
      status: 'created',
      md5: '',
    });

    // Snapshots left in progress with no queued job: one by a process that died long ago (no
    // heartbeat for an hour), one by a live process (heartbeat just now). A starting worker fails
    // the first and leaves the second to its maker.
    const db = openDatabase({ url: f.url });
    const repos = Repositories.of(db);
    const leftover = async (title: string, updatedAt: Date) =>
      repos.exports.insert({
        project_id: id,
        created_by: null,
        title,
        status: 'in_progress',
        md5: '',
        counters: toJson({}),
        converted_formats: toJson([]),
        task_filter_options: toJson({}),
        annotation_filter_options: toJson({}),
        serialization_options: toJson({}),
        created_at: updatedAt.toISOString(),
        updated_at: updatedAt.toISOString(),
      });
    const stale = await leftover('died', new Date(Date.now() - 60 * 60 * 1000));
    const live = await leftover('alive', new Date());

    f.startWorker();

    const poll = async (done: (s: { status: string; converted_formats: { status: string }[] }) => boolean) => {
      let snap = (await call('GET', `/api/projects/${id}/exports/${created.body.id}`)).body;
      for (let i = 0; i < 300 && !done(snap); i++) {
        await new Promise((r) => setTimeout(r, 100));
        snap = (await call('GET', `/api/projects/${id}/exports/${created.body.id}`)).body;
      }
      return snap;
    };
    const snap = await poll((s) => s.status === 'completed' || s.status === 'failed');
    expect(snap, f.output).toMatchObject({ status: 'completed', counters: { task_number: 30 } });
    const file = await call('GET', `/api/projects/${id}/exports/${created.body.id}/download`);
    expect(crypto.createHash('md5').update(file.raw).digest('hex')).toBe(snap.md5);
    expect(file.body.map((t: { data: { text: string } }) => t.data.text)).toEqual(tasks.map((t) => t.data.text));

    // The worker recovered before taking jobs, so by now the stale snapshot is failed.
    expect((await call('GET', `/api/projects/${id}/exports/${stale.id}`)).body, f.output).toMatchObject({
      status: 'failed',
    });
    expect(f.output).toContain('Failed 1 export snapshot(s)');
    const untouched = (await call('GET', `/api/projects/${id}/exports/${live.id}`)).body;
    expect(untouched).toMatchObject({ status: 'in_progress' });
    await repos.exports.delete(live.id);
    await db.destroy();

    expect((await call('POST', `/api/projects/${id}/exports/${created.body.id}/convert`, { export_type: 'CSV' })).status).toBe(
      200,
    );
    const converted = await poll((s) => s.converted_formats.every((f) => f.status === 'completed' || f.status === 'failed'));
    expect(converted.converted_formats, f.output).toMatchObject([{ export_type: 'CSV', status: 'completed' }]);
    // The stored conversion was written by the worker into the shared data dir.
    const stored = fs.readdirSync(path.join(f.dataDir, 'export', String(id)));
    expect(stored.some((f) => f === `${created.body.id}-CSV.csv`)).toBe(true);
  }, 60_000);
});
