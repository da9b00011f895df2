import type { DialectName } from '../../apps/server/src/platform/db/dialect';
import { fmt, percentile, startServer, withPostgres } from '../util';
import { seed, SEED_EPOCH } from './seed';

/**
 * bench/dm: the Data Manager's task list over one project of BENCH_TASKS tasks (default 1,000,000;
 * 30% annotated by three annotators, 30% with a prediction), inserted straight into the database
 * with set-based SQL, then ten representative GET /api/tasks requests timed (p50/p95 over
 * BENCH_REPS requests after one untimed request, which also builds the data-field indexes a query
 * needs), on SQLite and PostgreSQL, and two keyset (cursor) pages from the middle of the project.
 * Then reads the whole project in pages of BENCH_WALK_PAGE (1,000) tasks, by cursor and by page
 * number. Prints the one-off build time of each data-field index.
 *
 *   npm run bench -- dm [sqlite|postgres]      (BENCH_TASKS=100000 for a quick run)
 */
const TASKS = Number(process.env.BENCH_TASKS || 1_000_000);
const REPS = Number(process.env.BENCH_REPS || 10);
const PAGE_SIZE = 100;
/** Walk the whole project page by page, by cursor and by page number (BENCH_WALK=0 skips it). */
const WALK = process.env.BENCH_WALK !== '0';
const WALK_PAGE = Number(process.env.BENCH_WALK_PAGE || 1000);

const where = (...items: object[]) => ({ filters: { conjunction: 'and', items } });
const iso = (i: number) => new Date((SEED_EPOCH + i) * 1000).toISOString();

interface Case {
  name: string;
  query?: object;
  search?: string;
  page?: number;
  pageSize?: number;
  /** The total the answer must report, where it is known from the seed. */
  expectTotal?: number;
  /** Keyset pagination: time the page after this page, asked for by the cursor it returned. */
  cursorAfterPage?: number;
}

/** How many seeded tasks have a prediction score in [min, max] (see seed.ts). */
function scored(min: number, max: number): number {
  let n = 0;
  for (let i = 1; i <= TASKS; i++) if (i % 10 >= 7 && (i * 37) % 100 >= min * 100 && (i * 37) % 100 <= max * 100) n++;
  return n;
}

function cases(annotators: number[]): Case[] {
  const annotated = Math.floor(TASKS / 10) * 3 + Math.min(TASKS % 10, 2);
  return [
    { name: 'first page, no filter', expectTotal: TASKS },
    {
      name: 'total_annotations > 0',
      query: where({ filter: 'filter:tasks:total_annotations', operator: 'greater', type: 'Number', value: 0 }),
      expectTotal: annotated,
    },
    {
      name: 'data.text contains "cherries"',
      query: where({ filter: 'filter:tasks:data.text', operator: 'contains', type: 'String', value: 'cherries' }),
    },
    { name: 'ordering -data.n', query: { ordering: ['-tasks:data.n'] }, expectTotal: TASKS },
    {
      name: 'created_at in a 10% range',
      query: where({
        filter: 'filter:tasks:created_at',
        operator: 'in',
        type: 'Datetime',
        value: { min: iso(TASKS * 0.45), max: iso(TASKS * 0.55) },
      }),
    },
    {
      name: 'annotators contains one of three',
      query: where({ filter: 'filter:tasks:annotators', operator: 'contains', type: 'List', value: annotators[1] }),
    },
    {
      name: 'predictions_score in 0.20..0.40',
      query: where({ filter: 'filter:tasks:predictions_score', operator: 'in', type: 'Number', value: { min: 0.2, max: 0.4 } }),
      expectTotal: scored(0.2, 0.4),
    },
    { name: 'search "about cherr"', search: 'about cherr' },
    {
      name: `deep page (page ${Math.floor(TASKS / PAGE_SIZE / 2)})`,
      page: Math.floor(TASKS / PAGE_SIZE / 2),
      expectTotal: TASKS,
    },
    {
      name: `cursor: the page after page ${Math.floor(TASKS / PAGE_SIZE / 2)}`,
      cursorAfterPage: Math.floor(TASKS / PAGE_SIZE / 2),
      expectTotal: TASKS,
    },
    {
      name: `cursor: -data.n, after page ${Math.floor(TASKS / PAGE_SIZE / 2)}`,
      query: { ordering: ['-tasks:data.n'] },
      cursorAfterPage: Math.floor(TASKS / PAGE_SIZE / 2),
      expectTotal: TASKS,
    },
    {
      name: 'count: data.n >= 500000 (page_size 1)',
      query: where({ filter: 'filter:tasks:data.n', operator: 'greater_or_equal', type: 'Number', value: 500000 }),
      pageSize: 1,
    },
  ];
}

