import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp } from './harness';

function cookieJar(cookies: { name: string; value: string }[]) {
  return Object.fromEntries(cookies.map((c) => [c.name, c.value]));
}

describeEachDb('accounts and authentication', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { loginRateLimit: 3 });
  });
  afterAll(() => t.close());

  it('makes the first user the Owner and later sign-ups annotators', async () => {
    const who = await t.call('GET', '/api/current-user/whoami');
    expect(who.status).toBe(200);
    expect(who.body).toMatchObject({ email: 'owner@example.com', role: 'owner' });
    const res = await t.call('POST', '/api/auth/signup', {
      token: null,
      body: { email: 'second@example.com', password: 'longenough1' },
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: 'second@example.com', role: 'annotator' });
    const dup = await t.call('POST', '/api/auth/signup', {
      token: null,
      body: { email: 'SECOND@example.com', password: 'longenough1' },
    });
    expect(dup.status).toBe(409);
  });

  it('rejects short passwords and bad emails naming the field', async () => {
    const short = await t.call('POST', '/api/auth/signup', { token: null, body: { email: 'x@example.com', password: 'short' } });
    expect(short.status).toBe(400);
    expect(short.body.validation_errors).toHaveProperty('password');
    const bad = await t.call('POST', '/api/auth/signup', {
      token: null,
      body: { email: 'not-an-email', password: 'longenough1' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.validation_errors).toHaveProperty('email');
  });

  it('stores an argon2id hash and never the API token itself', async () => {
    const row = await t.db.kysely
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'owner@example.com')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(row)).not.toContain(t.owner.token);
  });

  it('logs in with a cookie session that needs the CSRF token for writes', async () => {
    const login = await t.call('POST', '/api/auth/login', {
      token: null,
      body: { email: 'owner@example.com', password: 'password123' },
    });
    expect(login.status).toBe(200);
    const jar = cookieJar(login.cookies);
    expect(jar.gw_session).toBeTruthy();
    expect(login.body.csrf_token).toBe(jar.gw_csrftoken);
    const session = await t.call('GET', '/api/auth/session', { token: null, cookies: jar });
    expect(session.status).toBe(200);
    expect(session.body.user.email).toBe('owner@example.com');

    const body = { title: 'Via cookie', label_config: t.TEXT_CONFIG };
    const noCsrf = await t.call('POST', '/api/projects', { token: null, cookies: jar, body });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.detail).toMatch(/CSRF/);
    const withCsrf = await t.call('POST', '/api/projects', {
      token: null,
      cookies: jar,
      body,
      headers: { 'x-csrftoken': jar.gw_csrftoken },
    });
    expect(withCsrf.status).toBe(201);

    const logout = await t.call('POST', '/api/auth/logout', {
      token: null,
      cookies: jar,
      headers: { 'x-csrftoken': jar.gw_csrftoken },
    });
    expect(logout.status).toBe(204);
    const after = await t.call('GET', '/api/current-user/whoami', { token: null, cookies: jar });
    expect(after.status).toBe(401);
  });

  it('rate-limits failed logins per email', async () => {
    await t.addUser('victim@example.com');
    for (let i = 0; i < 3; i++) {
      const bad = await t.call('POST', '/api/auth/login', {
        token: null,
        body: { email: 'victim@example.com', password: 'wrong-password' },
      });
      expect(bad.status).toBe(401);
    }
    const blocked = await t.call('POST', '/api/auth/login', {
      token: null,
      body: { email: 'victim@example.com', password: 'password123' },
    });
    expect(blocked.status).toBe(429);
  });

  it('answers 401 without credentials or with a wrong token', async () => {
    expect((await t.call('GET', '/api/projects', { token: null })).status).toBe(401);
    const wrong = await t.call('GET', '/api/projects', { token: 'f'.repeat(40) });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ status_code: 401, exc_info: null });
  });

  it('shows the token and resets it, invalidating the old one', async () => {
    const u = await t.addUser('tokens@example.com');
    const shown = await t.call('GET', '/api/current-user/token', { token: u.token });
    expect(shown.body.token).toBe(u.token);
    const reset = await t.call('POST', '/api/current-user/reset-token/', { token: u.token });
    expect(reset.status).toBe(201);
    expect(reset.body.token).not.toBe(u.token);
    expect((await t.call('GET', '/api/current-user/whoami', { token: u.token })).status).toBe(401);
    expect((await t.call('GET', '/api/current-user/whoami', { token: reset.body.token })).status).toBe(200);
  });
});

describe('users', () => {
  describe.each(['sqlite', 'postgres'] as const)('[%s]', (dialect) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(() => t.close());

    it('lists, creates, gets and patches users of the organization', async () => {
      const created = await t.call('POST', '/api/users/', {
        body: { email: 'new@example.com', password: 'password123', role: 'manager', first_name: 'N' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ email: 'new@example.com', role: 'manager', first_name: 'N', initials: 'N' });
      const list = await t.call('GET', '/api/users');
      expect(list.body.map((u: { email: string }) => u.email)).toEqual(['owner@example.com', 'new@example.com']);
      const got = await t.call('GET', `/api/users/${created.body.id}`);
      expect(got.body.email).toBe('new@example.com');
      const patched = await t.call('PATCH', `/api/users/${created.body.id}/`, {
        body: { last_name: 'Person', role: 'reviewer' },
      });
      expect(patched.body).toMatchObject({ last_name: 'Person', role: 'reviewer' });
      expect((await t.call('GET', '/api/users/9999')).status).toBe(404);
    });

    it('lets only administrators manage users', async () => {
      const annotator = await t.addUser('ann@example.com', 'annotator');
      const res = await t.call('POST', '/api/users', {
        token: annotator.token,
        body: { email: 'x2@example.com', password: 'password123' },
      });
      expect(res.status).toBe(403);
      const promote = await t.call('PATCH', `/api/users/${annotator.id}`, { token: annotator.token, body: { role: 'owner' } });
      expect(promote.status).toBe(403);
      const own = await t.call('PATCH', '/api/current-user', { token: annotator.token, body: { first_name: 'Ann' } });
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ first_name: 'Ann', role: 'annotator' });
    });
  });
});
