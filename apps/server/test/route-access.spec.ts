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
