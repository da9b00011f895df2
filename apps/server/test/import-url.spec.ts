import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp } from './harness';

const IMAGE_CONFIG =
  '<View><Image name="image" value="$image"/><Choices name="c" toName="image"><Choice value="A"/></Choices></View>';

/** A local file server: the tests' stand-in for the web (allowed with GROUNDWORK_ALLOW_PRIVATE_URLS). */
function fileServer() {
  const files: Record<string, { type: string; body: string }> = {
    '/tasks.csv': { type: 'text/csv', body: 'text,source\nfrom csv one,web\nfrom csv two,web\n' },
    '/tasks.json': { type: 'application/json', body: JSON.stringify([{ text: 'from json' }, { data: { text: 'full task' } }]) },
    '/api/export': { type: 'application/json; charset=utf-8', body: JSON.stringify([{ text: 'no extension' }]) },
    '/urls.txt': {
      type: 'text/plain',
      body: 'https://example.com/images/1.jpg\nhttps://example.com/images/2.jpg\n\nhttps://example.com/images/3.jpg\n',
    },
    '/archive.zip': { type: 'application/zip', body: 'PK' },
  };
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/moved.csv') {
      res.writeHead(301, { location: '/tasks.csv' });
      return res.end();
    }
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': file.type });
    res.end(file.body);
  });
  return { server, requests };
}

describeEachDb('imports from URLs', (dialect) => {
  let t: TestApp;
  let guarded: TestApp;
  let base: string;
  const { server, requests } = fileServer();

  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await createTestApp(dialect, { allowPrivateUrls: true });
    guarded = await createTestApp(dialect);
  });
  afterAll(async () => {
    server.close();
    await t.close();
    await guarded.close();
  });

  const form = (url: string) => ({
    body: Buffer.from(new URLSearchParams({ url }).toString()) as never,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  const texts = async (app: TestApp, projectId: number) =>
    (await app.call('GET', `/api/tasks?project=${projectId}&page_size=100`)).body.tasks.map(
      (x: { data: { text: string } }) => x.data.text,
    );

  it('imports a CSV named by a url form field, as Label Studio posts it', async () => {
    const p = await t.createProject();
    const res = await t.call('POST', `/api/projects/${p.id}/import`, form(`${base}/tasks.csv`));
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({ task_count: 2, found_formats: ['.csv'] });
    expect(res.body.file_upload_ids).toHaveLength(1);
    expect(await texts(t, p.id)).toEqual(['from csv one', 'from csv two']);
    // The download is kept as the import's uploaded file.
    const uploads = (await t.call('GET', `/api/projects/${p.id}/file-uploads`)).body;
    expect(uploads.map((u: { original_name: string }) => u.original_name)).toEqual(['tasks.csv']);
  });

  it('imports JSON from ?url=, follows redirects, and names a file by its content type', async () => {
    const p = await t.createProject();
    expect(
      (await t.call('POST', `/api/projects/${p.id}/import?url=${encodeURIComponent(`${base}/tasks.json`)}`)).body.task_count,
    ).toBe(2);
    expect((await t.call('POST', `/api/projects/${p.id}/import`, form(`${base}/moved.csv`))).body.task_count).toBe(2);
    expect((await t.call('POST', `/api/projects/${p.id}/import`, form(`${base}/api/export`))).body.task_count).toBe(1);
    expect(await texts(t, p.id)).toEqual(['from json', 'full task', 'from csv one', 'from csv two', 'no extension']);
  });

  it('turns a text file of URLs into one task per URL, and runs as a job with async=true', async () => {
    const p = await t.createProject({ title: 'images', label_config: IMAGE_CONFIG });
    const started = await t.call('POST', `/api/projects/${p.id}/import?async=true`, form(`${base}/urls.txt`));
    expect(started.status).toBe(201);
    expect(started.body.import).toEqual(expect.any(Number));
    const done = await t.app.services.imports.wait(started.body.import);
    expect(done).toMatchObject({ status: 'completed', task_count: 3 });
    const tasks = (await t.call('GET', `/api/tasks?project=${p.id}`)).body.tasks;
    expect(tasks.map((x: { data: { image: string } }) => x.data.image)).toEqual([
      'https://example.com/images/1.jpg',
      'https://example.com/images/2.jpg',
      'https://example.com/images/3.jpg',
    ]);
  });

  it('answers 400 naming the problem: no url, a missing file, an unsupported file type', async () => {
    const p = await t.createProject();
    const none = await t.call('POST', `/api/projects/${p.id}/import`, {
      body: Buffer.from('other=1') as never,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(none.status).toBe(400);
    expect(none.body.validation_errors).toEqual({ url: ['required'] });
    const missing = await t.call('POST', `/api/projects/${p.id}/import`, form(`${base}/nope.csv`));
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toContain('404');
    const zip = await t.call('POST', `/api/projects/${p.id}/import`, form(`${base}/archive.zip`));
    expect(zip.status).toBe(400);
    expect(zip.body.detail).toContain('unsupported file type');
    expect((await t.call('POST', `/api/projects/${p.id}/import`, form('ftp://example.com/x.csv'))).status).toBe(400);
    expect((await t.call('GET', `/api/projects/${p.id}`)).body.task_number).toBe(0);
  });

  it('refuses 127.0.0.1 and localhost without GROUNDWORK_ALLOW_PRIVATE_URLS, fetching nothing', async () => {
    const p = await guarded.createProject();
    const before = requests.length;
    for (const url of [`${base}/tasks.csv`, base.replace('127.0.0.1', 'localhost') + '/tasks.csv']) {
      const res = await guarded.call('POST', `/api/projects/${p.id}/import`, form(url));
      expect(res.status).toBe(400);
      expect(res.body.detail).toContain('private, loopback or link-local');
      expect(res.body.validation_errors).toEqual({ url: ['points to a private network address'] });
    }
    expect(requests.length).toBe(before);
    expect((await guarded.call('GET', `/api/projects/${p.id}`)).body.task_number).toBe(0);
    expect((await guarded.call('GET', `/api/projects/${p.id}/file-uploads`)).body).toEqual([]);
  });
});
