import fs from 'node:fs';
import type { Db, DialectName } from '../../apps/server/src/platform/db/dialect';
import { startServer, withPostgres } from '../util';

/**
 * bench/export: the streaming export `GET /api/projects/{id}/export` at scale, on SQLite and
 * PostgreSQL:
 * - JSON of BENCH_TASKS annotated tasks (default 1,000,000; one annotation with two boxes each);
 * - COCO of BENCH_IMAGES images (default 100,000) with BENCH_BOXES boxes each (default 10),
 *   plus any formats listed in BENCH_FORMATS (e.g. `YOLO,JSON_MIN`) on the same project.
 * Each prints wall time, time to the first byte, size and the process's peak RSS while it
 * streams (the server runs in this process, so the figure covers server and client). The tasks
 * are seeded with bare batched INSERTs (rows as the import writes them), as this measures the
 * export, not the import (bench/import does).
 *
 *   npm run bench -- export [--sqlite-only | --postgres-only]    (BENCH_TASKS, BENCH_PG_TASKS, BENCH_IMAGES, BENCH_BOXES, BENCH_FORMATS)
 */
const TASKS = Number(process.env.BENCH_TASKS || 1_000_000);
const PG_TASKS = Number(process.env.BENCH_PG_TASKS || TASKS);
const IMAGES = Number(process.env.BENCH_IMAGES || 100_000);
const BOXES = Number(process.env.BENCH_BOXES || 10);
const EXTRA = (process.env.BENCH_FORMATS || '').split(',').filter(Boolean);
const SEED_BATCH = 1000;
const LABELS = ['Car', 'Person', 'Bicycle'];
const CONFIG =
  '<View><Image name="image" value="$image"/><RectangleLabels name="label" toName="image">' +
  LABELS.map((l) => `<Label value="${l}"/>`).join('') +
  '</RectangleLabels></View>';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function box(id: string, x: number, label: string) {
  return {
    id,
    from_name: 'label',
    to_name: 'image',
    type: 'rectanglelabels',
    original_width: 1280,
    original_height: 720,
    image_rotation: 0,
    value: { x, y: 12.5, width: 5, height: 30, rotation: 0, rectanglelabels: [label] },
  };
}

/** Inserts n annotated image tasks, `boxes` boxes each, straight into the tables the import fills. */
async function seed(db: Db, projectId: number, userId: number, n: number, boxes: number): Promise<void> {
  const at = new Date().toISOString();
  for (let start = 0; start < n; start += SEED_BATCH) {
    const count = Math.min(SEED_BATCH, n - start);
    const tasks = Array.from({ length: count }, (_, k) => {
      const i = start + k;
      return {
        project_id: projectId,
        inner_id: i + 1,
        data: JSON.stringify({ image: `https://example.com/frames/frame-${i}.jpg`, n: i }),
        meta: '{}',
        is_labeled: 1,
        overlap: 1,
        total_annotations: 1,
        cancelled_annotations: 0,
        total_predictions: 0,
        updated_by: null,
        file_upload_id: null,
        import_job_id: null,
        created_at: at,
        updated_at: at,
      };
    });
    const ids = await db.kysely.insertInto('tasks').values(tasks).returning('id').execute();
    const annotations = ids.map(({ id }, k) => {
      const i = start + k;
      const result = Array.from({ length: boxes }, (_, b) => box(`r${i}_${b}`, (b * 9 + (i % 5)) % 90, LABELS[(i + b) % 3]));
      return {
        task_id: id,
        project_id: projectId,
        result: JSON.stringify(result),
        was_cancelled: 0,
        ground_truth: 0,
        lead_time: 3.5,
        completed_by: userId,
        updated_by: userId,
        parent_prediction_id: null,
        parent_annotation_id: null,
        last_action: null,
        import_id: null,
        unique_id: `u${projectId}-${i}`,
        draft_created_at: null,
        created_at: at,
        updated_at: at,
      };
    });
    await db.kysely.insertInto('annotations').values(annotations).execute();
  }
}

