import path from 'node:path';
import { buildApp } from './app';
import { loadSecret } from './auth/secret';
import { loadConfig, type AppConfig } from './config';
import { openDatabase } from './db/database';
import type { Db } from './db/dialect';
import { migrate } from './db/migrator';

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
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
  console.log(`Groundwork is running at http://localhost:${config.port} (${where})`);
  const stop = async () => {
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
