import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/platform/db/database';
import { migrate } from '../src/platform/db/migrator';
// @ts-expect-error plain ESM helper shared with the compat suite and benchmarks
import { createDatabase } from '../../../scripts/pg.mjs';

const bin = path.resolve(__dirname, '../bin/groundwork.mjs');

/**
 * An API process on a fresh PostgreSQL database that leaves jobs to workers (`runJobs: false`),
 * and `startWorker()`, which spawns a real `groundwork worker` on the same database and data dir.
 * Call inside a `describe`: it registers its own beforeAll/afterAll.
 */
export function pgWorkerFixture(name: string) {
  const f = {
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), `gw-${name}-`)),
    url: '',
    token: '',
    app: undefined as unknown as Awaited<ReturnType<typeof buildApp>>,
    /** Everything the worker printed so far. */
    output: '',
    async call(method: 'GET' | 'POST', url: string, payload?: Buffer | object, headers: Record<string, string> = {}) {
      const res = await f.app.inject({ method, url, payload, headers: { authorization: `Token ${f.token}`, ...headers } });
      return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, raw: res.rawPayload };
    },
    startWorker() {
      worker = spawn(process.execPath, [bin, 'worker'], {
        env: { ...process.env, DATABASE_URL: f.url, GROUNDWORK_DATA_DIR: f.dataDir, GROUNDWORK_SECRET_KEY: secret },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      worker.stdout!.on('data', (d) => (f.output += d));
      worker.stderr!.on('data', (d) => (f.output += d));
    },
  };
  const secret = `${name}-secret`;
  let db: ReturnType<typeof openDatabase>;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    f.url = await createDatabase(inject('pgUrl'), `${name.replace(/\W/g, '_')}_${crypto.randomBytes(6).toString('hex')}`);
    db = openDatabase({ url: f.url });
    await migrate(db);
    const config = { ...loadConfig({}), dataDir: f.dataDir, databaseUrl: f.url, runJobs: false, webDistDir: '/nonexistent' };
    f.app = await buildApp({ db, config, secret });
    await f.app.ready();
    const owner = await f.app.services.users.createUser({ email: 'owner@example.com', password: 'password123' });
    f.token = f.app.services.users.tokenOf(owner);
  });

  afterAll(async () => {
    worker?.kill('SIGTERM');
    await f.app.close();
    await db.destroy();
    fs.rmSync(f.dataDir, { recursive: true, force: true });
  });

  return f;
}