async function run(dialect: DialectName, pgUrl?: string) {
  const server = await startServer(dialect, pgUrl);
  const headers = { authorization: `Token ${server.token}`, 'content-type': 'application/json' };
  const post = async (path: string, body: object) => {
    const res = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  try {
    const config =
      '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="A"/><Choice value="B"/></Choices></View>';
    const project = await post('/api/projects', { title: 'bench dm', label_config: config });
    const owner = await server.db.kysely.selectFrom('users').select('id').executeTakeFirstOrThrow();
    const others = [await post('/api/users', { email: 'a1@example.com' }), await post('/api/users', { email: 'a2@example.com' })];
    const annotators = [owner.id, ...others.map((u: { id: number }) => u.id)];
    const t0 = performance.now();
    await seed(server.db, project.id, annotators, TASKS);
    const seedS = (performance.now() - t0) / 1000;
    console.log(
      `${dialect.padEnd(8)} seeded ${TASKS.toLocaleString('en-US')} tasks (30% annotated, 30% predicted) in ${seedS.toFixed(1)} s`,
    );

    for (const c of cases(annotators)) {
      const params = new URLSearchParams({
        project: String(project.id),
        page: String(c.page ?? 1),
        page_size: String(c.pageSize ?? PAGE_SIZE),
      });
      if (c.query) params.set('query', JSON.stringify(c.query));
      if (c.search) params.set('search', c.search);
      if (c.cursorAfterPage) {
        params.set('page', String(c.cursorAfterPage));
        const res = await fetchRetry(`${server.url}/api/tasks?${params}`, headers);
        const body = await res.json();
        if (res.status !== 200 || !body.next_cursor)
          throw new Error(`${c.name}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        params.delete('page');
        params.set('cursor', body.next_cursor);
      }
      const url = `${server.url}/api/tasks?${params}`;
      const latencies: number[] = [];
      let total = 0;
      let first = 0;
      for (let i = 0; i < REPS + 1; i++) {
        const s = performance.now();
        const res = await fetchRetry(url, headers);
        const body = await res.json();
        if (res.status !== 200) throw new Error(`${c.name}: ${res.status} ${JSON.stringify(body)}`);
        // The first request warms caches and builds the indexes the query needs; it is not counted.
        if (i > 0) latencies.push(performance.now() - s);
        else first = performance.now() - s;
        if (i === 0) await waitForIndexes(server.db, project.id);
        total = body.total;
        if (body.tasks.length !== Math.min(c.pageSize ?? PAGE_SIZE, total))
          throw new Error(`${c.name}: page has ${body.tasks.length} tasks`);
      }
      if (c.expectTotal !== undefined && total !== c.expectTotal)
        throw new Error(`${c.name}: total ${total}, expected ${c.expectTotal}`);
      console.log(
        `${dialect.padEnd(8)} ${c.name.padEnd(40)} total ${String(total).padStart(8)}: p50 ${fmt(percentile(latencies, 50)).padStart(10)}, p95 ${fmt(percentile(latencies, 95)).padStart(10)}  (first ${fmt(first)})`,
      );
    }
    if (WALK) await walkProject(server.url, headers, project.id, dialect);
    const built = await server.db.kysely
      .selectFrom('dm_field_indexes')
      .selectAll()
      .where('project_id', '=', project.id)
      .orderBy('id')
      .execute();
    for (const b of built)
      console.log(
        `${dialect.padEnd(8)} data-field index ${`${b.kind}:${b.field}`.padEnd(16)} ${b.status}, built in ${fmt(Number(b.build_ms ?? NaN))}${b.error ? ` (${b.error})` : ''}`,
      );
  } finally {
    await server.stop();
  }
}

/**
 * Reads the whole project a page of WALK_PAGE tasks at a time (`fields=task_only`), once by cursor and
 * once by page number: the total time, and the p95 of the first and of the last tenth of the pages.
 */
async function walkProject(base: string, headers: Record<string, string>, projectId: number, dialect: DialectName) {
  for (const mode of ['cursor', 'page'] as const) {
    const times: number[] = [];
    let read = 0;
    let cursor: string | null = null;
    const t0 = performance.now();
    for (let page = 1; ; page++) {
      const params = new URLSearchParams({ project: String(projectId), page_size: String(WALK_PAGE), fields: 'task_only' });
      if (mode === 'page') params.set('page', String(page));
      else if (cursor) params.set('cursor', cursor);
      const s = performance.now();
      const res = await fetchRetry(`${base}/api/tasks?${params}`, headers);
      const body = await res.json();
      times.push(performance.now() - s);
      if (res.status !== 200) throw new Error(`walk by ${mode}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
      read += body.tasks.length;
      cursor = body.next_cursor;
      if (!cursor) break;
    }
    if (read !== TASKS) throw new Error(`walk by ${mode}: read ${read} tasks, expected ${TASKS}`);
    const tenth = Math.max(1, Math.floor(times.length / 10));
    console.log(
      `${dialect.padEnd(8)} walk ${TASKS.toLocaleString('en-US')} tasks by ${mode.padEnd(6)} (${times.length} pages of ${WALK_PAGE}): ${fmt(performance.now() - t0)}; page p95 first tenth ${fmt(percentile(times.slice(0, tenth), 95))}, last tenth ${fmt(percentile(times.slice(-tenth), 95))}`,
    );
  }
}

/** A keep-alive connection left idle through the seed may have been closed by the server: retry once. */
async function fetchRetry(url: string, headers: Record<string, string>): Promise<Response> {
  try {
    return await fetch(url, { headers });
  } catch {
    return fetch(url, { headers });
  }
}

/** Index builds run in the background (PostgreSQL); timed requests start once they are done. */
async function waitForIndexes(db: Awaited<ReturnType<typeof startServer>>['db'], projectId: number) {
  for (;;) {
    const building = await db.kysely
      .selectFrom('dm_field_indexes')
      .select('id')
      .where('project_id', '=', projectId)
      .where('status', '=', 'building')
      .execute();
    if (!building.length) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function main(args: string[]) {
  const only = args.find((a) => a === 'sqlite' || a === 'postgres');
  console.log(
    `bench/dm on ${process.platform} ${process.arch}, Node ${process.version}: ${TASKS.toLocaleString('en-US')} tasks, page_size ${PAGE_SIZE}, ${REPS} timed requests per case`,
  );
  if (!only || only === 'sqlite') await run('sqlite');
  if (!only || only === 'postgres') await withPostgres((url) => run('postgres', url));
}
