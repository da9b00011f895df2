import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../apps/server/src/platform/db/dialect';
import { startServer, withPostgres } from '../util';

/**
 * File imports at scale: writes a JSON file (one list) and a CSV file of N tasks, uploads each
 * through `POST /api/projects/{id}/import` (multipart, streamed from disk) and waits for the job.
 * Then, in the same run and on the same database, inserts the same rows with bare batched
 * multi-row INSERTs (no parsing, no validation, no counters): the floor the import is compared
 * against. Prints wall time, tasks/s, the ratio to the floor, and peak RSS sampled every 50 ms
 * (the server runs in this process, so the figure covers server and client).
 *
 *   npm run bench -- import [--tasks 1000000] [--sizes big|both] [--sqlite-only | --postgres-only] [--pg-tasks N]
 *
 * `--sizes both` (default) also runs a tenth of N, to show memory does not grow with the file.
 */
const CONFIG =
  '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices></View>';
/** Rows per INSERT of the floor, as the import's own batch. */
const BARE_BATCH = 1000;

type Format = 'json' | 'csv';

const textOf = (i: number) => `Review ${i}: the product arrived on time, works as described, "quoted" part`;

/** The task of row i as the import stores it: CSV cells are strings, JSON keeps numbers. */
function rowData(format: Format, i: number) {
  return format === 'csv'
    ? { data: { text: textOf(i), source: 'web', score: String(i % 5) }, meta: {} }
    : { data: { text: textOf(i), source: 'web', score: i % 5 }, meta: { row: i } };
}

function writeFile(dir: string, format: Format, n: number): string {
  const file = path.join(dir, `tasks-${n}.${format}`);
  const out = fs.openSync(file, 'w');
  let chunk = format === 'csv' ? 'text,source,score\n' : '[';
  for (let i = 0; i < n; i++) {
    const { data, meta } = rowData(format, i);
    chunk +=
      format === 'csv'
        ? `"${data.text.replaceAll('"', '""')}",web,${i % 5}\n`
        : `${i ? ',' : ''}\n${JSON.stringify({ data, meta })}`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, format === 'csv' ? chunk : `${chunk}\n]\n`);
  fs.closeSync(out);
  return file;
}

/** Samples this process's RSS until stopped; returns the peak. */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

/** The floor: the same rows, bare multi-row INSERTs in batches, straight into the tasks table. */
async function bareInsert(db: Db, projectId: number, format: Format, n: number): Promise<number> {
  const at = new Date().toISOString();
  const started = performance.now();
  for (let start = 0; start < n; start += BARE_BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(n, start + BARE_BATCH); i++) {
      const { data, meta } = rowData(format, i);
      rows.push({
        project_id: projectId,
        inner_id: i + 1,
        data: JSON.stringify(data),
        meta: JSON.stringify(meta),
        is_labeled: 0,
        overlap: 1,
        total_annotations: 0,
        cancelled_annotations: 0,
        total_predictions: 0,
        updated_by: null,
        file_upload_id: null,
        import_job_id: null,
        created_at: at,
        updated_at: at,
      });
    }
    await db.kysely.insertInto('tasks').values(rows).execute();
  }
  return (performance.now() - started) / 1000;
}

async function importAndFloor(dialect: 'sqlite' | 'postgres', format: Format, n: number, file: string, pgUrl?: string) {
  const server = await startServer(dialect, pgUrl);
  try {
    const headers = { authorization: `Token ${server.token}` };
    const newProject = async (title: string) =>
      (
        await fetch(`${server.url}/api/projects`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ title, label_config: CONFIG }),
        })
      ).json();
    const project = await newProject('bench import');
    global.gc?.();
    const before = process.memoryUsage().rss;
    const stop = rssSampler();
    const form = new FormData();
    form.append('file', await fs.openAsBlob(file), path.basename(file));
    const started = performance.now();
    const res = await fetch(`${server.url}/api/projects/${project.id}/import`, { method: 'POST', headers, body: form });
    const body = await res.json();
    const seconds = (performance.now() - started) / 1000;
    const peak = stop();
    if (res.status !== 201) throw new Error(`import failed: ${res.status} ${JSON.stringify(body)}`);
    if (body.task_count !== n) throw new Error(`imported ${body.task_count} of ${n} tasks`);

    const floorProject = await newProject('bench bare insert');
    global.gc?.();
    const stopFloor = rssSampler();
    const floor = await bareInsert(server.db, floorProject.id, format, n);
    const floorPeak = stopFloor();
    return { seconds, before, peak, floor, floorPeak };
  } finally {
    await server.stop();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en-US');

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: string[]) {
  const big = Number(arg(args, '--tasks') ?? 1_000_000);
  const pgBig = Number(arg(args, '--pg-tasks') ?? big);
  const both = (arg(args, '--sizes') ?? 'both') === 'both';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-import-'));
  try {
    console.log(`bench/import: ${os.cpus().length} cores, Node ${process.version}`);
    const run = async (dialect: 'sqlite' | 'postgres', n: number, pgUrl?: string) => {
      for (const size of both ? [Math.round(n / 10), n] : [n]) {
        for (const format of ['json', 'csv'] as const) {
          const file = writeFile(dir, format, size);
          const r = await importAndFloor(dialect, format, size, file, pgUrl);
          console.log(
            `${dialect.padEnd(8)} ${format.padEnd(4)} ${size.toLocaleString('en-US').padStart(9)} tasks (${mb(fs.statSync(file).size)} file): ` +
              `import ${r.seconds.toFixed(1)} s, ${rate(size, r.seconds)} tasks/s, peak RSS ${mb(r.peak)} (+${mb(r.peak - r.before)}); ` +
              `bare insert ${r.floor.toFixed(1)} s, ${rate(size, r.floor)} rows/s, peak RSS ${mb(r.floorPeak)}; ` +
              `import/bare ${(r.seconds / r.floor).toFixed(2)}×`,
          );
          fs.rmSync(file);
        }
      }
    };
    if (!args.includes('--postgres-only')) await run('sqlite', big);
    if (!args.includes('--sqlite-only')) await withPostgres((url) => run('postgres', pgBig, url));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
