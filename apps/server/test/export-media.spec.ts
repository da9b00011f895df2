import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { encodeGrayPng } from '../../../packages/formats/src/export/png-encoder';
import { unzip } from '../src/platform/zip/zip';
import { createTestApp, describeEachDb, type TestApp } from './harness';

const CONFIG =
  '<View><Image name="image" value="$image"/><RectangleLabels name="label" toName="image"><Label value="Car"/></RectangleLabels></View>';

/** A multipart/form-data body as a browser sends it. */
async function multipart(files: { name: string; content: Uint8Array }[]) {
  const form = new FormData();
  files.forEach((f, i) => form.append(`file${i}`, new Blob([Buffer.from(f.content)]), f.name));
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { body: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')! } };
}

/** A grey PNG of this size whose pixels are random, so every image's bytes differ. */
function png(width: number, height: number): Uint8Array {
  return encodeGrayPng(crypto.randomBytes(width * height), width, height);
}

/** A baseline JPEG header (SOI, APP0, SOF0 with 3 components) is all the size reader needs; the rest is padding. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof, ...new Array(9).fill(0), ...crypto.randomBytes(64), 0xff, 0xd9]);
}

const box = (x: number) => ({
  id: `b${x}`,
  from_name: 'label',
  to_name: 'image',
  type: 'rectanglelabels',
  original_width: 40,
  original_height: 20,
  value: { x, y: 10, width: 25, height: 50, rotation: 0, rectanglelabels: ['Car'] },
});

describeEachDb('exports with media files', (dialect) => {
  let t: TestApp;
  let projectId: number;
  /** Uploaded images by their stored URL, with their bytes. */
  const uploads = new Map<string, Buffer>();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    projectId = (await t.createProject({ title: 'media', label_config: CONFIG })).id;
    const files = [
      { name: 'street one.png', content: png(40, 20) },
      { name: 'road.jpg', content: jpegHeader(640, 480) },
    ];
    const { body, headers } = await multipart(files);
    const res = await t.call('POST', `/api/projects/${projectId}/import?return_task_ids=true`, { body: body as never, headers });
    expect(res.status, res.raw).toBe(201);
    const tasks = (await t.call('GET', `/api/tasks?project=${projectId}&page_size=10`)).body.tasks;
    for (const task of tasks) {
      const original = files.find((f) => task.data.image.endsWith(f.name.replace(/ /g, '_')))!;
      uploads.set(task.data.image, Buffer.from(original.content));
      expect((await t.call('POST', `/api/tasks/${task.id}/annotations`, { body: { result: [box(10)] } })).status).toBe(201);
    }
    // An external image: listed in the export, never fetched.
    await t.call('POST', `/api/projects/${projectId}/import`, {
      body: [{ data: { image: 'http://127.0.0.1:9/remote.png' }, annotations: [{ result: [box(20)] }] }],
    });
  });
  afterAll(() => t.close());

  const download = async (url: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Token ${t.owner.token}` } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    return unzip(res.rawPayload);
  };
  /** `images/<stored file name>` for each upload: the name Label Studio's converter gives a copied upload. */
  const imagePaths = () => [...uploads.keys()].map((u) => `images/${u.split('/').pop()}`).sort();
  const imageMembers = (files: Map<string, Buffer>) =>
    [...files.keys()].filter((k) => k.startsWith('images/') && k !== 'images/').sort();

  it('bundles the uploaded images into COCO_WITH_IMAGES, named as result.json references them', async () => {
    const files = await download(`/api/projects/${projectId}/export?exportType=COCO_WITH_IMAGES`);
    expect(imageMembers(files)).toEqual(imagePaths());
    for (const [url, bytes] of uploads) expect(files.get(`images/${url.split('/').pop()}`)!.equals(bytes)).toBe(true);
    const result = JSON.parse(files.get('result.json')!.toString());
    const names = result.images.map((i: { file_name: string }) => i.file_name);
    expect(names.filter((n: string) => !n.endsWith('remote.png')).sort()).toEqual(imagePaths());
    // The size comes from the image itself, as Label Studio reads it from the downloaded file.
    const jpg = result.images.find((i: { file_name: string }) => i.file_name.endsWith('.jpg'));
    expect([jpg.width, jpg.height]).toEqual([640, 480]);
    const pngImage = result.images.find((i: { file_name: string }) => i.file_name.endsWith('.png'));
    expect([pngImage.width, pngImage.height]).toEqual([40, 20]);
    // The external image is referenced (under the name Label Studio gives media it did not fetch) but not fetched.
    expect(names.filter((n: string) => n.endsWith('remote.png'))).toEqual([
      expect.stringMatching(/^images\/[0-9a-f]{8}__remote\.png$/),
    ]);
    expect([...files.keys()].some((k) => k.includes('remote.png'))).toBe(false);
  });

  it('bundles them into YOLO_WITH_IMAGES and YOLO_OBB_WITH_IMAGES beside one label file per image', async () => {
    for (const format of ['YOLO_WITH_IMAGES', 'YOLO_OBB_WITH_IMAGES']) {
      const files = await download(`/api/projects/${projectId}/export?exportType=${format}`);
      expect(imageMembers(files), format).toEqual(imagePaths());
      for (const [url, bytes] of uploads) {
        const name = url.split('/').pop()!;
        expect(files.get(`images/${name}`)!.equals(bytes)).toBe(true);
        expect(files.has(`labels/${name.slice(0, name.lastIndexOf('.'))}.txt`), `${format} ${name}`).toBe(true);
      }
      expect(files.get('classes.txt')!.toString()).toBe('Car\n');
    }
  });

  it('leaves images out of plain COCO and YOLO, and out of VOC when download_resources=false', async () => {
    for (const format of ['COCO', 'YOLO', 'YOLO_OBB']) {
      const files = await download(`/api/projects/${projectId}/export?exportType=${format}&download_resources=true`);
      expect(imageMembers(files), format).toEqual([]);
    }
    const voc = await download(`/api/projects/${projectId}/export?exportType=VOC`);
    expect(imageMembers(voc)).toEqual(imagePaths());
    const jpgName = [...uploads.keys()]
      .find((u) => u.endsWith('.jpg'))!
      .split('/')
      .pop()!;
    const xml = voc.get(`Annotations/${jpgName.replace(/\.jpg$/, '')}.xml`)!.toString();
    expect(xml).toContain(`<filename>${jpgName}</filename>`);
    const without = await download(`/api/projects/${projectId}/export?exportType=VOC&download_resources=false`);
    expect(imageMembers(without)).toEqual([]);
  });

  it('bundles the images when a snapshot is downloaded or converted with images', async () => {
    const created = await t.call('POST', `/api/projects/${projectId}/exports`, { body: {} });
    await t.app.services.exportSnapshots.settled(created.body.id);
    const base = `/api/projects/${projectId}/exports/${created.body.id}`;
    expect(imageMembers(await download(`${base}/download?exportType=YOLO_WITH_IMAGES`))).toEqual(imagePaths());
    expect((await t.call('POST', `${base}/convert`, { body: { export_type: 'COCO_WITH_IMAGES' } })).status).toBe(200);
    await t.app.services.exportSnapshots.settled(created.body.id);
    const stored = await download(`${base}/download?exportType=COCO_WITH_IMAGES`);
    expect(imageMembers(stored)).toEqual(imagePaths());
  });

  it('converts a snapshot to VOC with the images unless download_resources is false', async () => {
    const vocOf = async (downloadResources: boolean | undefined) => {
      const created = await t.call('POST', `/api/projects/${projectId}/exports`, { body: {} });
      await t.app.services.exportSnapshots.settled(created.body.id);
      const base = `/api/projects/${projectId}/exports/${created.body.id}`;
      const body =
        downloadResources === undefined ? { export_type: 'VOC' } : { export_type: 'VOC', download_resources: downloadResources };
      expect((await t.call('POST', `${base}/convert`, { body })).status).toBe(200);
      await t.app.services.exportSnapshots.settled(created.body.id);
      const snap = (await t.call('GET', base)).body;
      expect(snap.converted_formats).toMatchObject([{ export_type: 'VOC', status: 'completed' }]);
      return imageMembers(await download(`${base}/download?exportType=VOC`));
    };
    expect(await vocOf(false)).toEqual([]);
    expect(await vocOf(true)).toEqual(imagePaths());
    expect(await vocOf(undefined)).toEqual(imagePaths());
  });

  it('does not bundle another project’s uploads', async () => {
    const other = (await t.createProject({ title: 'other', label_config: CONFIG })).id;
    const url = [...uploads.keys()][0];
    await t.call('POST', `/api/projects/${other}/import`, {
      body: [{ data: { image: url }, annotations: [{ result: [box(5)] }] }],
    });
    const files = await download(`/api/projects/${other}/export?exportType=COCO_WITH_IMAGES`);
    expect(imageMembers(files)).toEqual([]);
  });
});
