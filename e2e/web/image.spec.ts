import { deflateSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { brushAlpha, decodeBrushRle } from '../../packages/formats/src/export/brush-rle';
import { apiPost, createProject, logIn, uniqueTitle } from './support';

test.beforeEach(async ({ page }) => {
  await logIn(page);
});

const W = 640;
const H = 480;

const CONFIG = `<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="box" toName="image"><Label value="Car"/><Label value="Person"/></RectangleLabels>
  <PolygonLabels name="poly" toName="image"><Label value="Road"/></PolygonLabels>
  <KeyPointLabels name="kp" toName="image"><Label value="Eye"/></KeyPointLabels>
  <BrushLabels name="mask" toName="image"><Label value="Sky"/></BrushLabels>
  <Choices name="quality" toName="image"><Choice value="Good"/><Choice value="Blurry"/></Choices>
</View>`;

// ── A PNG made here, so the test needs no fixture files ─────────────────────────────────────

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGB gradient PNG of `width × height`. */
function png(width: number, height: number): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = (x * 255) / width;
      raw[row + 2 + x * 3] = (y * 255) / height;
      raw[row + 3 + x * 3] = 160;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Uploads the PNG as a task of the project (the import endpoint makes one task per image file). */
async function importImage(page: Page, projectId: number): Promise<number> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'gw_csrftoken')?.value ?? '';
  const response = await page.request.post(`/api/projects/${projectId}/import?return_task_ids=true`, {
    headers: { 'X-CSRFToken': csrf },
    multipart: { file: { name: 'scene.png', mimeType: 'image/png', buffer: png(W, H) } },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { task_ids: number[] };
  return body.task_ids[0];
}

// ── Screen ↔ image, read from the browser's layout of the displayed image ───────────────────

interface Mapping {
  /** Image pixels of a page point. */
  toImage(x: number, y: number): { x: number; y: number };
  /** Page point of image pixels. */
  toPage(x: number, y: number): { x: number; y: number };
}

/** The image element's box on the page is where the viewport put the image (no rotation here). */
async function mapping(page: Page): Promise<Mapping> {
  const box = await page.locator('.gw-image__img').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const sx = box.width / W;
  const sy = box.height / H;
  return {
    toImage: (x, y) => ({ x: (x - box.x) / sx, y: (y - box.y) / sy }),
    toPage: (x, y) => ({ x: box.x + x * sx, y: box.y + y * sy }),
  };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 8): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

const pct = (v: number, size: number) => (v / size) * 100;
/** Within a pixel of the image, in Label Studio's percent. */
const closeTo = (actual: number, expectedPx: number, size: number) =>
  expect(Math.abs(actual - pct(expectedPx, size))).toBeLessThanOrEqual(pct(1, size));

interface ResultItem {
  id: string;
  type: string;
  from_name: string;
  original_width?: number;
  original_height?: number;
  value: Record<string, unknown> & { rotation?: number };
}

async function regionCount(stage: Locator): Promise<number> {
  return Number(await stage.getAttribute('data-regions'));
}

test('draw a box after pressing its label number, a polygon, keypoints, paint and erase a mask, rotate, zoom and pan, submit', async ({
  page,
}) => {
  const project = await createProject(page, uniqueTitle('Image'), CONFIG);
  const taskId = await importImage(page, project.id);
  await page.goto(`/projects/${project.id}/data?task=${taskId}`);
  const stage = page.getByRole('img', { name: 'Image image' });
  await expect(stage).toHaveAttribute('data-loaded', 'true');
  let m = await mapping(page);

  // A box: press 1 (Car), drag from corner to corner.
  await page.keyboard.press('1');
  await expect(page.getByRole('button', { name: /Car/ })).toHaveAttribute('aria-pressed', 'true');
  const boxA = m.toPage(100, 80);
  const boxB = m.toPage(260, 200);
  await drag(page, boxA, boxB);
  await expect.poll(() => regionCount(stage)).toBe(1);

  // A polygon: press 3 (Road), click four points, click the first again to close it.
  await page.keyboard.press('3');
  const poly = [
    [350, 300],
    [500, 290],
    [560, 420],
    [380, 440],
  ].map(([x, y]) => m.toPage(x, y));
  for (const p of poly) await page.mouse.click(p.x, p.y);
  await page.mouse.click(poly[0].x, poly[0].y);
  await expect.poll(() => regionCount(stage)).toBe(2);

  // Two keypoints: press 4 (Eye), click.
  await page.keyboard.press('4');
  const eyes = [m.toPage(40, 420), m.toPage(80, 430)];
  for (const p of eyes) await page.mouse.click(p.x, p.y);
  await expect.poll(() => regionCount(stage)).toBe(4);

  // A mask: press 5 (Sky), paint a horizontal stroke; then the eraser (E) across its middle.
  await page.keyboard.press('5');
  await page.getByRole('slider', { name: 'Brush size' }).fill('20');
  await drag(page, m.toPage(300, 60), m.toPage(500, 60), 12);
  await expect.poll(() => regionCount(stage)).toBe(5);
  await page.keyboard.press('e');
  await expect(page.getByRole('button', { name: 'Eraser', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await drag(page, m.toPage(400, 20), m.toPage(400, 100), 10);

  // Rotate the box: the select tool (V), click the box, drag its round handle to the right of its centre.
  await page.keyboard.press('v');
  const centre = m.toPage(180, 140);
  await page.mouse.click(centre.x, centre.y);
  await expect(stage).toHaveAttribute('data-selected', '1');
  const handle = await stage.evaluate((el) => el.getAttribute('data-rotate-handle'));
  expect(handle).not.toBeNull();
  const [hx, hy] = handle!.split(',').map(Number);
  const stageBox = (await stage.boundingBox())!;
  await drag(page, { x: stageBox.x + hx, y: stageBox.y + hy }, { x: centre.x + 150, y: centre.y }, 10);

  // Zoom in around a point with the wheel, pan by dragging empty space, then draw a second box (2, Person).
  const zoomBefore = await page.getByLabel('Zoom level').textContent();
  const anchor = m.toPage(520, 180);
  await page.mouse.move(anchor.x, anchor.y);
  await page.mouse.wheel(0, -300);
  await expect(page.getByLabel('Zoom level')).not.toHaveText(zoomBefore ?? '');
  const zoomed = await mapping(page);
  // The image point under the cursor stays under it.
  const still = zoomed.toImage(anchor.x, anchor.y);
  expect(Math.abs(still.x - 520)).toBeLessThanOrEqual(1);
  expect(Math.abs(still.y - 180)).toBeLessThanOrEqual(1);
  await page.keyboard.press('Escape');
  const empty = zoomed.toPage(600, 250);
  await drag(page, empty, { x: empty.x - 60, y: empty.y + 40 });
  m = await mapping(page);
  expect(Math.abs(m.toImage(empty.x - 60, empty.y + 40).x - 600)).toBeLessThanOrEqual(1);
  await page.keyboard.press('2');
  const personA = m.toPage(560, 150);
  const personB = m.toPage(600, 230);
  await drag(page, personA, personB);
  await expect.poll(() => regionCount(stage)).toBe(6);

  // The region list: every region; Hide all hides them all, Show all brings them back.
  const list = page.getByRole('region', { name: 'Regions' });
  await expect(list.getByRole('listitem')).toHaveCount(6);
  await list.getByRole('button', { name: 'Hide all' }).click();
  await expect(list.locator('li[data-hidden]')).toHaveCount(6);
  await list.getByRole('button', { name: 'Show all' }).click();
  await expect(list.locator('li[data-hidden]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('tab', { name: /· you/ })).toHaveAttribute('aria-selected', 'true');

  // Read the annotation back through the API and compare with what was drawn.
  const task = (await (await page.request.get(`/api/tasks/${taskId}`)).json()) as { annotations: { result: ResultItem[] }[] };
  const result = task.annotations[0].result;
  for (const item of result) expect(item).toMatchObject({ original_width: W, original_height: H });
  const boxes = result.filter((r) => r.type === 'rectanglelabels');
  expect(boxes.map((b) => b.value.rectanglelabels)).toEqual([['Car'], ['Person']]);

  // The first box, rotated a quarter turn about its centre: same size and centre, rotation 90°.
  const car = boxes[0].value as { x: number; y: number; width: number; height: number; rotation: number };
  closeTo(car.width, 160, W);
  closeTo(car.height, 120, H);
  expect(Math.abs(car.rotation - 90)).toBeLessThanOrEqual(1);
  const rad = (car.rotation * Math.PI) / 180;
  const x0 = (car.x / 100) * W;
  const y0 = (car.y / 100) * H;
  const w = (car.width / 100) * W;
  const h = (car.height / 100) * H;
  const cx = x0 + (w / 2) * Math.cos(rad) - (h / 2) * Math.sin(rad);
  const cy = y0 + (w / 2) * Math.sin(rad) + (h / 2) * Math.cos(rad);
  expect(Math.abs(cx - 180)).toBeLessThanOrEqual(1);
  expect(Math.abs(cy - 140)).toBeLessThanOrEqual(1);

  // The box drawn after zooming and panning.
  const person = boxes[1].value as { x: number; y: number; width: number; height: number; rotation: number };
  closeTo(person.x, 560, W);
  closeTo(person.y, 150, H);
  closeTo(person.width, 40, W);
  closeTo(person.height, 80, H);
  expect(person.rotation).toBe(0);

  const polygon = result.find((r) => r.type === 'polygonlabels')!;
  expect(polygon.value.polygonlabels).toEqual(['Road']);
  const points = polygon.value.points as [number, number][];
  expect(points).toHaveLength(4);
  [
    [350, 300],
    [500, 290],
    [560, 420],
    [380, 440],
  ].forEach(([x, y], i) => {
    closeTo(points[i][0], x, W);
    closeTo(points[i][1], y, H);
  });

  const keypoints = result.filter((r) => r.type === 'keypointlabels');
  expect(keypoints.map((k) => k.value.keypointlabels)).toEqual([['Eye'], ['Eye']]);
  closeTo(keypoints[0].value.x as number, 40, W);
  closeTo(keypoints[0].value.y as number, 420, H);
  closeTo(keypoints[1].value.x as number, 80, W);
  closeTo(keypoints[1].value.y as number, 430, H);

  // The mask: painted along y = 60 from x = 300 to 500 (radius 10), erased along x = 400.
  const mask = result.find((r) => r.type === 'brushlabels')!;
  expect(mask.value).toMatchObject({ format: 'rle', brushlabels: ['Sky'] });
  const alpha = brushAlpha(decodeBrushRle(mask.value.rle as number[]), W, H);
  const at = (x: number, y: number) => alpha[y * W + x];
  expect(at(320, 60)).toBeGreaterThan(0);
  expect(at(480, 64)).toBeGreaterThan(0);
  expect(at(400, 60)).toBe(0);
  expect(at(320, 80)).toBe(0);
  expect(at(250, 60)).toBe(0);
});

test('an image that fails to load shows its URL, and the rest of the editor still works', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('Broken image'), CONFIG);
  const csrf = (await page.context().cookies()).find((c) => c.name === 'gw_csrftoken')?.value ?? '';
  const response = await page.request.post(`/api/projects/${project.id}/import?return_task_ids=true`, {
    headers: { 'X-CSRFToken': csrf },
    data: [{ image: '/data/upload/999999/missing.png' }],
  });
  const { task_ids } = (await response.json()) as { task_ids: number[] };
  await page.goto(`/projects/${project.id}/data?task=${task_ids[0]}`);
  await expect(page.getByRole('alert').filter({ hasText: 'The image could not be loaded' })).toContainText(
    '/data/upload/999999/missing.png',
  );
  await page.getByRole('radio', { name: /Blurry/ }).check();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('tab', { name: /· you/ })).toHaveAttribute('aria-selected', 'true');
  const task = (await (await page.request.get(`/api/tasks/${task_ids[0]}`)).json()) as {
    annotations: { result: ResultItem[] }[];
  };
  expect(task.annotations[0].result.map((r) => r.value.choices)).toEqual([['Blurry']]);
});

test('what partial redraws leave on the regions canvas after panning, moving and deleting equals a full redraw', async ({
  page,
}) => {
  const project = await createProject(page, uniqueTitle('Redraw'), CONFIG);
  const taskId = await importImage(page, project.id);
  // 400 overlapping boxes of two labels on a grid, so every pan uncovers some and every edit overlaps others.
  const result = Array.from({ length: 400 }, (_, i) => ({
    id: `b${i}`,
    type: 'rectanglelabels',
    from_name: 'box',
    to_name: 'image',
    original_width: W,
    original_height: H,
    image_rotation: 0,
    value: {
      x: ((i % 20) * 5 + (i % 3)) * 0.88,
      y: (Math.floor(i / 20) * 5 + (i % 2)) * 0.88,
      width: 6 + (i % 4),
      height: 5 + (i % 5),
      rotation: 0,
      rectanglelabels: [i % 2 ? 'Car' : 'Person'],
    },
  }));
  await apiPost(page, `/api/tasks/${taskId}/annotations`, { result });
  await page.goto(`/projects/${project.id}/data?task=${taskId}`);
  const stage = page.getByRole('img', { name: 'Image image' });
  await expect(stage).toHaveAttribute('data-loaded', 'true');
  await expect.poll(() => regionCount(stage)).toBe(400);

  // Pan with the middle button (whole and fractional steps), select and drag a box, delete another.
  const box = (await stage.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down({ button: 'middle' });
  await page.mouse.move(box.x + box.width / 2 - 37, box.y + box.height / 2 + 23, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 - 52.5, box.y + box.height / 2 + 11, { steps: 3 });
  await page.mouse.up({ button: 'middle' });
  await page.keyboard.press('v');
  const m = await mapping(page);
  const target = result[205].value;
  const at = m.toPage(((target.x + target.width / 2) / 100) * W, ((target.y + target.height / 2) / 100) * H);
  await page.mouse.click(at.x, at.y);
  await expect(stage).toHaveAttribute('data-selected', '1');
  await drag(page, at, { x: at.x + 31, y: at.y - 17 });
  await page.keyboard.press('Delete');
  await expect.poll(() => regionCount(stage)).toBe(399);
  const other = result[48].value;
  const at2 = m.toPage(((other.x + other.width / 2) / 100) * W, ((other.y + other.height / 2) / 100) * H);
  await page.mouse.click(at2.x, at2.y);
  await expect(stage).toHaveAttribute('data-selected', '1');
  await drag(page, at2, { x: at2.x - 12, y: at2.y + 40 });
  await page.keyboard.press('Escape');
  await expect(stage).toHaveAttribute('data-selected', '0');

  // The canvases stay in the page as handles and are compared there: carrying millions of channel
  // values over the protocol took about 15 s per copy on a 2-core machine.
  const regions = stage.locator('canvas.gw-image__layer').first();
  const snapshot = () =>
    regions.evaluateHandle(
      (el) =>
        new Promise<Uint8ClampedArray>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const c = el as HTMLCanvasElement;
              resolve(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data);
            }),
          ),
        ),
    );
  const partial = await snapshot();
  expect(await partial.evaluate((data) => data.some((v) => v !== 0))).toBe(true);
  // A settings change redraws every region from scratch; set the opacity back to where it was.
  const opacity = page.getByRole('slider', { name: 'Fill opacity' });
  await opacity.fill('60');
  await opacity.fill('25');
  const full = await snapshot();
  expect(await full.evaluate((data) => data.length)).toBe(await partial.evaluate((data) => data.length));
  // Panning copies the canvas onto itself; its premultiplied alpha rounds a channel by a few levels.
  // A region left out or drawn twice, or a seam at a redrawn part's edge, differs by far more.
  const differing = await page.evaluate(
    ([a, b]) => {
      let n = 0;
      for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 8) n++;
      return n;
    },
    [partial, full] as const,
  );
  expect(differing).toBe(0);
});

