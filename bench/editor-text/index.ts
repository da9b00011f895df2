import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { buildApp } from '../../apps/server/src/app';
import { loadConfig } from '../../apps/server/src/config';
import { openDatabase } from '../../apps/server/src/platform/db/database';
import { migrate } from '../../apps/server/src/platform/db/migrator';
import { fmt, percentile } from '../util';

/**
 * bench/editor-text: issue 4's goal for long texts, in the built web app in headless Chromium.
 * One task of ~100,000 characters with one annotation of 2,000 labeled spans (`<Labels>` on
 * `<Text>`), in two variants: line breaks every ~500 characters, and none at all.
 *
 * - open: navigation start → the annotation's editor shows all 2,000 spans as marks in the text
 *   and an enabled Update button (first animation frame where that holds), and → the paint after it;
 * - add a span: a DOM selection on real text nodes + mouseup (what the Text view listens to),
 *   then the label's hotkey `1`: keydown → next paint with one more span;
 * - undo: Ctrl+Z → next paint with one span fewer.
 *
 * Env: BENCH_CHARS (100000), BENCH_SPANS (2000), BENCH_OPENS (5), BENCH_ADDS (20); BENCH_VERBOSE=1 prints every sample.
 */
const CHARS = Number(process.env.BENCH_CHARS || 100_000);
const SPANS = Number(process.env.BENCH_SPANS || 2_000);
const OPENS = Number(process.env.BENCH_OPENS || 5);
const ADDS = Number(process.env.BENCH_ADDS || 20);
const LINE = 500;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// GROUNDWORK_WEB_DIST (as the server reads it) measures another build, e.g. `vite build --outDir /tmp/x`.
const WEB_DIST = process.env.GROUNDWORK_WEB_DIST || path.join(root, 'apps/web/dist');
const EMAIL = 'bench@example.com';
const PASSWORD = 'password123';
const LABEL_CONFIG =
  '<View><Labels name="label" toName="text"><Label value="PER"/><Label value="ORG"/><Label value="LOC"/></Labels><Text name="text" value="$text"/></View>';

// ---------------------------------------------------------------------------------------------
// Server: a real one on SQLite, serving the built web app (bench/util's startServer serves none).

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
// Data: realistic prose (seeded, so every run labels the same text) and 2,000 word spans.

const WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were ' +
  'her she there been one all we their has would when if so no what up out who them some could into more other then its ' +
  'report company market government agreement minister river station morning evening council meeting analysts board ' +
  'committee quarterly revenue shares investors contract border election weather harbour museum university hospital ' +
  'announced confirmed expected reported said signed visited opened described rejected approved delayed increased'
).split(' ');
const NAMES = (
  'Alice Martin Berlin Lisbon Reuters Siemens Danube Oxford Nairobi Toyota Amazon Helsinki Quebec Gdansk Unilever Mekong ' +
  'Santos Okafor Nakamura Petrov Garcia Lindqvist Rossi Dubois Kowalski Andersen Ibrahim Chen Fischer Moreau Haddad'
).split(' ');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function makeText(chars: number, lineBreaks: boolean): string {
  const rand = rng(42);
  const pick = (list: string[]) => list[Math.floor(rand() * list.length)];
  let out = '';
  let lineLength = 0;
  let sentence = 0;
  while (out.length < chars) {
    let word = rand() < 0.15 ? pick(NAMES) : pick(WORDS);
    if (sentence === 0) word = word[0].toUpperCase() + word.slice(1);
    sentence++;
    let sep = ' ';
    if (sentence > 8 && rand() < 0.12) {
      word += '.';
      sentence = 0;
      if (lineBreaks && lineLength > LINE) {
        sep = '\n';
        lineLength = 0;
      }
    } else if (rand() < 0.05) word += ',';
    out += word + sep;
    lineLength += word.length + 1;
  }
  return out.slice(0, chars);
}

interface SpanItem {
  id: string;
  from_name: string;
  to_name: string;
  type: 'labels';
  value: { start: number; end: number; text: string; labels: string[] };
}

