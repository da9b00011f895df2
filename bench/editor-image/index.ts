import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { buildApp } from '../../apps/server/src/app';
import { loadConfig } from '../../apps/server/src/config';
import { openDatabase } from '../../apps/server/src/platform/db/database';
import { migrate } from '../../apps/server/src/platform/db/migrator';
import { BrushMask } from '../../packages/editor/src/tags/image/shapes/brush/mask';
import { fmt, percentile } from '../util';

/**
 * bench/editor-image: issue 5's goals for image labeling, in the built web app in headless Chromium
 * against the real server (SQLite). Three tasks, each an uploaded PNG with one annotation:
 *
 * - boxes: 5,000 RectangleLabels boxes on a 2,000 × 1,500 image;
 * - polygons: 2,000 PolygonLabels polygons of 20 points on the same image;
 * - masks: 30 BrushLabels masks on a 4,000 × 3,000 image.
 *
 * Figures per task: navigation → interactive (every region drawn, the Update button enabled, and
 * the paint after); frame times while zooming (wheel) and panning (middle-button drag)
 * continuously, p50/p95 and fps; select (click) → painted, move (drag) → painted, delete
 * (Delete key) → painted; submit (Update) → request sent and → response, with the longest
 * main-thread task meanwhile. Masks also: one brush stroke → saved and painted.
 *
 * Env: BENCH_BOXES (5000), BENCH_POLYGONS (2000), BENCH_MASKS (30), BENCH_FRAMES (120 per gesture),
 * BENCH_REPEAT (5 for select/move/delete), GROUNDWORK_WEB_DIST (apps/web/dist).
 */
const BOXES = Number(process.env.BENCH_BOXES || 5_000);
const POLYGONS = Number(process.env.BENCH_POLYGONS || 2_000);
const MASKS = Number(process.env.BENCH_MASKS || 30);
const FRAMES = Number(process.env.BENCH_FRAMES || 120);
const REPEAT = Number(process.env.BENCH_REPEAT || 5);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_DIST = process.env.GROUNDWORK_WEB_DIST || path.join(root, 'apps/web/dist');
const EMAIL = 'bench@example.com';
const PASSWORD = 'password123';
const LABELS = ['Car', 'Person', 'Tree'];
const CONFIG = `<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="box" toName="image">${LABELS.map((l) => `<Label value="${l}"/>`).join('')}</RectangleLabels>
  <PolygonLabels name="poly" toName="image">${LABELS.map((l) => `<Label value="${l}"/>`).join('')}</PolygonLabels>
  <BrushLabels name="mask" toName="image">${LABELS.map((l) => `<Label value="${l}"/>`).join('')}</BrushLabels>
</View>`;

// ---------------------------------------------------------------------------------------------
// Server: a real one on SQLite, serving the built web app.

interface WebServer {
  url: string;
  token: string;
  stop(): Promise<void>;
}

