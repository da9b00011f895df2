import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp } from './harness';

describeEachDb('health and version', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('answers /health and /api/health with status UP, with and without a trailing slash', async () => {
    for (const url of ['/health', '/health/', '/api/health', '/api/health/']) {
      const res = await t.call('GET', url, { token: null });
      expect(res.status, url).toBe(200);
      expect(res.body).toEqual({ status: 'UP' });
    }
  });

  it('reports versions with the keys the Label Studio SDK reads', async () => {
    const res = await t.call('GET', '/api/version/', { token: null });
    expect(res.status).toBe(200);
    expect(res.body.edition).toBe('Community');
    expect(res.body['label-studio-os-package']).toBeTruthy();
    expect(res.body['label-studio-enterprise-backend']).toBeUndefined();
  });

  it('answers unknown API paths with the error envelope', async () => {
    const res = await t.call('GET', '/api/nope');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status_code: 404, exc_info: null });
  });
});
