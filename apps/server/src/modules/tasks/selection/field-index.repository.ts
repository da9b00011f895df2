import crypto from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DialectName, Exec } from '../../../platform/db/dialect';
import { now } from '../../../platform/db/dialect';
import type { Database } from '../../../platform/db/schema';
import { dataExpr, dataFieldUses, type DataFieldUse, type DmQuery } from './task-filter.query';

/**
 * Indexes on `data.<field>` expressions, one per project, field and kind, built the first time a
 * Data Manager filter or ordering needs one and reused afterwards.
 *
 * Each index is on exactly the expression filters.ts compiles (`dataExpr`), with keys written as
 * literals, and partial (`where project_id = N`), so a project's index holds its own tasks only and
 * the planners pick it for that project's queries (which name the project id as a literal too).
 * Kinds: `text` (the value as text: equality, ranges, and on SQLite a covering scan for substring
 * filters), `number` (the numeric reading of the value), `sort` (the value as JSON, in the order the
 * Data Manager sorts by: on SQLite nulls first, then the value), and on PostgreSQL with `pg_trgm`
 * `trigram` (a GIN trigram index: `contains`, `ends_with`, `regex`).
 *
 * Builds run once per index and process (single flight); a request waits for a build at most
 * `waitMs` and otherwise runs without the index. On PostgreSQL the build is `CREATE INDEX
 * CONCURRENTLY` and does not block writers; on SQLite (one synchronous connection) a build holds the
 * process for its duration, once per field. Indexes are recorded in `dm_field_indexes` and dropped
 * with their project (`dropProject`).
 */

export type FieldIndexKind = DataFieldUse['kind'];

interface Flight {
  promise: Promise<boolean>;
  done: boolean;
}

/** In-flight builds, per database (a Kysely instance), by index name. */
const flights = new WeakMap<object, Map<string, Flight>>();
/** Whether `pg_trgm` could be enabled, per database. */
const trigramSupport = new WeakMap<object, Promise<boolean>>();

/** The name of a project's index on a data field: short, unique, and free of the key's characters. */
export function fieldIndexName(projectId: number, key: string, kind: FieldIndexKind): string {
  const hash = crypto.createHash('sha1').update(key).digest('hex').slice(0, 12);
  return `gw_dmf_${projectId}_${kind}_${hash}`;
}

/** The statement that builds an index. */
function createIndexSql(d: DialectName, projectId: number, use: DataFieldUse, name: string): RawBuilder<unknown> {
  const ident = sql.id(name);
  const where = sql`where project_id = ${sql.lit(projectId)}`;
  if (d === 'postgres') {
    if (use.kind === 'trigram')
      return sql`create index concurrently if not exists ${ident} on tasks using gin (${dataExpr(use.key, d, 'text', '')} gin_trgm_ops) ${where}`;
    const as = use.kind === 'sort' ? 'sort' : use.kind === 'number' ? 'number' : 'text';
    return sql`create index concurrently if not exists ${ident} on tasks ((${dataExpr(use.key, d, as, '')})) ${where}`;
  }
  // SQLite's planner picks a partial index over (project_id, …) for `project_id = N`, not one without it.
  if (use.kind === 'sort') {
    const e = dataExpr(use.key, d, 'sort', '');
    return sql`create index if not exists ${ident} on tasks (project_id, (${e} is null), ${e}) ${where}`;
  }
  // The counters ride along so that a filtered list's totals (count and sums) read the index alone.
  const e = dataExpr(use.key, d, use.kind === 'number' ? 'number' : 'text', '');
  return sql`create index if not exists ${ident} on tasks (project_id, ${e}, total_annotations, total_predictions) ${where}`;
}

export class FieldIndexes {
  private readonly k: Kysely<Database>;

  constructor(private readonly db: Exec) {
    this.k = db.kysely;
  }

  private flights(): Map<string, Flight> {
    let map = flights.get(this.k);
    if (!map) flights.set(this.k, (map = new Map()));
    return map;
  }

  /** Enables `pg_trgm` once when the server may; without it substring filters stay scans. */
  private trigrams(): Promise<boolean> {
    if (this.db.dialect !== 'postgres') return Promise.resolve(false);
    let p = trigramSupport.get(this.k);
    if (!p) {
      p = sql`create extension if not exists pg_trgm`
        .execute(this.k)
        .then(() => true)
        .catch(() => false);
      trigramSupport.set(this.k, p);
    }
    return p;
  }

