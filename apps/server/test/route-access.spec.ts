import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ACTIONS } from '../src/platform/access/policy';
import { createTestApp, type TestApp } from './harness';

/** The routes that need no credentials. Adding one is a decision: it must be listed here too. */
const PUBLIC = [
  'GET /api/health',
  'GET /health',
  'GET /api/version',
  'POST /api/auth/signup',
  'POST /api/auth/login',
  'POST /api/auth/logout',
];

/**
 * Deny by default: every route declares the access it needs (`config.access`), and every route
 * that is not public refuses a request without credentials before its handler runs.
 */
describe('route access declarations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  const routes = () =>
    t.app.routeList
      .filter((r) => !String(r.url).startsWith('/api/docs'))
      .flatMap((r) =>
        [r.method].flat().map((m) => ({ key: `${m} ${r.url}`, method: m, url: String(r.url), access: r.config?.access })),
      );

  it('every route declares public access or one of the policy actions', () => {
    const undeclared = routes()
      .filter((r) => r.access === undefined)
      .map((r) => r.key);
    expect(undeclared).toEqual([]);
    const unknown = routes()
      .filter((r) => r.access !== 'public' && !ALL_ACTIONS.includes(r.access!))
      .map((r) => `${r.key}: ${r.access}`);
    expect(unknown).toEqual([]);
  });

  it('only the listed routes are public', () => {
    const pub = routes()
      .filter((r) => r.access === 'public' && r.method !== 'HEAD')
      .map((r) => r.key);
    expect(pub.sort()).toEqual([...PUBLIC].sort());
  });

  it('every other route answers 401 without credentials', async () => {
    const failures: string[] = [];
    for (const r of routes().filter((x) => x.access !== 'public')) {
      const url = r.url.replace(/:[A-Za-z]+/g, '1');
      const res = await t.app.inject({ method: r.method as 'GET', url });
      if (res.statusCode !== 401) failures.push(`${r.key} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('the API documentation stays public', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
  });
});

/** The web app's files are public: the page itself sends visitors to log in. */
describe('route access of the web app', () => {
  let t: TestApp;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-web-'));
  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Groundwork</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    t = await createTestApp('sqlite', { webDistDir: dist });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('declares every route, the static files and client routes public', () => {
    const undeclared = t.app.routeList.filter((r) => r.config?.access === undefined).map((r) => `${String(r.method)} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('serves the app and its assets without credentials, and still guards the API', async () => {
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(1)');
    const page = await t.app.inject({ method: 'GET', url: '/projects' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Groundwork</title>');
    expect((await t.app.inject({ method: 'GET', url: '/api/projects' })).statusCode).toBe(401);
  });
});
