import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LsAnnotation } from '@groundwork/formats';
import { FIXTURES, type Fixture } from '../../../packages/formats/src/testing/fixtures';
import { decodeGrayPng } from '../../../packages/formats/src/testing/media';
import { ensureOracleVenv, runOracle, type OracleResult } from '../../../packages/formats/src/testing/oracle';
import { unzip } from '../src/platform/zip/zip';
import { createTestApp, describeEachDb, type TestApp } from './harness';

const choice = (value: string) => ({
  id: 'r1',
  from_name: 'sentiment',
  to_name: 'text',
  type: 'choices',
  value: { choices: [value] },
});

const IMAGE_CONFIG =
  '<View><Image name="image" value="$image"/><RectangleLabels name="label" toName="image"><Label value="Car"/><Label value="Person"/></RectangleLabels></View>';
const box = (id: string, x: number, label: string) => ({
  id,
  from_name: 'label',
  to_name: 'image',
  type: 'rectanglelabels',
  original_width: 800,
  original_height: 600,
  image_rotation: 0,
  value: { x, y: 20, width: 30, height: 40, rotation: 0, rectanglelabels: [label] },
});

/** A binary response: the body as bytes, the members when it is a zip. */
async function download(t: TestApp, url: string, token?: string) {
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

describeEachDb('export', (dialect) => {
  let t: TestApp;
  let projectId: number;
  let ids: number[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    projectId = (await t.createProject()).id;
    const body = Array.from({ length: 1200 }, (_, i) => ({ text: `t${i}` })) as object[];
    body[3] = { data: { text: 'annotated' }, annotations: [{ result: [choice('Positive')], lead_time: 4 }] };
    body[1100] = { data: { text: 'skipped' }, annotations: [{ result: [], was_cancelled: true }] };
    body[7] = { data: { text: 'also, "annotated"' }, annotations: [{ result: [choice('Negative')] }] };
    ids = (await t.call('POST', `/api/projects/${projectId}/import?return_task_ids=true`, { body })).body.task_ids;
  });
  afterAll(() => t.close());

  it('exports annotated tasks as Label Studio JSON by default', async () => {
    const res = await t.call('GET', `/api/projects/${projectId}/export?exportType=JSON`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="project-\d+-at-\d{4}-\d\d-\d\d-\d\d-\d\d-[0-9a-f]{8}\.json"$/,
    );
    expect(res.body.map((x: { id: number }) => x.id)).toEqual([ids[3], ids[7], ids[1100]]);
    expect(res.body[0]).toMatchObject({
      id: ids[3],
      data: { text: 'annotated' },
      project: projectId,
      total_annotations: 1,
      drafts: [],
    });
    expect(res.body[0].annotations[0]).toMatchObject({ result: [choice('Positive')], lead_time: 4, completed_by: t.owner.id });
  });

  it('exports every task across stream pages with download_all_tasks', async () => {
    const res = await t.call('GET', `/api/projects/${projectId}/export?export_type=JSON&download_all_tasks=true`);
    expect(res.body).toHaveLength(1200);
    expect(res.body[1199].data.text).toBe('t1199');
  });

  it('exports JSON_MIN as the Label Studio converter does', async () => {
    const res = await t.call('GET', `/api/projects/${projectId}/export?exportType=JSON_MIN`);
    // The skipped annotation produces no record; single choices flatten to a string.
    expect(res.headers['content-disposition']).toMatch(/filename="project-\d+-at-.*\.json"/);
    expect(res.body).toHaveLength(2);
    expect(res.body[0]).toMatchObject({
      text: 'annotated',
      id: ids[3],
      sentiment: 'Positive',
      annotator: t.owner.id,
      lead_time: 4,
    });
    expect(res.body[0].annotation_id).toBeTypeOf('number');
  });

  it('exports CSV and TSV as single files', async () => {
    const csv = await download(t, `/api/projects/${projectId}/export?exportType=CSV`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/filename="project-\d+-at-.*\.csv"/);
    const lines = csv.body.toString('utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('"annotation_id","annotator","created_at","id","lead_time","sentiment","text","updated_at"');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('"also, ""annotated"""');
    const tsv = await download(t, `/api/projects/${projectId}/export?exportType=tsv`);
    expect(tsv.status).toBe(200);
    expect(tsv.body.toString('utf8').split('\n')[0]).toContain('"annotator"\t"created_at"');
  });

  it('filters by ids[]', async () => {
    const res = await t.call('GET', `/api/projects/${projectId}/export?exportType=JSON&ids[]=${ids[5]}&ids[]=${ids[6]}`);
    expect(res.body.map((x: { id: number }) => x.id)).toEqual([ids[5], ids[6]]);
    const min = await t.call('GET', `/api/projects/${projectId}/export?exportType=JSON_MIN&ids[]=${ids[7]}`);
    expect(min.body.map((x: { id: number }) => x.id)).toEqual([ids[7]]);
  });

  it("lists every Label Studio format, disabling those the config can't use", async () => {
    const res = await t.call('GET', `/api/projects/${projectId}/export/formats`);
    expect(res.status).toBe(200);
    const enabled = res.body.filter((f: { disabled: boolean }) => !f.disabled).map((f: { name: string }) => f.name);
    expect(enabled).toEqual(['JSON', 'JSON_MIN', 'CSV', 'TSV']);
    const names = res.body.map((f: { name: string }) => f.name);
    for (const n of ['COCO', 'YOLO', 'VOC', 'CONLL2003', 'BRUSH_TO_PNG', 'ASR_MANIFEST', 'YOLO_OBB']) expect(names).toContain(n);
    expect(res.body[0]).toEqual({
      name: 'JSON',
      title: 'JSON',
      description: expect.stringContaining('raw JSON format'),
      link: 'https://labelstud.io/guide/export.html#JSON',
      tags: [],
      disabled: false,
    });
    expect(res.body.find((f: { name: string }) => f.name === 'COCO')).toMatchObject({
      title: 'COCO',
      disabled: true,
      tags: expect.arrayContaining(['object detection']),
    });
  });

  it('answers 400 for an unknown format and for one the config does not support', async () => {
    const unknown = await t.call('GET', `/api/projects/${projectId}/export?exportType=PARQUET`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('unknown');
    expect(unknown.body.detail).toContain('JSON_MIN');
    const coco = await t.call('GET', `/api/projects/${projectId}/export?exportType=COCO`);
    expect(coco.status).toBe(400);
    expect(coco.body.detail).toContain("not supported by this project's labeling config");
    expect(coco.body.validation_errors.exportType[0]).toContain('CSV');
    const numpy = await t.call('GET', `/api/projects/${projectId}/export?exportType=BRUSH_TO_NUMPY`);
    expect(numpy.status).toBe(400);
  });

  it('lets managers export and refuses annotators and reviewers', async () => {
    const manager = await t.addUser(`m-${dialect}@example.com`, 'manager');
    const annotator = await t.addUser(`a-${dialect}@example.com`, 'annotator');
    const reviewer = await t.addUser(`r-${dialect}@example.com`, 'reviewer');
    expect((await t.call('GET', `/api/projects/${projectId}/export?exportType=CSV`, { token: manager.token })).status).toBe(200);
    for (const who of [annotator, reviewer]) {
      expect((await t.call('GET', `/api/projects/${projectId}/export`, { token: who.token })).status).toBe(403);
      expect((await t.call('GET', `/api/projects/${projectId}/export/formats`, { token: who.token })).status).toBe(403);
    }
    expect((await t.call('GET', `/api/projects/${projectId}/export`, { token: null })).status).toBe(401);
    expect((await t.call('GET', `/api/projects/999999/export`)).status).toBe(404);
  });

  describe('image projects', () => {
    let imageProject: number;
    beforeAll(async () => {
      imageProject = (await t.createProject({ title: 'boxes', label_config: IMAGE_CONFIG })).id;
      await t.call('POST', `/api/projects/${imageProject}/import`, {
        body: [
          { data: { image: '/data/upload/1/cat.jpg' }, annotations: [{ result: [box('a', 10, 'Car'), box('b', 50, 'Person')] }] },
          { data: { image: '/data/upload/1/dog.png' }, annotations: [{ result: [box('c', 5, 'Person')] }] },
          { data: { image: 'https://example.com/none.png' } },
        ],
      });
    });

    it('enables the image formats', async () => {
      const res = await t.call('GET', `/api/projects/${imageProject}/export/formats`);
      const enabled = res.body.filter((f: { disabled: boolean }) => !f.disabled).map((f: { name: string }) => f.name);
      expect(enabled).toEqual([
        'JSON',
        'JSON_MIN',
        'CSV',
        'TSV',
        'COCO',
        'COCO_WITH_IMAGES',
        'VOC',
        'YOLO',
        'YOLO_WITH_IMAGES',
        'YOLO_OBB',
        'YOLO_OBB_WITH_IMAGES',
      ]);
    });

    it('zips YOLO: labels per image, classes.txt, notes.json', async () => {
      const res = await download(t, `/api/projects/${imageProject}/export?exportType=YOLO`);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/filename="project-\d+-at-.*\.zip"/);
      const files = res.files!;
      expect([...files.keys()].sort()).toEqual([
        'classes.txt',
        'images/',
        'labels/',
        'labels/cat.txt',
        'labels/dog.txt',
        'notes.json',
      ]);
      expect(files.get('classes.txt')!.toString()).toBe('Car\nPerson\n');
      const lines = files.get('labels/cat.txt')!.toString().trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0].split(' ').map(Number)).toEqual([0, 0.25, 0.4, 0.3, 0.4]);
      expect(JSON.parse(files.get('notes.json')!.toString()).categories).toEqual([
        { id: 0, name: 'Car' },
        { id: 1, name: 'Person' },
      ]);
    });

    it('zips COCO with result.json and VOC with one XML per image', async () => {
      const coco = await download(t, `/api/projects/${imageProject}/export?exportType=COCO`);
      const result = JSON.parse(coco.files!.get('result.json')!.toString());
      expect(result.images).toHaveLength(2);
      expect(result.categories.map((c: { name: string }) => c.name)).toEqual(['Car', 'Person']);
      expect(result.annotations).toHaveLength(3);
      expect(result.annotations[0].bbox).toEqual([80, 120, 240, 240]);
      const voc = await download(t, `/api/projects/${imageProject}/export?exportType=VOC`);
      const xml = voc.files!.get('Annotations/cat.xml')!.toString();
      expect(xml).toContain('<name>Car</name>');
      expect(xml).toContain('<width>800</width>');
    });

    it('exports only the tasks asked for with ids[]', async () => {
      const all = await t.call('GET', `/api/projects/${imageProject}/export?exportType=JSON`);
      const second = all.body[1].id;
      const res = await download(t, `/api/projects/${imageProject}/export?exportType=YOLO&ids[]=${second}`);
      expect([...res.files!.keys()].filter((k) => k.startsWith('labels/') && k.endsWith('.txt'))).toEqual(['labels/dog.txt']);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Every format through the API, against Label Studio's converter run on our own JSON export.

/** Output as Label Studio's converter folder would hold it: files and directories. */
interface Output {
  files: Record<string, Buffer>;
  dirs: string[];
}

/** COCO's and YOLO's `info` carries the clock; the rest must match byte for byte. */
const unclocked = (text: string) =>
  text.replace(/"date_created": "[^"]*"/g, '"date_created": ""').replace(/"year": \d+/g, '"year": 0');

/**
 * Fixture tasks as an import body: data and annotations (ids, authors and times are the server's).
 * Results our import refuses (a control the config lacks, relations to such regions) are left out.
 */
function importBody(f: Fixture) {
  const controls = new Set(f.cfg.config.controls.map((c) => c.name));
  const valid = (result: NonNullable<LsAnnotation['result']>) => {
    const kept = result.filter((r) => r.type === 'relation' || (r.from_name !== undefined && controls.has(r.from_name)));
    const ids = new Set(kept.map((r) => r.id));
    return kept.filter((r) => r.type !== 'relation' || (ids.has(r.from_id as string) && ids.has(r.to_id as string)));
  };
  return f.tasks.map((task) => ({
    data: task.data,
    annotations: (task.annotations ?? []).map((a) => ({
      result: valid(a.result ?? []),
      was_cancelled: a.was_cancelled === true,
      ground_truth: a.ground_truth === true,
      lead_time: a.lead_time ?? null,
    })),
  }));
}

/**
 * Imports tasks, leaving out the result items our import refuses (the fixtures include some on
 * purpose, to test the converter's tolerance): each 400 names them, they go and the import retries.
 */
async function importValid(t: TestApp, projectId: number, body: ReturnType<typeof importBody>) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const res = await t.call('POST', `/api/projects/${projectId}/import`, { body });
    if (res.status === 201) return;
    const errors = (res.body?.validation_errors ?? {}) as Record<string, string[]>;
    let dropped = false;
    for (const [field, messages] of Object.entries(errors)) {
      const m = /^tasks\[(\d+)\]\.annotations\[(\d+)\]\.result$/.exec(field);
      if (!m) continue;
      const result = body[Number(m[1])].annotations[Number(m[2])].result;
      const bad = new Set(
        messages
          .map((msg) => /^\[(\d+)\]/.exec(msg)?.[1])
          .filter(Boolean)
          .map(Number),
      );
      body[Number(m[1])].annotations[Number(m[2])].result = result.filter((_, i) => !bad.has(i));
      dropped = bad.size > 0;
    }
    if (!dropped) throw new Error(`import ${res.status} ${res.raw}`);
  }
  throw new Error('import kept failing');
}

// ASR_MANIFEST needs the audio itself (Label Studio measures the file); it is checked on its own below.
const COMPARED = FIXTURES.map((f) => ({ ...f, formats: f.formats.filter((x) => x !== 'ASR_MANIFEST') })).filter(
  (f) => f.formats.length,
);

describeEachDb('export formats match Label Studio', (dialect) => {
  let t: TestApp;
  const ours = new Map<string, Output>();
  const oracle = new Map<string, OracleResult>();

  beforeAll(async () => {
    await ensureOracleVenv();
    t = await createTestApp(dialect);
    const jobs = [];
    for (const f of COMPARED) {
      const project = await t.createProject({ title: f.name, label_config: f.cfg.xml });
      await importValid(t, project.id, importBody(f));
      const json = await t.call('GET', `/api/projects/${project.id}/export?exportType=JSON`);
      for (const format of [...f.formats, 'JSON_MIN', 'TSV']) {
        const key = `${f.name} / ${format}`;
        if (ours.has(key)) continue;
        const res = await download(t, `/api/projects/${project.id}/export?exportType=${format}`);
        if (res.status !== 200) throw new Error(`${key}: ${res.status} ${res.body.toString()}`);
        const name = /filename="([^"]+)"/.exec(String(res.headers['content-disposition']))![1];
        const out: Output = { files: {}, dirs: [] };
        if (res.files) {
          for (const [p, b] of res.files) {
            if (p.endsWith('/')) out.dirs.push(p.slice(0, -1));
            else out.files[p] = b;
          }
        } else out.files[name] = res.body;
        ours.set(key, out);
        jobs.push({ name: key, format, config: f.cfg.xml, tasks: json.body });
      }
    }
    for (const [name, result] of Object.entries(await runOracle(jobs))) oracle.set(name, result);
  }, 900_000);
  afterAll(() => t?.close());

  it.each(COMPARED.flatMap((f) => [...new Set([...f.formats, 'JSON_MIN', 'TSV'])].map((format) => [`${f.name} / ${format}`])))(
    '%s',
    (key) => {
      const expected = oracle.get(key)!;
      expect(expected.error, 'Label Studio failed').toBeUndefined();
      const got = ours.get(key)!;
      const expectedNames = Object.keys(expected.files).sort();
      if (Object.keys(got.files).length === 1 && expectedNames.length === 1 && !got.dirs.length && !expected.dirs.length) {
        // A lone file is sent as is, under the export's name with the file's extension.
        const [ourName] = Object.keys(got.files);
        expect(ourName.slice(ourName.lastIndexOf('.'))).toBe(expectedNames[0].slice(expectedNames[0].lastIndexOf('.')));
        got.files = { [expectedNames[0]]: got.files[ourName] };
      }
      expect(Object.keys(got.files).sort()).toEqual(expectedNames);
      expect(got.dirs.sort()).toEqual(expected.dirs);
      for (const [file, bytes] of Object.entries(expected.files)) {
        if (file.endsWith('.png')) expect(decodeGrayPng(got.files[file]), file).toEqual(decodeGrayPng(bytes));
        else expect(unclocked(got.files[file].toString('utf8')), file).toBe(unclocked(bytes.toString('utf8')));
      }
    },
  );

  it('writes the ASR manifest from the transcriptions, with the audio duration from the results', async () => {
    const audio = FIXTURES.find((f) => f.formats.includes('ASR_MANIFEST'))!;
    const project = await t.createProject({ title: 'asr', label_config: audio.cfg.xml });
    await importValid(t, project.id, importBody(audio));
    const res = await download(t, `/api/projects/${project.id}/export?exportType=ASR_MANIFEST`);
    expect(res.status).toBe(200);
    const manifest = res
      .files!.get('manifest.json')!
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(res.files!.has('audio/')).toBe(true);
    // Only the clip whose results carry original_length can be measured without the file.
    const annotator = String(t.owner.id);
    expect(manifest).toEqual([
      { audio_filepath: 'audio/clip one.wav', duration: 1.5, text: 'hello world', annotator },
      { audio_filepath: 'audio/clip one.wav', duration: 1.5, text: 'Grüße, "quoted" — ok/ok', annotator },
    ]);
  });
});