test('a Filter narrows the label buttons of an image control, and a filtered label still draws', async ({ page }) => {
  const config = `<View>
  <Image name="image" value="$image"/>
  <Filter name="find" toName="box" minlength="2" placeholder="Find a label"/>
  <RectangleLabels name="box" toName="image">
    <Label value="Car"/><Label value="Cart"/><Label value="Person"/><Label value="Bicycle"/>
  </RectangleLabels>
</View>`;
  const project = await createProject(page, uniqueTitle('Image filter'), config);
  const taskId = await importImage(page, project.id);
  await page.goto(`/projects/${project.id}/data?task=${taskId}`);
  const stage = page.getByRole('img', { name: 'Image image' });
  await expect(stage).toHaveAttribute('data-loaded', 'true');
  const labels = page.getByRole('group', { name: 'Labels box' }).getByRole('button');
  await expect(labels).toHaveCount(4);
  await page.getByRole('searchbox', { name: /Find a label/ }).fill('car');
  await expect(labels).toHaveCount(2);
  await expect(labels.nth(0)).toContainText('Car');
  await expect(labels.nth(1)).toContainText('Cart');
  await labels.nth(1).click();
  const m = await mapping(page);
  await drag(page, m.toPage(50, 50), m.toPage(150, 120));
  await expect.poll(() => regionCount(stage)).toBe(1);
  await page.getByRole('searchbox', { name: /Find a label/ }).fill('');
  await expect(labels).toHaveCount(4);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('tab', { name: /· you/ })).toHaveAttribute('aria-selected', 'true');
  const task = (await (await page.request.get(`/api/tasks/${taskId}`)).json()) as { annotations: { result: ResultItem[] }[] };
  expect(task.annotations[0].result.map((r) => r.value.rectanglelabels)).toEqual([['Cart']]);
});