/** Streams one export to nowhere, timing it and sampling RSS every 20 ms. */
async function measure(url: string, headers: Record<string, string>) {
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const s = performance.now();
  let firstByteMs = 0;
  let bytes = 0;
  let contentType: string | null = null;
  try {
    // After a long seeding the pooled keep-alive socket may be one the server has just closed: one retry.
    const res = await fetch(url, { headers }).catch(() => fetch(url, { headers }));
    if (res.status !== 200 || !res.body) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    contentType = res.headers.get('content-type');
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!bytes) firstByteMs = performance.now() - s;
      bytes += value.byteLength;
    }
  } catch (e) {
    clearInterval(sampler);
    const cause = (e as { cause?: unknown }).cause;
    throw new Error(
      `${url} failed after ${((performance.now() - s) / 1000).toFixed(1)} s and ${mb(bytes)}: ${String(cause ?? e)}`,
    );
  }
  const seconds = (performance.now() - s) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, firstByteMs, bytes, rssBefore, peak, contentType };
}

async function run(dialect: DialectName, tasks: number, pgUrl?: string) {
  const server = await startServer(dialect, pgUrl);
  const headers = { authorization: `Token ${server.token}`, 'content-type': 'application/json' };
  const userId = (await (await fetch(`${server.url}/api/current-user`, { headers })).json()).id as number;
  const newProject = async (title: string) =>
    (await (
      await fetch(`${server.url}/api/projects`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title, label_config: CONFIG }),
      })
    ).json()) as { id: number };
  const report = (what: string, n: number, unit: string, r: Awaited<ReturnType<typeof measure>>) =>
    console.log(
      `${dialect.padEnd(8)} ${what.padEnd(26)} ${r.seconds.toFixed(1).padStart(6)} s, ${Math.round(n / r.seconds)
        .toLocaleString('en-US')
        .padStart(7)} ${unit}/s, ${mb(r.bytes).padStart(7)} (${r.contentType}), first byte ${r.firstByteMs.toFixed(0)} ms, ` +
        `RSS ${mb(r.rssBefore)} → peak ${mb(r.peak)}`,
    );
  try {
    const big = await newProject('bench export json');
    let t0 = performance.now();
    await seed(server.db, big.id, userId, tasks, 2);
    console.log(
      `${dialect.padEnd(8)} seeded ${tasks.toLocaleString('en-US')} annotated tasks in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    report(
      `JSON ${tasks.toLocaleString('en-US')} tasks`,
      tasks,
      'tasks',
      await measure(`${server.url}/api/projects/${big.id}/export?exportType=JSON`, headers),
    );

    const images = await newProject('bench export coco');
    t0 = performance.now();
    await seed(server.db, images.id, userId, IMAGES, BOXES);
    console.log(
      `${dialect.padEnd(8)} seeded ${IMAGES.toLocaleString('en-US')} images × ${BOXES} boxes in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    for (const format of ['COCO', ...EXTRA]) {
      report(
        `${format} ${IMAGES.toLocaleString('en-US')} × ${BOXES} boxes`,
        IMAGES,
        'images',
        await measure(`${server.url}/api/projects/${images.id}/export?exportType=${format}`, headers),
      );
    }
  } finally {
    await server.stop();
  }
}

/** The kernel's high-water mark of this process's RSS (Linux), else undefined. */
function vmHwm(): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export async function main(args: string[] = []) {
  console.log(`bench/export on ${process.platform} ${process.arch}, Node ${process.version}`);
  if (!args.includes('--postgres-only')) await run('sqlite', TASKS);
  if (!args.includes('--sqlite-only')) await withPostgres((url) => run('postgres', PG_TASKS, url));
  const hwm = vmHwm();
  if (hwm) console.log(`process peak RSS (VmHWM, includes seeding): ${mb(hwm)}`);
}
