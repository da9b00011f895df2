import { sql } from 'kysely';
import type { Db } from './dialect';
import * as initial from './migrations/0001-initial';
import * as dm from './migrations/0002-dm';
import * as exportsTable from './migrations/0003-exports';
import * as imports from './migrations/0004-imports';
import * as dmSearch from './migrations/0005-dm-search';
import * as dmCovering from './migrations/0006-dm-covering';
import * as dmScores from './migrations/0007-dm-scores';

interface Migration {
  name: string;
  up: typeof initial.up;
}

/** Every migration, in order. Each runs once, inside a transaction, on both dialects. */
const migrations: Migration[] = [
  { name: '0001-initial', up: initial.up },
  { name: '0002-dm', up: dm.up },
  { name: '0003-exports', up: exportsTable.up },
  { name: '0004-imports', up: imports.up },
  { name: '0005-dm-search', up: dmSearch.up },
  { name: '0006-dm-covering', up: dmCovering.up },
  { name: '0007-dm-scores', up: dmScores.up },
];

/** Applies pending migrations; safe to call from several processes at once on PostgreSQL. */
export async function migrate(db: Db): Promise<string[]> {
  const k = db.kysely;
  const applied: string[] = [];
  await k.transaction().execute(async (trx) => {
    if (db.dialect === 'postgres') {
      // Serializes concurrent start-ups; released at commit.
      await sql`select pg_advisory_xact_lock(7432001)`.execute(trx);
    }
    await sql`create table if not exists gw_migrations (name text primary key, applied_at text not null)`.execute(trx);
    const done = await sql<{ name: string }>`select name from gw_migrations`.execute(trx);
    const doneNames = new Set(done.rows.map((r) => r.name));
    for (const m of migrations) {
      if (doneNames.has(m.name)) continue;
      await m.up(trx, db.dialect);
      await sql`insert into gw_migrations (name, applied_at) values (${m.name}, ${new Date().toISOString()})`.execute(trx);
      applied.push(m.name);
    }
  });
  return applied;
}