/** One word span in each of `count` equal windows of the text: non-overlapping, spread evenly. */
function makeSpans(text: string, count: number): SpanItem[] {
  const window = Math.floor(text.length / count);
  const labels = ['PER', 'ORG', 'LOC'];
  const spans: SpanItem[] = [];
  const word = /[A-Za-z]+/g;
  for (let i = 0; i < count; i++) {
    word.lastIndex = i * window;
    const m = word.exec(text);
    if (!m || m.index + m[0].length > (i + 1) * window) throw new Error(`No word in window ${i}: make the text longer`);
    const start = m.index;
    const end = start + m[0].length;
    spans.push({
      id: `s${i.toString(36).padStart(5, '0')}`,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value: { start, end, text: text.slice(start, end), labels: [labels[i % 3]] },
    });
  }
  return spans;
}

async function createTask(server: WebServer, title: string, text: string): Promise<{ projectId: number; taskId: number }> {
  const headers = { authorization: `Token ${server.token}`, 'content-type': 'application/json' };
  const post = async (url: string, body: unknown) => {
    const res = await fetch(`${server.url}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const project = await post('/api/projects', { title, label_config: LABEL_CONFIG });
  const imported = await post(`/api/projects/${project.id}/import?return_task_ids=true`, [
    { data: { text }, annotations: [{ result: makeSpans(text, SPANS) }] },
  ]);
  return { projectId: project.id, taskId: imported.task_ids[0] };
}

// ---------------------------------------------------------------------------------------------
// In the page. These functions are serialized into the browser, so they use nothing from here.

interface OpenState {
  expected: number;
  /** First frame with a Text view, and the label of the primary button then (Submit: the "New annotation" tab). */
  firstTextAt: number | null;
  firstButton: string | null;
  /** First frame with all spans as marks and an enabled Update button, and the paint after it. */
  readyAt: number | null;
  paintedAt: number | null;
}

interface BenchWindow {
  __bench: OpenState;
  __benchCount(): number;
  __benchPick(i: number, of: number): { start: number; end: number; text: string } | null;
  __benchSelect(): number;
  __benchArm(expected: number): void;
  __benchWait(): Promise<number>;
  __benchLongTasks: number[];
}

/** Installed before the app's scripts on every navigation: watches the editor come up frame by frame. */
function instrument(expected: number) {
  const w = window as unknown as BenchWindow;
  const state: OpenState = { expected, firstTextAt: null, firstButton: null, readyAt: null, paintedAt: null };
  w.__bench = state;
  w.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__benchLongTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the figure stays empty.
  }
  /** Distinct labeled spans shown as marks in the text (the pending selection is not one). */
  w.__benchCount = () => {
    const text = document.querySelector('.gw-text');
    if (!text) return -1;
    const ids = new Set<string>();
    for (const m of Array.from(text.querySelectorAll('mark[data-region]'))) {
      const id = m.getAttribute('data-region');
      if (id && id !== '__pending') ids.add(id);
    }
    return ids.size;
  };
  const afterPaint = (done: () => void) => {
    // Called from an animation frame: a message posted now runs once that frame is painted.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(0);
  };
  const tick = () => {
    const text = document.querySelector('.gw-text');
    const button = document.querySelector<HTMLButtonElement>('.gw-toolbar .gw-primary');
    if (text && state.firstTextAt === null) {
      state.firstTextAt = performance.now();
      state.firstButton = button?.textContent ?? null;
    }
    if (text && button && !button.disabled && button.textContent === 'Update' && w.__benchCount() >= state.expected) {
      state.readyAt = performance.now();
      afterPaint(() => {
        state.paintedAt = performance.now();
      });
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  // Adding spans: pick unlabeled words spread over the text, select them as a user would.
  let picked: Range | null = null;
  w.__benchPick = (i, of) => {
    const text = document.querySelector('.gw-text');
    if (!text) return null;
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest('mark')) continue;
      if ((n.textContent ?? '').length >= 16) nodes.push(n as Text);
    }
    const node = nodes[Math.min(nodes.length - 1, Math.floor(((i + 0.5) / of) * nodes.length))];
    const s = node.data;
    const m = /(?<=\s)[A-Za-z]+(?=[\s.,])/.exec(s.slice(1));
    if (!m) return null;
    const range = document.createRange();
    range.setStart(node, m.index + 1);
    range.setEnd(node, m.index + 1 + m[0].length);
    picked = range;
    // Bring it on screen first, as the user would have scrolled there.
    let scroller: Element | null = text.parentElement;
    while (
      scroller &&
      !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))
    ) {
      scroller = scroller.parentElement;
    }
    const rect = range.getBoundingClientRect();
    if (scroller) scroller.scrollTop += rect.top - scroller.getBoundingClientRect().top - scroller.clientHeight / 2;
    else window.scrollBy(0, rect.top - window.innerHeight / 2);
    return { start: m.index + 1, end: m.index + 1 + m[0].length, text: m[0] };
  };
  /** Selects the picked word and releases the mouse over it; returns ms to the paint showing the pending selection. */
  w.__benchSelect = () => {
    if (!picked) throw new Error('nothing picked');
    const selection = getSelection();
    if (!selection) throw new Error('no selection');
    const t0 = performance.now();
    selection.removeAllRanges();
    selection.addRange(picked);
    const target = picked.startContainer.parentElement;
    target?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true, view: window, button: 0 }));
    return performance.now() - t0;
  };
  // A keypress (sent by Playwright as real input) to the paint where the span count is `expected`.
  let result: Promise<number> | null = null;
  w.__benchArm = (want) => {
    result = new Promise<number>((resolve, reject) => {
      const onKey = () => {
        window.removeEventListener('keydown', onKey, true);
        const t0 = performance.now();
        const deadline = t0 + 10_000;
        const poll = () => {
          if (w.__benchCount() === want) afterPaint(() => resolve(performance.now() - t0));
          else if (performance.now() > deadline) reject(new Error(`span count stayed ${w.__benchCount()}, expected ${want}`));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      };
      window.addEventListener('keydown', onKey, true);
    });
  };
  w.__benchWait = () => {
    if (!result) throw new Error('not armed');
    return result;
  };
}

// ---------------------------------------------------------------------------------------------

interface OpenFigures {
  ready: number;
  painted: number;
  taskRequested: number;
  taskFetched: number;
  firstText: number;
  firstButton: string | null;
  longTasks: number[];
}

async function openOnce(page: Page, url: string): Promise<OpenFigures> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench?.paintedAt != null, undefined, {
    timeout: 60_000,
    polling: 50,
  });
  return page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const task = performance.getEntriesByType('resource').find((e) => /\/api\/tasks\/\d+/.test(e.name)) as
      PerformanceResourceTiming | undefined;
    return {
      ready: w.__bench.readyAt ?? NaN,
      painted: w.__bench.paintedAt ?? NaN,
      taskRequested: task?.startTime ?? NaN,
      taskFetched: task?.responseEnd ?? NaN,
      firstText: w.__bench.firstTextAt ?? NaN,
      firstButton: w.__bench.firstButton,
      longTasks: w.__benchLongTasks,
    };
  });
}

async function keyToPaint(page: Page, key: string, expected: number): Promise<number> {
  await page.evaluate((want) => (window as unknown as BenchWindow).__benchArm(want), expected);
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as BenchWindow).__benchWait());
}

const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

interface VariantFigures {
  name: string;
  chunks: number;
  opens: OpenFigures[];
  cold: OpenFigures;
  select: number[];
  add: number[];
  undo: number[];
}

async function runVariant(server: WebServer, page: Page, name: string, lineBreaks: boolean): Promise<VariantFigures> {
  const text = makeText(CHARS, lineBreaks);
  const { projectId, taskId } = await createTask(server, `bench editor-text ${name}`, text);
  const url = `${server.url}/projects/${projectId}/data?task=${taskId}`;

  const cold = await openOnce(page, url);
  if (cold.firstButton !== 'Update')
    console.log(`  (${name}: the first Text view shown had "${cold.firstButton}": the "New annotation" tab rendered first)`);
  const opens: OpenFigures[] = [];
  for (let i = 0; i < OPENS; i++) opens.push(await openOnce(page, url));
  const chunks = await page.evaluate(() => Math.max(1, document.querySelectorAll('.gw-text__chunk').length));

  const select: number[] = [];
  const add: number[] = [];
  const undo: number[] = [];
  let count = await page.evaluate(() => (window as unknown as BenchWindow).__benchCount());
  if (count !== SPANS) throw new Error(`expected ${SPANS} spans on screen, found ${count}`);
  for (let i = 0; i < ADDS; i++) {
    const picked = await page.evaluate(([n, of]) => (window as unknown as BenchWindow).__benchPick(n, of), [i, ADDS] as const);
    if (!picked) throw new Error(`no unlabeled word to select at ${i}/${ADDS}`);
    await nextFrames(page); // the scrolled-to blocks are laid out, as they would be after the user's scroll
    select.push(await page.evaluate(() => (window as unknown as BenchWindow).__benchSelect()));
    await page.waitForSelector('.gw-text mark[data-region="__pending"]', { timeout: 5_000 });
    add.push(await keyToPaint(page, '1', count + 1));
    count++;
  }
  for (let i = 0; i < ADDS; i++) {
    undo.push(await keyToPaint(page, 'Control+z', count - 1));
    count--;
  }
  return { name, chunks, opens, cold, select, add, undo };
}

const stats = (values: number[]) => `${fmt(percentile(values, 50)).padStart(9)} ${fmt(percentile(values, 95)).padStart(9)}`;

export async function main() {
  console.log(
    `bench/editor-text on ${process.platform} ${process.arch}, Node ${process.version}: ${CHARS.toLocaleString('en')} characters, ` +
      `${SPANS.toLocaleString('en')} spans, ${OPENS} opens, ${ADDS} adds + ${ADDS} undos per variant`,
  );
  const server = await startWebServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking'] });
  console.log(`Chromium ${browser.version()} (headless)`);
  try {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1360, height: 900 } });
    // tsx keeps function names with a helper the browser lacks; the serialized functions may refer to it.
    await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
    await context.addInitScript(instrument, SPANS);
    const page = await context.newPage();
    const login = await page.request.post('/api/auth/login', { data: { email: EMAIL, password: PASSWORD } });
    if (login.status() !== 200) throw new Error(`login: ${login.status()} ${await login.text()}`);

    const results: VariantFigures[] = [];
    for (const [name, lineBreaks] of [
      ['line breaks every ~500 chars', true],
      ['no line breaks', false],
    ] as const) {
      const t0 = performance.now();
      results.push(await runVariant(server, page, name, lineBreaks));
      if (process.env.BENCH_VERBOSE) {
        const r = results[results.length - 1];
        const list = (v: number[]) => v.map((x) => x.toFixed(0)).join(' ');
        console.log(`  ${name}: open painted ${list(r.opens.map((o) => o.painted))} | add ${list(r.add)} | undo ${list(r.undo)}`);
      }
      console.log(`  ${name}: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }

    console.log('');
    console.log(`${'variant'.padEnd(44)} ${'measure'.padEnd(46)} ${'p50'.padStart(9)} ${'p95'.padStart(9)}`);
    for (const r of results) {
      const label = `${r.name} (${r.chunks} block${r.chunks === 1 ? '' : 's'})`;
      const rows: [string, number[]][] = [
        [`open: GET /api/tasks/{id} sent (n=${r.opens.length})`, r.opens.map((o) => o.taskRequested)],
        ['open: task JSON received', r.opens.map((o) => o.taskFetched)],
        ['open: first Text view in the DOM', r.opens.map((o) => o.firstText)],
        [`open: ${SPANS} spans shown + Update enabled`, r.opens.map((o) => o.ready)],
        ['open: ... painted (interactive)', r.opens.map((o) => o.painted)],
        ['open: longest main-thread task', r.opens.map((o) => Math.max(0, ...o.longTasks))],
        [`select text + mouseup (sync handler, n=${r.select.length})`, r.select],
        [`add span: key "1" → painted (n=${r.add.length})`, r.add],
        [`undo: Ctrl+Z → painted (n=${r.undo.length})`, r.undo],
      ];
      rows.forEach(([measure, values], i) =>
        console.log(`${(i === 0 ? label : '').padEnd(44)} ${measure.padEnd(46)} ${stats(values)}`),
      );
      console.log(`${''.padEnd(44)} ${'open, first (cold cache): painted'.padEnd(46)} ${fmt(r.cold.painted).padStart(9)}`);
    }
    console.log('\nOpen times are from navigation start (performance.timeOrigin) in the page.');
  } finally {
    await browser.close();
    await server.stop();
  }
}