async function startWebServer(): Promise<WebServer> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html')))
    throw new Error('Build the web app first: npm run build -w @groundwork/web');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-'));
  const db = openDatabase({ url: path.join(dir, 'bench.sqlite3') });
  await migrate(db);
  const config = { ...loadConfig({}), dataDir: dir, webDistDir: WEB_DIST, logLevel: 'warn' };
  const app = await buildApp({ db, config, secret: 'bench' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const user = await app.services.users.createUser({ email: EMAIL, password: PASSWORD });
  return {
    url: `http://127.0.0.1:${port}`,
    token: app.services.users.tokenOf(user),
    async stop() {
      await app.close();
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Data: generated PNGs and seeded regions.

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

/** A grey PNG with a coarse checker pattern, `width × height`. */
function png(width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = ((x >> 6) + (y >> 6)) % 2 ? 200 : 150;
      const o = y * stride + 1 + x * 3;
      raw[o] = v;
      raw[o + 1] = v - (x % 256) / 8;
      raw[o + 2] = v - (y % 256) / 8;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

function envelope(i: number, W: number, H: number, fromName: string, type: string) {
  return {
    original_width: W,
    original_height: H,
    image_rotation: 0,
    id: `r${i.toString(36).padStart(5, '0')}`,
    from_name: fromName,
    to_name: 'image',
    type,
    origin: 'manual',
  };
}

function boxes(count: number, W: number, H: number) {
  const rand = rng(7);
  return Array.from({ length: count }, (_, i) => {
    const w = 10 + rand() * 50;
    const h = 10 + rand() * 50;
    const x = rand() * (W - w);
    const y = rand() * (H - h);
    return {
      ...envelope(i, W, H, 'box', 'rectanglelabels'),
      value: {
        x: round((x / W) * 100),
        y: round((y / H) * 100),
        width: round((w / W) * 100),
        height: round((h / H) * 100),
        rotation: 0,
        rectanglelabels: [LABELS[i % 3]],
      },
    };
  });
}

function polygons(count: number, W: number, H: number) {
  const rand = rng(11);
  return Array.from({ length: count }, (_, i) => {
    const r = 15 + rand() * 30;
    const cx = r + rand() * (W - 2 * r);
    const cy = r + rand() * (H - 2 * r);
    const points = Array.from({ length: 20 }, (_, k) => {
      const a = (k / 20) * Math.PI * 2;
      const rr = r * (0.7 + rand() * 0.3);
      return [round(((cx + rr * Math.cos(a)) / W) * 100), round(((cy + rr * Math.sin(a)) / H) * 100)];
    });
    return { ...envelope(i, W, H, 'poly', 'polygonlabels'), value: { points, closed: true, polygonlabels: [LABELS[i % 3]] } };
  });
}

function masks(count: number, W: number, H: number) {
  const rand = rng(13);
  return Array.from({ length: count }, (_, i) => {
    const mask = new BrushMask(W, H);
    // A few strokes per region, as a person paints a blob.
    const x0 = 200 + rand() * (W - 800);
    const y0 = 200 + rand() * (H - 800);
    for (let s = 0; s < 4; s++) {
      const pts = Array.from({ length: 8 }, (_, k) => ({ x: x0 + k * 60 + rand() * 40, y: y0 + s * 60 + rand() * 40 }));
      mask.stroke(pts, 25 + rand() * 20, 'paint');
    }
    return {
      ...envelope(i, W, H, 'mask', 'brushlabels'),
      value: { format: 'rle', rle: mask.toRle(), brushlabels: [LABELS[i % 3]] },
    };
  });
}

async function api(server: WebServer, url: string, body: unknown): Promise<{ [k: string]: unknown }> {
  const res = await fetch(`${server.url}${url}`, {
    method: 'POST',
    headers: { authorization: `Token ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { [k: string]: unknown };
}

/** A project with one task: the PNG uploaded through the import endpoint, then an annotation holding `result`. */
async function seed(
  server: WebServer,
  title: string,
  W: number,
  H: number,
  result: unknown[],
): Promise<{ url: string; taskId: number }> {
  const project = await api(server, '/api/projects', { title, label_config: CONFIG });
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(png(W, H))], { type: 'image/png' }), `${title.replace(/\W+/g, '-')}.png`);
  const res = await fetch(`${server.url}/api/projects/${project.id}/import?return_task_ids=true`, {
    method: 'POST',
    headers: { authorization: `Token ${server.token}` },
    body: form,
  });
  if (!res.ok) throw new Error(`upload: ${res.status} ${await res.text()}`);
  const taskId = ((await res.json()) as { task_ids: number[] }).task_ids[0];
  await api(server, `/api/tasks/${taskId}/annotations`, { result, lead_time: 1 });
  return { url: `/projects/${project.id}/data?task=${taskId}`, taskId };
}

// ---------------------------------------------------------------------------------------------
// In the page. These functions are serialized into the browser, so they use nothing from here.

interface BenchState {
  expected: number;
  readyAt: number | null;
  paintedAt: number | null;
}

interface BenchWindow {
  __bench: BenchState;
  __benchLongTasks: { start: number; duration: number }[];
  __benchFrames: number[] | null;
  __benchArm(kind: 'pointerdown' | 'pointerup' | 'keydown' | 'click', attr: string, value: string): void;
  __benchWait(): Promise<{ toPaint: number; longest: number; requestSent?: number; responded?: number }>;
}

function instrument(expected: number) {
  const w = window as unknown as BenchWindow;
  const state: BenchState = { expected, readyAt: null, paintedAt: null };
  w.__bench = state;
  w.__benchLongTasks = [];
  w.__benchFrames = null;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API.
  }
  const afterPaint = (done: () => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(0);
  };
  const stage = () => document.querySelector<HTMLElement>('.gw-image__stage');
  const tick = () => {
    const s = stage();
    const button = document.querySelector<HTMLButtonElement>('.gw-toolbar .gw-primary');
    if (
      s &&
      s.dataset.regions === String(state.expected) &&
      (s.dataset.pending ?? '0') === '0' &&
      button &&
      !button.disabled &&
      button.textContent === 'Update'
    ) {
      state.readyAt = performance.now();
      afterPaint(() => {
        state.paintedAt = performance.now();
      });
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // Frame timestamps while a gesture runs.
  const frame = (t: number) => {
    if (w.__benchFrames) w.__benchFrames.push(t);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  let result: Promise<{ toPaint: number; longest: number; requestSent?: number; responded?: number }> | null = null;
  /** After the next `kind` event: ms until a painted frame where the stage's `data-<attr>` is `value` (or, for click, until the save's response). */
  w.__benchArm = (kind, attr, value) => {
    result = new Promise((resolve, reject) => {
      const on = () => {
        window.removeEventListener(kind, on, true);
        const t0 = performance.now();
        const deadline = t0 + 20_000;
        const longest = () => Math.max(0, ...w.__benchLongTasks.filter((l) => l.start + l.duration >= t0).map((l) => l.duration));
        if (kind === 'click') {
          const poll = () => {
            const entry = performance
              .getEntriesByType('resource')
              .find((e) => /\/api\/(annotations\/\d+|tasks\/\d+\/annotations)/.test(e.name) && e.startTime >= t0) as
              PerformanceResourceTiming | undefined;
            if (entry && entry.responseEnd > 0) {
              resolve({ toPaint: NaN, longest: longest(), requestSent: entry.startTime - t0, responded: entry.responseEnd - t0 });
            } else if (performance.now() > deadline) reject(new Error('no save request'));
            else setTimeout(poll, 5);
          };
          poll();
          return;
        }
        const poll = () => {
          if (stage()?.dataset[attr] === value)
            afterPaint(() => resolve({ toPaint: performance.now() - t0, longest: longest() }));
          else if (performance.now() > deadline)
            reject(new Error(`data-${attr} stayed ${stage()?.dataset[attr]}, expected ${value}`));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      };
      window.addEventListener(kind, on, true);
    });
  };
  w.__benchWait = () => {
    if (!result) throw new Error('not armed');
    return result;
  };
}

// ---------------------------------------------------------------------------------------------

interface Figures {
  name: string;
  open: number[];
  openLongest: number[];
  frames: number[];
  gestureLongest: number;
  select: number[];
  move: number[];
  del: number[];
  stroke: number[];
  submitSent: number;
  submitResponded: number;
  submitLongest: number;
}

async function open(page: Page, url: string): Promise<{ painted: number; longest: number }> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench?.paintedAt != null, undefined, {
    timeout: 120_000,
    polling: 50,
  });
  return page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    return { painted: w.__bench.paintedAt ?? NaN, longest: Math.max(0, ...w.__benchLongTasks.map((l) => l.duration)) };
  });
}

async function stageBox(page: Page) {
  const box = await page.locator('.gw-image__stage').boundingBox();
  if (!box) throw new Error('no stage');
  return box;
}

/** Where an image pixel is on the page, from the image element's layout. */
async function toPage(page: Page, W: number, H: number, x: number, y: number) {
  const r = await page.locator('.gw-image__img').evaluate((el) => {
    const b = el.getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  });
  return { x: r.x + (x / W) * r.width, y: r.y + (y / H) * r.height };
}

async function armed(
  page: Page,
  kind: 'pointerdown' | 'pointerup' | 'keydown' | 'click',
  attr: string,
  value: string,
  act: () => Promise<void>,
) {
  await page.evaluate(([k, a, v]) => (window as unknown as BenchWindow).__benchArm(k as 'pointerup', a, v), [
    kind,
    attr,
    value,
  ] as const);
  await act();
  return page.evaluate(() => (window as unknown as BenchWindow).__benchWait());
}

const attr = (page: Page, name: string) =>
  page.locator('.gw-image__stage').evaluate((el, n) => (el as HTMLElement).dataset[n] ?? '', name);

async function gestures(page: Page): Promise<{ frames: number[]; longest: number }> {
  const box = await stageBox(page);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  const startedAt = await page.evaluate(() => {
    (window as unknown as BenchWindow).__benchFrames = [];
    return performance.now();
  });
  const until = async (frames: number, step: () => Promise<void>) => {
    const start = await page.evaluate(() => (window as unknown as BenchWindow).__benchFrames?.length ?? 0);
    for (;;) {
      await step();
      const n = await page.evaluate(() => (window as unknown as BenchWindow).__benchFrames?.length ?? 0);
      if (n - start >= frames) return;
    }
  };
  // Zoom in continuously around the centre, pan with the middle button, zoom back out.
  await until(FRAMES / 3, () => page.mouse.wheel(0, -40));
  await page.mouse.down({ button: 'middle' });
  let t = 0;
  await until(FRAMES / 3, async () => {
    t += 1;
    await page.mouse.move(cx + Math.sin(t / 6) * 200, cy + Math.cos(t / 9) * 120);
  });
  await page.mouse.up({ button: 'middle' });
  await until(FRAMES / 3, () => page.mouse.wheel(0, 40));
  const { stamps, longest } = await page.evaluate((t0) => {
    const w = window as unknown as BenchWindow;
    const f = w.__benchFrames ?? [];
    w.__benchFrames = null;
    return { stamps: f, longest: Math.max(0, ...w.__benchLongTasks.filter((l) => l.start >= t0).map((l) => l.duration)) };
  }, startedAt);
  return { frames: stamps.slice(1).map((s, i) => s - stamps[i]), longest };
}

/** Select a region by clicking it, drag it, delete it: `REPEAT` times, on regions given by their image centre. */
async function editRegions(page: Page, W: number, H: number, centres: { x: number; y: number }[], fig: Figures) {
  await page.keyboard.press('v');
  for (let i = 0; i < REPEAT && i < centres.length; i++) {
    await page.keyboard.press('Escape');
    const c = await toPage(page, W, H, centres[i].x, centres[i].y);
    await page.mouse.move(c.x, c.y);
    const sel = await armed(page, 'pointerdown', 'selected', '1', () => page.mouse.click(c.x, c.y));
    fig.select.push(sel.toPaint);
    const before = Number(await attr(page, 'revision'));
    const mv = await armed(page, 'pointerup', 'revision', String(before + 1), async () => {
      await page.mouse.down();
      await page.mouse.move(c.x + 15, c.y + 10, { steps: 4 });
      await page.mouse.up();
    });
    fig.move.push(mv.toPaint);
    const count = Number(await attr(page, 'regions'));
    const del = await armed(page, 'keydown', 'regions', String(count - 1), () => page.keyboard.press('Delete'));
    fig.del.push(del.toPaint);
  }
}

async function submit(page: Page, fig: Figures) {
  const s = await armed(page, 'click', '', '', () => page.getByRole('button', { name: 'Update' }).click());
  fig.submitSent = s.requestSent ?? NaN;
  fig.submitResponded = s.responded ?? NaN;
  fig.submitLongest = s.longest;
}

async function runTask(
  page: Page,
  name: string,
  url: string,
  expected: number,
  W: number,
  H: number,
  centres: { x: number; y: number }[],
) {
  const fig: Figures = {
    name,
    open: [],
    openLongest: [],
    frames: [],
    gestureLongest: NaN,
    select: [],
    move: [],
    del: [],
    stroke: [],
    submitSent: NaN,
    submitResponded: NaN,
    submitLongest: NaN,
  };
  for (let i = 0; i < 3; i++) {
    const o = await open(page, url);
    fig.open.push(o.painted);
    fig.openLongest.push(o.longest);
  }
  const g = await gestures(page);
  fig.frames = g.frames;
  fig.gestureLongest = g.longest;
  await page.getByRole('button', { name: 'Fit' }).click();
  await editRegions(page, W, H, centres, fig);
  if (name.startsWith('masks')) {
    // One more stroke with a label pressed: painted into a new mask and saved as one step.
    await page.keyboard.press('Escape');
    // Labels are numbered across the controls: the mask's first label is the 7th.
    await page.keyboard.press('7');
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Escape');
      const a = await toPage(page, W, H, 300 + i * 500, 2700);
      const b = await toPage(page, W, H, 700 + i * 500, 2800);
      const count = Number(await attr(page, 'regions'));
      const st = await armed(page, 'pointerup', 'regions', String(count + 1), async () => {
        await page.mouse.move(a.x, a.y);
        await page.mouse.down();
        await page.mouse.move(b.x, b.y, { steps: 10 });
        await page.mouse.up();
      });
      fig.stroke.push(st.toPaint);
    }
  }
  await submit(page, fig);
  return fig;
}

const stats = (values: number[]) => `${fmt(percentile(values, 50)).padStart(9)} ${fmt(percentile(values, 95)).padStart(9)}`;

export async function main() {
  console.log(
    `bench/editor-image on ${process.platform} ${process.arch}, Node ${process.version}: ${BOXES} boxes, ${POLYGONS} polygons × 20 points, ${MASKS} masks on 4000×3000`,
  );
  const server = await startWebServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking'] });
  console.log(`Chromium ${browser.version()} (headless)`);
  try {
    const t0 = performance.now();
    const boxResult = boxes(BOXES, 2000, 1500);
    const polyResult = polygons(POLYGONS, 2000, 1500);
    const maskResult = masks(MASKS, 4000, 3000);
    const boxTask = await seed(server, 'bench boxes', 2000, 1500, boxResult);
    const polyTask = await seed(server, 'bench polygons', 2000, 1500, polyResult);
    const maskTask = await seed(server, 'bench masks', 4000, 3000, maskResult);
    console.log(
      `  seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s (mask annotation ${(JSON.stringify(maskResult).length / 1e6).toFixed(1)} MB)`,
    );

    const centreOfBox = (v: { x: number; y: number; width: number; height: number }, W: number, H: number) => ({
      x: ((v.x + v.width / 2) / 100) * W,
      y: ((v.y + v.height / 2) / 100) * H,
    });
    const results: Figures[] = [];
    for (const [name, task, expected, W, H, centres] of [
      [
        'boxes',
        boxTask,
        BOXES,
        2000,
        1500,
        boxResult
          .slice(0, REPEAT * 40)
          .filter((_, i) => i % 40 === 0)
          .map((b) => centreOfBox(b.value, 2000, 1500)),
      ],
      [
        'polygons',
        polyTask,
        POLYGONS,
        2000,
        1500,
        polyResult
          .filter((_, i) => i % 97 === 0)
          .slice(0, REPEAT)
          .map((p) => {
            const pts = p.value.points;
            return {
              x: (pts.reduce((s, q) => s + q[0], 0) / pts.length / 100) * 2000,
              y: (pts.reduce((s, q) => s + q[1], 0) / pts.length / 100) * 1500,
            };
          }),
      ],
      ['masks', maskTask, MASKS, 4000, 3000, []],
    ] as const) {
      const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1360, height: 900 } });
      await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
      await context.addInitScript(instrument, expected);
      const page = await context.newPage();
      const login = await page.request.post('/api/auth/login', { data: { email: EMAIL, password: PASSWORD } });
      if (login.status() !== 200) throw new Error(`login: ${login.status()} ${await login.text()}`);
      const started = performance.now();
      results.push(await runTask(page, `${name}`, task.url, expected, W, H, [...centres]));
      console.log(`  ${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      await context.close();
    }

    console.log('');
    console.log(`${'task'.padEnd(10)} ${'measure (ms)'.padEnd(56)} ${'p50'.padStart(9)} ${'p95'.padStart(9)}`);
    for (const r of results) {
      const fps = r.frames.length > 0 ? 1000 / (r.frames.reduce((a, b) => a + b, 0) / r.frames.length) : NaN;
      const rows: [string, number[]][] = [
        [`open: navigation → all regions drawn, painted (n=${r.open.length})`, r.open],
        ['open: longest main-thread task', r.openLongest],
        [`zoom + pan: frame time (n=${r.frames.length}, ${fps.toFixed(1)} fps mean)`, r.frames],
      ];
      rows.push(['zoom + pan: longest main-thread task', [r.gestureLongest]]);
      if (r.select.length > 0) {
        rows.push([`select: click → painted (n=${r.select.length})`, r.select]);
        rows.push([`move: drag release → saved and painted (n=${r.move.length})`, r.move]);
        rows.push([`delete: Delete key → painted (n=${r.del.length})`, r.del]);
      }
      if (r.stroke.length > 0) rows.push([`brush stroke: release → new mask saved and painted (n=${r.stroke.length})`, r.stroke]);
      rows.forEach(([measure, values], i) =>
        console.log(`${(i === 0 ? r.name : '').padEnd(10)} ${measure.padEnd(56)} ${stats(values)}`),
      );
      console.log(`${''.padEnd(10)} ${'submit: click Update → request sent'.padEnd(56)} ${fmt(r.submitSent).padStart(9)}`);
      console.log(
        `${''.padEnd(10)} ${'submit: click Update → response received'.padEnd(56)} ${fmt(r.submitResponded).padStart(9)}`,
      );
      console.log(
        `${''.padEnd(10)} ${'submit: longest main-thread task meanwhile'.padEnd(56)} ${fmt(r.submitLongest).padStart(9)}`,
      );
    }
    console.log(
      '\nOpen times are from navigation start in the page; frame times are rAF intervals during real wheel and drag input.',
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}
