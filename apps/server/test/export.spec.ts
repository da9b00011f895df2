import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, describeEachDb, downloadExport as download, type TestApp } from './harness';

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
