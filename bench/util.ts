import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { openDatabase } from '../apps/server/src/platform/db/database';
import type { Db, DialectName } from '../apps/server/src/platform/db/dialect';
import { migrate } from '../apps/server/src/platform/db/migrator';
// @ts-expect-error plain ESM helper shared with the tests
import { createDatabase, startPostgres } from '../scripts/pg.mjs';

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

export interface BenchServer {
  url: string;
  token: string;
  db: Db;
  stop(): Promise<void>;
}

/** A real server listening on loopback, on a fresh SQLite file or a fresh PostgreSQL database. */
export async function startServer(dialect: DialectName, pgUrl?: string): Promise<BenchServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-'));
  const url = dialect === 'sqlite' ? path.join(dir, 'bench.sqlite3') : await createDatabase(pgUrl, `bench_${Date.now()}`);
  const db = openDatabase({ url });
  await migrate(db);
  const config = { ...loadConfig({}), dataDir: dir, webDistDir: '/nonexistent' };
  const app = await buildApp({ db, config, secret: 'bench' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const user = await app.services.users.createUser({ email: 'bench@example.com', password: 'password123' });
  return {
    url: `http://127.0.0.1:${port}`,
    token: app.services.users.tokenOf(user),
    db,
    async stop() {
      await app.close();
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function withPostgres<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const pg = await startPostgres();
  try {
    return await fn(pg.url);
  } finally {
    pg.stop();
  }
}
