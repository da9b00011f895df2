import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { migrate } from '../src/db/migrator';
// @ts-expect-error plain ESM helper shared with the compat suite and benchmarks
import { createDatabase } from '../../../scripts/pg.mjs';

const bin = path.resolve(__dirname, '../bin/groundwork.mjs');

/** Export snapshots made by `groundwork worker` beside an API process that leaves jobs to workers. */
describe('export snapshots on PostgreSQL workers', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-export-worker-'));
  const secret = 'export-worker-secret';
  let url: string;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let db: ReturnType<typeof openDatabase>;
  let token: string;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    url = await createDatabase(inject('pgUrl'), `ew_${crypto.randomBytes(6).toString('hex')}`);
    db = openDatabase({ url });
    await migrate(db);
    app = await buildApp({
      db,
      config: { ...loadConfig({}), dataDir, databaseUrl: url, runJobs: false, webDistDir: '/nonexistent' },
      secret,
    });
    await app.ready();
    const owner = await app.services.auth.createUser({ email: 'owner@example.com', password: 'password123' });
    token = app.services.auth.tokenOf(owner);
  });

  afterAll(async () => {
    worker?.kill('SIGTERM');
    await app.close();
    await db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await app.inject({ method, url, payload, headers: { authorization: `Token ${token}` } });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, raw: res.rawPayload };
  };

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
    await new Promise((r) => setTimeout(r, 1500));
    expect((await call('GET', `/api/projects/${id}/exports/${created.body.id}`)).body).toMatchObject({
      status: 'created',
      md5: '',
    });

    worker = spawn(process.execPath, [bin, 'worker'], {
      env: { ...process.env, DATABASE_URL: url, GROUNDWORK_DATA_DIR: dataDir, GROUNDWORK_SECRET_KEY: secret },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    worker.stdout!.on('data', (d) => (output += d));
    worker.stderr!.on('data', (d) => (output += d));

    const poll = async (done: (s: { status: string; converted_formats: { status: string }[] }) => boolean) => {
      let snap = (await call('GET', `/api/projects/${id}/exports/${created.body.id}`)).body;
      for (let i = 0; i < 300 && !done(snap); i++) {
        await new Promise((r) => setTimeout(r, 100));
        snap = (await call('GET', `/api/projects/${id}/exports/${created.body.id}`)).body;
      }
      return snap;
    };
    const snap = await poll((s) => s.status === 'completed' || s.status === 'failed');
    expect(snap, output).toMatchObject({ status: 'completed', counters: { task_number: 30 } });
    const file = await call('GET', `/api/projects/${id}/exports/${created.body.id}/download`);
    expect(crypto.createHash('md5').update(file.raw).digest('hex')).toBe(snap.md5);
    expect(file.body.map((t: { data: { text: string } }) => t.data.text)).toEqual(tasks.map((t) => t.data.text));

    expect((await call('POST', `/api/projects/${id}/exports/${created.body.id}/convert`, { export_type: 'CSV' })).status).toBe(
      200,
    );
    const converted = await poll((s) => s.converted_formats.every((f) => f.status === 'completed' || f.status === 'failed'));
    expect(converted.converted_formats, output).toMatchObject([{ export_type: 'CSV', status: 'completed' }]);
    // The stored conversion was written by the worker into the shared data dir.
    const stored = fs.readdirSync(path.join(dataDir, 'export', String(id)));
    expect(stored.some((f) => f === `${created.body.id}-CSV.csv`)).toBe(true);
  }, 60_000);
});
