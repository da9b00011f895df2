import type { DialectName } from '../../apps/server/src/platform/db/dialect';
import { fmt, percentile, startServer, withPostgres } from '../util';

/**
 * bench/api: import 10,000 tasks through the REST API (10 requests of 1,000, as SDKs batch),
 * then page through them with GET /api/tasks?page=N, on SQLite and PostgreSQL.
 */
const TASKS = Number(process.env.BENCH_TASKS || 10_000);
const BATCH = 1_000;
const PAGE_SIZE = 100;

async function run(dialect: DialectName, pgUrl?: string) {
  const server = await startServer(dialect, pgUrl);
  const headers = { authorization: `Token ${server.token}`, 'content-type': 'application/json' };
  try {
    const config =
      '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="A"/><Choice value="B"/></Choices></View>';
    const project = await (
      await fetch(`${server.url}/api/projects`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title: 'bench', label_config: config }),
      })
    ).json();
    const t0 = performance.now();
    for (let start = 0; start < TASKS; start += BATCH) {
      const body = Array.from({ length: Math.min(BATCH, TASKS - start) }, (_, i) => ({
        data: { text: `Task number ${start + i}: the quick brown fox jumps over the lazy dog.`, n: start + i },
      }));
      const res = await fetch(`${server.url}/api/projects/${project.id}/import`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`import failed: ${res.status} ${await res.text()}`);
    }
    const importMs = performance.now() - t0;

    const pages = Math.ceil(TASKS / PAGE_SIZE);
    const latencies: number[] = [];
    for (let page = 1; page <= pages; page++) {
      const s = performance.now();
      const res = await fetch(`${server.url}/api/tasks?project=${project.id}&page=${page}&page_size=${PAGE_SIZE}`, { headers });
      const body = await res.json();
      latencies.push(performance.now() - s);
      if (body.tasks.length !== Math.min(PAGE_SIZE, TASKS - (page - 1) * PAGE_SIZE)) throw new Error(`page ${page} is short`);
    }
    console.log(
      `${dialect.padEnd(8)} import ${TASKS} tasks: ${(importMs / 1000).toFixed(2)} s, ${Math.round(TASKS / (importMs / 1000))} tasks/s | ` +
        `GET /api/tasks page_size=${PAGE_SIZE} over ${pages} pages: p50 ${fmt(percentile(latencies, 50))}, p95 ${fmt(percentile(latencies, 95))}, max ${fmt(Math.max(...latencies))}`,
    );
  } finally {
    await server.stop();
  }
}

export async function main() {
  console.log(`bench/api on ${process.platform} ${process.arch}, Node ${process.version}`);
  await run('sqlite');
  await withPostgres((url) => run('postgres', url));
}
