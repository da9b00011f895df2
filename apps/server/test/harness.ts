import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, inject } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/platform/db/database';
import type { Db, DialectName } from '../src/platform/db/dialect';
import { migrate } from '../src/platform/db/migrator';
import { unzip } from '../src/platform/zip/zip';
import type { Role } from '../src/platform/db/schema';
// @ts-expect-error plain ESM helper shared with the compat suite and benchmarks
import { createDatabase } from '../../../scripts/pg.mjs';

export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

/** A fresh, migrated database of the given dialect: in-memory SQLite or a new PostgreSQL database. */
export async function freshDb(dialect: DialectName): Promise<Db> {
  const url =
    dialect === 'sqlite' ? ':memory:' : await createDatabase(inject('pgUrl'), `t_${crypto.randomBytes(6).toString('hex')}`);
  const db = openDatabase({ url });
  await migrate(db);
  return db;
}

export interface TestUser {
  id: number;
  email: string;
  token: string;
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
}

/** The real app on a real database, with an Owner already signed up. */
export async function createTestApp(dialect: DialectName, overrides: Partial<ReturnType<typeof loadConfig>> = {}) {
  const db = await freshDb(dialect);
  // Uploads and exports go to a throwaway data directory, removed by close().
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-test-'));
  const config = { ...loadConfig({}), dataDir, webDistDir: '/nonexistent', loginRateLimit: 5, ...overrides };
  const app = await buildApp({ db, config, secret: 'test-secret' });
  await app.ready();

  async function addUser(email: string, role?: Role, password = 'password123'): Promise<TestUser> {
    const user = await app.services.users.createUser({ email, password, role });
    return { id: user.id, email, token: app.services.users.tokenOf(user) };
  }

  const owner = await addUser('owner@example.com');

  async function call(method: string, url: string, opts: CallOptions = {}) {
    const token = opts.token === undefined ? owner.token : opts.token;
    const headers: Record<string, string> = { ...(token ? { authorization: `Token ${token}` } : {}), ...opts.headers };
    // A string body is sent as raw JSON text (to test malformed JSON); anything else is serialized.
    if (typeof opts.body === 'string') headers['content-type'] = 'application/json';
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers,
      cookies: opts.cookies,
      ...(opts.body !== undefined ? { payload: opts.body as string | object } : {}),
    });
    let json: unknown = undefined;
    try {
      json = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      json = undefined;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.statusCode, body: json as any, raw: res.body, headers: res.headers, cookies: res.cookies };
  }

  const TEXT_CONFIG =
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices></View>';

  async function createProject(body: Record<string, unknown> = {}, token?: string) {
    const res = await call('POST', '/api/projects/', {
      body: { title: 'Test project', label_config: TEXT_CONFIG, ...body },
      token,
    });
    if (res.status !== 201) throw new Error(`createProject: ${res.status} ${res.raw}`);
    return res.body as { id: number; [k: string]: unknown };
  }

  async function close() {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    await db.destroy();
  }

  return { app, db, config, owner, addUser, call, createProject, close, TEXT_CONFIG };
}

/** Runs the same suite on SQLite and on PostgreSQL. */
export function describeEachDb(name: string, fn: (dialect: DialectName) => void) {
  describe.each(DIALECTS)(`${name} [%s]`, (dialect) => fn(dialect));
}

/** GETs an export as the owner (or `token`): its bytes, the files of a zip, or its JSON. */
export async function downloadExport(t: TestApp, url: string, token?: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Token ${token ?? t.owner.token}` } });
  const body = res.rawPayload;
  const zip = res.headers['content-type'] === 'application/zip';
  return {
    status: res.statusCode,
    headers: res.headers,
    body,
    files: zip ? unzip(body) : undefined,
    json: () => JSON.parse(body.toString('utf8')),
  };
}
