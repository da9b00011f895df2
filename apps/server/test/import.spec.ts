import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { now, toJson } from '../src/platform/db/dialect';
import { createTestApp, describeEachDb, type TestApp } from './harness';

/** A multipart/form-data body as a browser or Python's requests would send it. */
async function multipart(files: { name: string; content: string | Uint8Array<ArrayBuffer> }[]) {
  const form = new FormData();
  files.forEach((f, i) => form.append(`file${i}`, new Blob([f.content]), f.name));
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { body: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')! } };
}

const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
);

describeEachDb('file imports and import jobs', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const upload = async (projectId: number, files: { name: string; content: string | Uint8Array<ArrayBuffer> }[], query = '') => {
    const { body, headers } = await multipart(files);
    return t.call('POST', `/api/projects/${projectId}/import${query}`, { body: body as never, headers });
  };
  const taskData = async (projectId: number) =>
    (await t.call('GET', `/api/tasks?project=${projectId}&page_size=100`)).body.tasks.map((x: { data: unknown }) => x.data);
  const taskNumber = async (projectId: number) => (await t.call('GET', `/api/projects/${projectId}`)).body.task_number;

  it('imports CSV, TSV, JSON, JSON Lines and TXT files as streams, one task per row or line', async () => {
    const p = await t.createProject();
    const res = await upload(
      p.id,
      [
        { name: 'a.csv', content: 'text,source\n"Hello, world",web\n"two\nlines",mail\n' },
        { name: 'b.tsv', content: 'text\tsource\ntab one\tx\n' },
        { name: 'c.json', content: JSON.stringify([{ text: 'json flat' }, { data: { text: 'json full' }, meta: { m: 1 } }]) },
        { name: 'd.jsonl', content: '{"text": "line one"}\n\n{"data": {"text": "line two"}}\n' },
        { name: 'e.txt', content: 'first line\nsecond line\n' },
      ],
      '?return_task_ids=true',
    );
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({ task_count: 9, annotation_count: 0, prediction_count: 0, could_be_tasks_list: false });
    expect(res.body.task_ids).toHaveLength(9);
    expect(res.body.file_upload_ids).toHaveLength(5);
    expect(res.body.found_formats.sort()).toEqual(['.csv', '.json', '.jsonl', '.tsv', '.txt']);
    expect(res.body.data_columns).toEqual(expect.arrayContaining(['text', 'source']));
    expect(await taskData(p.id)).toEqual([
      { text: 'Hello, world', source: 'web' },
      { text: 'two\nlines', source: 'mail' },
      { text: 'tab one', source: 'x' },
      { text: 'json flat' },
      { text: 'json full' },
      { text: 'line one' },
      { text: 'line two' },
      { text: 'first line' },
      { text: 'second line' },
    ]);
    expect(await taskNumber(p.id)).toBe(9);
    const task = (await t.call('GET', `/api/tasks/${res.body.task_ids[0]}`)).body;
    expect(task.file_upload).toBe(res.body.file_upload_ids[0]);
    const uploads = (await t.call('GET', `/api/projects/${p.id}/file-uploads`)).body;
    expect(uploads.map((u: { original_name: string }) => u.original_name)).toEqual([
      'a.csv',
      'b.tsv',
      'c.json',
      'd.jsonl',
      'e.txt',
    ]);
  });

  it('turns media files into one task each, served from /data/upload with range requests to members only', async () => {
    const p = await t.createProject({
      label_config: '<View><Image name="img" value="$image"/><Choices name="c" toName="img"><Choice value="A"/></Choices></View>',
    });
    const res = await upload(p.id, [{ name: '../../etc/cat photo.png', content: PNG }], '?return_task_ids=true');
    expect(res.status, res.raw).toBe(201);
    const task = (await t.call('GET', `/api/tasks/${res.body.task_ids[0]}`)).body;
    const url: string = task.data.image;
    expect(url).toMatch(new RegExp(`^/data/upload/${p.id}/[0-9a-f]{8}-cat_photo\\.png$`));

    const got = await t.app.inject({ method: 'GET', url, headers: { authorization: `Token ${t.owner.token}` } });
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(got.rawPayload, Buffer.from(PNG))).toBe(0);
    const ranged = await t.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Token ${t.owner.token}`, range: 'bytes=0-7' },
    });
    expect(ranged.statusCode).toBe(206);
    expect(ranged.headers['content-range']).toBe(`bytes 0-7/${PNG.length}`);
    expect(Buffer.compare(ranged.rawPayload, Buffer.from(PNG.slice(0, 8)))).toBe(0);

    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.call('GET', `/data/upload/${p.id}/..%2F..%2Fgroundwork.sqlite3`)).status).toBe(404);
    expect((await t.call('GET', `/data/upload/${p.id}/missing.png`)).status).toBe(404);
  });

  it('reports a bad row with its file and line and keeps nothing, even after earlier batches were inserted', async () => {
    const p = await t.createProject();
    const lines = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ text: `task ${i}` }));
    lines[2299] = JSON.stringify({ txt: 'typo' });
    const res = await upload(p.id, [{ name: 'big.jsonl', content: lines.join('\n') }]);
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe('big.jsonl, line 2300: These fields are not found in data: text');
    expect(await taskNumber(p.id)).toBe(0);
    expect((await t.call('GET', `/api/tasks?project=${p.id}`)).body.total).toBe(0);

    const broken = await upload(p.id, [{ name: 'broken.json', content: '[{"text": "a"}, {"text": ' }]);
    expect(broken.status).toBe(400);
    expect(broken.body.detail).toMatch(/^broken\.json, /);
    const unknown = await upload(p.id, [{ name: 'tool.exe', content: 'MZ' }]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toMatch(/tool\.exe: unsupported file type/);
    expect(await taskNumber(p.id)).toBe(0);

    const jobs = (await t.call('GET', `/api/projects/${p.id}/imports`)).body;
    expect(jobs[0]).toMatchObject({ status: 'failed', task_count: 0 });
    expect(jobs[1]).toMatchObject({
      status: 'failed',
      error: 'big.jsonl, line 2300: These fields are not found in data: text',
      tasks_read: 2300,
    });
  });

  describe.each([
    ['synchronously', ''],
    ['as a background job', '?async=true'],
  ])('CSV and TSV rows that cannot be parsed fail the import %s, naming the line, and keep nothing', (_, query) => {
    // 2500 good rows first, so earlier batches were inserted before the bad row is read.
    const good = (d: string) => Array.from({ length: 2500 }, (_, i) => `row ${i}${d}pos`).join('\n');
    const failedImport = async (name: string, content: string) => {
      const p = await t.createProject();
      const res = await upload(p.id, [{ name, content }], query);
      let detail: string;
      if (query) {
        expect(res.status, res.raw).toBe(201);
        let job = res.body;
        for (let i = 0; i < 200 && !['completed', 'failed'].includes(job.status); i++) {
          await new Promise((r) => setTimeout(r, 50));
          job = (await t.call('GET', `/api/projects/${p.id}/imports/${res.body.import}`)).body;
        }
        expect(job).toMatchObject({ status: 'failed', task_count: 0 });
        detail = job.error;
      } else {
        expect(res.status, res.raw).toBe(400);
        detail = res.body.detail;
      }
      expect(await taskNumber(p.id)).toBe(0);
      expect((await t.call('GET', `/api/tasks?project=${p.id}`)).body.total).toBe(0);
      return detail;
    };

    it('an unterminated quote', async () => {
      expect(await failedImport('open.csv', `text,label\n${good(',')}\n"never closed,neg\nmore,pos\n`)).toBe(
        'open.csv, line 2502: a quoted field starting on this line is never closed',
      );
      // The file: the quote opened on line 3 "closes" mid-field two lines on, gluing rows.
      expect(await failedImport('glued.csv', 'text,label\nfirst,pos\n"second,neg\nthird,pos\nsays "hi" then,neg\n')).toMatch(
        /^glued\.csv, line 3: a quoted field \(field 1\) starting on this line is closed by a quote followed by "h"/,
      );
      expect(await failedImport('open.tsv', `text\tlabel\n${good('\t')}\n"never closed\tneg\n`)).toBe(
        'open.tsv, line 2502: a quoted field starting on this line is never closed',
      );
    });

    it('a row with fewer or more fields than the header', async () => {
      expect(await failedImport('short.csv', `text,label\n${good(',')}\nonly one field\nok,pos\n`)).toBe(
        'short.csv, line 2502: row has 1 fields but the header has 2',
      );
      expect(await failedImport('long.tsv', `text\tlabel\r\na\tpos\r\nb\tneg\textra\r\n`)).toBe(
        'long.tsv, line 3: row has 3 fields but the header has 2',
      );
    });
  });

  it('runs as a background job with progress when asked, and can be cancelled without leaving tasks', async () => {
    const p = await t.createProject();
    const lines = Array.from({ length: 3000 }, (_, i) => `row ${i}`).join('\n');
    const started = await upload(p.id, [{ name: 'rows.txt', content: lines }], '?async=true');
    expect(started.status).toBe(201);
    expect(started.body.import).toBe(started.body.id);
    let job = started.body;
    for (let i = 0; i < 200 && !['completed', 'failed'].includes(job.status); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await t.call('GET', `/api/projects/${p.id}/imports/${started.body.import}`)).body;
    }
    expect(job).toMatchObject({ status: 'completed', tasks_read: 3000, task_count: 3000, project: p.id, error: null });
    expect(job.finished_at).toEqual(expect.any(String));
    expect(await taskNumber(p.id)).toBe(3000);

    // Cancelled before it runs: nothing is inserted.
    const project = (await t.app.services.projects.get(p.id))!;
    const [file] = await t.app.services.imports.uploads(p.id, [started.body.file_upload_ids[0]]);
    const queued = await t.app.services.imports.start(project, t.owner.id, [file], {
      commitToProject: true,
      returnTaskIds: false,
      preannotatedFromFields: [],
    });
    const cancelled = await t.call('POST', `/api/projects/${p.id}/imports/${queued.id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', task_count: 0 });
    expect(await taskNumber(p.id)).toBe(3000);
    expect((await t.call('GET', `/api/projects/${p.id}/imports/999999`)).status).toBe(404);
  });

  it('keeps uploads without tasks when commit_to_project=false, and imports them later with /reimport', async () => {
    const p = await t.createProject();
    const res = await upload(p.id, [{ name: 'later.csv', content: 'text\nuno\ndos\n' }], '?commit_to_project=false');
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({ task_count: 2, data_columns: ['text'] });
    expect(await taskNumber(p.id)).toBe(0);
    const again = await t.call('POST', `/api/projects/${p.id}/reimport`, { body: { file_upload_ids: res.body.file_upload_ids } });
    expect(again.status, again.raw).toBe(201);
    expect(again.body.task_count).toBe(2);
    expect(await taskData(p.id)).toEqual([{ text: 'uno' }, { text: 'dos' }]);
    expect((await t.call('POST', `/api/projects/${p.id}/reimport`, { body: { file_upload_ids: [987654] } })).status).toBe(400);

    const body = await t.call('POST', `/api/projects/${p.id}/import?commit_to_project=false`, { body: [{ text: 'json kept' }] });
    expect(body.status).toBe(201);
    expect(await taskNumber(p.id)).toBe(2);
  });

  it('pre-annotates CSV columns and validates results from files against the config', async () => {
    const p = await t.createProject();
    const res = await upload(
      p.id,
      [{ name: 'pre.csv', content: 'text,sentiment\ngreat,Positive\nbad,Negative\n' }],
      '?preannotated_from_fields=sentiment&return_task_ids=true',
    );
    expect(res.status, res.raw).toBe(201);
    expect(res.body.prediction_count).toBe(2);
    const task = (await t.call('GET', `/api/tasks/${res.body.task_ids[1]}`)).body;
    expect(task.predictions[0].result).toEqual([
      { from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['Negative'] } },
    ]);
    const bad = await upload(
      p.id,
      [{ name: 'pre.csv', content: 'text,sentiment\nmeh,Neutral\n' }],
      '?preannotated_from_fields=sentiment',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/^pre\.csv, line 2: .*Neutral/);
  });

  it('undoes import jobs a stopped server left unfinished', async () => {
    const p = await t.createProject();
    await upload(p.id, [{ name: 'keep.txt', content: 'kept\n' }]);
    const job = await t.app.services.imports['repos'].importJobs.insert({
      project_id: p.id,
      user_id: t.owner.id,
      status: 'in_progress',
      commit_to_project: 1,
      return_task_ids: 0,
      preannotated_from_fields: toJson([]),
      file_upload_ids: toJson([]),
      found_formats: toJson([]),
      data_columns: toJson([]),
      tasks_read: 2,
      task_count: 2,
      annotation_count: 0,
      prediction_count: 0,
      failed: 0,
      created_at: now(),
      // Its last sign of life was an hour ago (PostgreSQL workers only give up on jobs that went quiet).
      updated_at: new Date(Date.now() - 3_600_000).toISOString(),
    });
    const project = (await t.app.services.projects.get(p.id))!;
    const half = [1, 2].map((i) => ({ data: { text: `half ${i}` }, meta: {}, annotations: [], predictions: [] }));
    await t.app.services.imports['repos'].transaction((r) =>
      t.app.services.tasks.insertTasks(r, project, t.owner.id, half, job.id),
    );
    expect(await taskNumber(p.id)).toBe(3);
    expect(await t.app.services.imports.recover()).toBe(1);
    expect(await taskNumber(p.id)).toBe(1);
    expect(await taskData(p.id)).toEqual([{ text: 'kept' }]);
    expect((await t.call('GET', `/api/projects/${p.id}/imports/${job.id}`)).body.status).toBe('failed');
  });

  it('refuses files over the upload limit and leaves nothing behind', async () => {
    const small = await createTestApp(dialect, { uploadMaxBytes: 64 });
    try {
      const p = await small.createProject();
      const { body, headers } = await multipart([{ name: 'big.txt', content: 'x\n'.repeat(100) }]);
      const res = await small.call('POST', `/api/projects/${p.id}/import`, { body: body as never, headers });
      expect(res.status).toBe(413);
      expect((await small.call('GET', `/api/projects/${p.id}/file-uploads`)).body).toEqual([]);
      expect((await small.call('GET', `/api/projects/${p.id}`)).body.task_number).toBe(0);
    } finally {
      await small.close();
    }
  });
});
