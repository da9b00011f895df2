import path from 'node:path';
import { buildApp } from './app';
import { loadSecret } from './platform/security/secret';
import { loadConfig, type AppConfig } from './config';
import { openDatabase } from './platform/db/database';
import type { Db } from './platform/db/dialect';
import { migrate } from './platform/db/migrator';
import { createServices } from './services';

export function databaseUrl(config: AppConfig): string {
  return config.databaseUrl || path.join(config.dataDir, 'groundwork.sqlite3');
}

export async function openMigrated(config: AppConfig): Promise<Db> {
  const db = openDatabase({ url: databaseUrl(config) });
  await migrate(db);
  return db;
}

/** Starts the server: migrations, then listen. Prints the URL. */
export async function start(config: AppConfig = loadConfig()): Promise<void> {
  const db = await openMigrated(config);
  const secret = loadSecret(config.dataDir, config.secretKey);
  const app = await buildApp({ db, config, secret, logger: { level: config.logLevel } });
  // Imports a previous run left half done are undone before new work starts.
  const undone = await app.services.imports.recover();
  if (undone) console.log(`Undid ${undone} import job(s) interrupted by the last shutdown`);
  await app.services.exportSnapshots.recover();
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
  console.log(`Groundwork is running at http://localhost:${config.port} (${where})`);
  const stop = async () => {
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/**
 * `groundwork worker`: runs background jobs (imports, exports) from the PostgreSQL queue beside
 * the API processes, which may then leave jobs to workers with GROUNDWORK_RUN_JOBS=false.
 */
export async function worker(config: AppConfig = loadConfig()): Promise<void> {
  if (!config.databaseUrl) {
    throw new Error('groundwork worker needs DATABASE_URL=postgres://…; on SQLite the server runs jobs itself.');
  }
  const db = await openMigrated(config);
  const services = createServices(db, config, loadSecret(config.dataDir, config.secretKey));
  // On the shared queue this fails only snapshots in progress whose maker stopped its heartbeat:
  // queued ones stay in PostgreSQL's queue and fresh ones belong to a live process (an API or
  // another worker). Done before taking jobs, so it never races this worker's own snapshots.
  const failed = await services.exportSnapshots.recover();
  if (failed) console.log(`Failed ${failed} export snapshot(s) left in progress by a stopped process`);
  await services.jobs.start({ work: true });
  await services.imports.recover();
  console.log('Groundwork worker is running jobs from PostgreSQL');
  const stop = async () => {
    await services.jobs.stop();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