const LABELS_CONFIG = `<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="box" toName="image"><Label value="Car"/><Label value="Person"/><Label value="Bike"/></RectangleLabels>
  <PolygonLabels name="poly" toName="image"><Label value="Road"/><Label value="Lane"/></PolygonLabels>
</View>`;

test('each new region keeps the label chosen for it: boxes and polygons in a row, by key and by clicking the label', async ({
  page,
}) => {
  const project = await createProject(page, uniqueTitle('Labels in a row'), LABELS_CONFIG);
  const taskId = await importImage(page, project.id);
  await page.goto(`/projects/${project.id}/data?task=${taskId}`);
  const stage = page.getByRole('img', { name: 'Image image' });
  await expect(stage).toHaveAttribute('data-loaded', 'true');
  const m = await mapping(page);
  const box = async (x: number, y: number, n: number) => {
    await drag(page, m.toPage(x, y), m.toPage(x + 60, y + 40));
    await expect.poll(() => regionCount(stage)).toBe(n);
    // A region just drawn is not selected, so the next label goes to the next region.
    await expect(stage).toHaveAttribute('data-selected', '0');
  };

  await page.keyboard.press('1');
  await box(20, 20, 1);
  await page.keyboard.press('2');
  await box(120, 20, 2);
  await page.getByRole('button', { name: 'Bike 3' }).click();
  await box(220, 20, 3);

  const polygon = async (x: number, y: number, n: number) => {
    const pts = [
      [x, y],
      [x + 80, y],
      [x + 80, y + 60],
      [x, y + 60],
    ].map(([px, py]) => m.toPage(px, py));
    for (const p of pts) await page.mouse.click(p.x, p.y);
    await page.mouse.click(pts[0].x, pts[0].y);
    await expect.poll(() => regionCount(stage)).toBe(n);
  };
  await page.keyboard.press('4');
  await polygon(40, 200, 4);
  await page.keyboard.press('5');
  await polygon(240, 200, 5);

  // With "Select regions after creating" on, the box just drawn is selected and a label key relabels it.
  const selectAfterCreate = page.getByRole('switch', { name: 'Select regions after creating' });
  await selectAfterCreate.check();
  await selectAfterCreate.blur();
  await page.keyboard.press('1');
  await expect(page.getByRole('button', { name: 'Car 1' })).toHaveAttribute('aria-pressed', 'true');
  await drag(page, m.toPage(420, 20), m.toPage(480, 60));
  await expect.poll(() => regionCount(stage)).toBe(6);
  await expect(stage).toHaveAttribute('data-selected', '1');
  await page.keyboard.press('3');

  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('tab', { name: /· you/ })).toHaveAttribute('aria-selected', 'true');
  const task = (await (await page.request.get(`/api/tasks/${taskId}`)).json()) as { annotations: { result: ResultItem[] }[] };
  const result = task.annotations[0].result;
  const boxes = result.filter((r) => r.type === 'rectanglelabels');
  expect(boxes.map((b) => [Math.round(b.value.x as number), b.value.rectanglelabels])).toEqual([
    [Math.round(pct(20, W)), ['Car']],
    [Math.round(pct(120, W)), ['Person']],
    [Math.round(pct(220, W)), ['Bike']],
    [Math.round(pct(420, W)), ['Bike']],
  ]);
  const polygons = result.filter((r) => r.type === 'polygonlabels');
  expect(polygons.map((p) => p.value.polygonlabels)).toEqual([['Road'], ['Lane']]);
});