  /**
   * Makes sure the indexes a query would use exist or are being built, waits for the builds at most
   * `waitMs`, and returns the ready ones as `<kind>:<key>` (what `DmQuery.indexed` expects).
   */
  async ensure(projectId: number, dm: DmQuery | undefined, waitMs = 150): Promise<Set<string>> {
    const ready = new Set<string>();
    let uses = dataFieldUses(dm, this.db.dialect);
    if (!uses.length) return ready;
    if (uses.some((u) => u.kind === 'trigram') && !(await this.trigrams())) uses = uses.filter((u) => u.kind !== 'trigram');
    const rows = await this.k.selectFrom('dm_field_indexes').selectAll().where('project_id', '=', projectId).execute();
    const pending: { key: string; flight: Flight }[] = [];
    for (const use of uses) {
      const key = `${use.kind}:${use.key}`;
      const row = rows.find((r) => r.field === use.key && r.kind === use.kind);
      if (row?.status === 'ready') ready.add(key);
      else if (row?.status !== 'failed') pending.push({ key, flight: this.build(projectId, use, !row) });
    }
    if (!pending.length) return ready;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
    await Promise.race([Promise.all(pending.map((p) => p.flight.promise)), timeout]);
    clearTimeout(timer);
    for (const p of pending) if (p.flight.done && (await p.flight.promise)) ready.add(p.key);
    return ready;
  }

  /** Builds one index unless this process is building it already; resolves true when it is ready. */
  private build(projectId: number, use: DataFieldUse, record: boolean): Flight {
    const name = fieldIndexName(projectId, use.key, use.kind);
    const map = this.flights();
    const existing = map.get(name);
    if (existing) return existing;
    const flight: Flight = { done: false, promise: Promise.resolve(false) };
    flight.promise = (async () => {
      if (record) {
        await this.k
          .insertInto('dm_field_indexes')
          .values({
            project_id: projectId,
            field: use.key,
            kind: use.kind,
            index_name: name,
            status: 'building',
            created_at: now(),
          })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      const t0 = performance.now();
      try {
        await createIndexSql(this.db.dialect, projectId, use, name).execute(this.k);
        // Without statistics SQLite takes a new index for a very selective one and prefers it even
        // to list the project by id; ANALYZE of the one index gives the planner its real size.
        // PostgreSQL likewise has no statistics on a new index's expression until the table is analyzed
        // (a sample of it), and estimates a substring match on it at a handful of rows.
        if (this.db.dialect === 'sqlite') await sql`analyze ${sql.id(name)}`.execute(this.k);
        else await sql`analyze tasks`.execute(this.k);
        const ms = performance.now() - t0;
        await this.k
          .updateTable('dm_field_indexes')
          .set({ status: 'ready', build_ms: Math.round(ms), built_at: now(), error: null })
          .where('index_name', '=', name)
          .execute();
        return true;
      } catch (e) {
        // A failed concurrent build leaves an invalid index behind; the query runs without one.
        await sql`drop index if exists ${sql.id(name)}`.execute(this.k).catch(() => undefined);
        await this.k
          .updateTable('dm_field_indexes')
          .set({ status: 'failed', error: String((e as Error).message ?? e).slice(0, 500) })
          .where('index_name', '=', name)
          .execute()
          .catch(() => undefined);
        return false;
      } finally {
        flight.done = true;
        map.delete(name);
      }
    })();
    map.set(name, flight);
    return flight;
  }

  /** Waits for every build this process has started (tests and benchmarks). */
  async settled(): Promise<void> {
    await Promise.all([...this.flights().values()].map((f) => f.promise));
  }

  /** The indexes recorded for a project. */
  list(projectId: number) {
    return this.k.selectFrom('dm_field_indexes').selectAll().where('project_id', '=', projectId).orderBy('id').execute();
  }

  /** Drops a project's data-field indexes (its records go with the project's row). */
  async dropProject(projectId: number): Promise<void> {
    for (const row of await this.list(projectId)) {
      const concurrently = this.db.dialect === 'postgres' ? sql`concurrently` : sql``;
      await sql`drop index ${concurrently} if exists ${sql.id(row.index_name)}`.execute(this.k);
    }
    await this.k.deleteFrom('dm_field_indexes').where('project_id', '=', projectId).execute();
  }
}
