import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectName, Exec } from '../../../platform/db/dialect';
import type { Database } from '../../../platform/db/schema';
import { invalidField } from '../../../platform/errors';

/**
 * Full-text search over task data (a Groundwork addition to Label Studio's Data Manager).
 *
 * Every string and number inside a task's `data` is indexed as words: on SQLite in the contentless
 * FTS5 table `tasks_fts` (triggers on `tasks` note every write, imports included, and
 * `syncSearchIndex` indexes the noted tasks before a search), on PostgreSQL in a GIN index over `jsonb_to_tsvector('simple', data, …)`.
 * A search matches tasks that contain every word of it, the last word as a prefix ("quick bro"
 * finds "quick brown"); case and, on SQLite, diacritics are ignored.
 *
 * @example
 * const search = parseSearch('quick bro', 'search');
 * db.selectFrom('tasks').where(searchWhere(search!, 'sqlite')).selectAll();
 */

/** The longest search text accepted, and the most words used from it. */
export const SEARCH_MAX_LENGTH = 500;
const MAX_WORDS = 16;

/** Validates a search text; blank searches (no letters or digits) search nothing and return undefined. */
export function parseSearch(raw: unknown, field = 'search'): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') throw invalidField(field, 'must be a text of words to search for');
  if (raw.length > SEARCH_MAX_LENGTH) throw invalidField(field, `must be at most ${SEARCH_MAX_LENGTH} characters`);
  return searchWords(raw).length ? raw.trim() : undefined;
}

/** The words of a search: runs of letters and digits, lower-cased, as both indexes split text. */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

/** An FTS5 query: every word quoted (so nothing in it is FTS syntax), the last one a prefix. */
export function ftsQuery(words: string[]): string {
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** A PostgreSQL tsquery: the words AND-ed, the last one a prefix. Words hold only letters and digits. */
export function tsQuery(words: string[]): string {
  return words.map((w, i) => `'${w}'${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

/** The indexed document of a task on PostgreSQL; the GIN index of migration 0005 is on this expression. */
export const PG_SEARCH_DOCUMENT = `jsonb_to_tsvector('simple'::regconfig, data, '["string", "numeric"]'::jsonb)`;

/** Tasks indexed in one sync beyond which the index is optimized (its segments merged). */
const OPTIMIZE_AFTER = 50_000;

/** The words of a task's data on SQLite: every string and number in it, wherever it sits. */
const SQLITE_DOCUMENT = sql.raw(
  `(select group_concat(value, ' ') from json_tree(t.data) where type in ('text', 'integer', 'real'))`,
);

/** Tasks indexed per transaction: small enough that other requests wait ~0.1–0.2 s at most. */
const CHUNK = 1_000;
const pendingChunk = sql.raw(`(select task_id from tasks_fts_pending order by task_id limit ${CHUNK})`);

/**
 * Brings SQLite's full-text index up to date with the tasks written since the last search: the
 * triggers of migration 0005 note each inserted, updated or deleted task in `tasks_fts_pending`
 * (indexing row by row during an import would slow it several times). Outside a transaction the
 * backlog is indexed in transactions of 1,000 tasks, yielding to the event loop between them, so a
 * large backlog never holds the process; inside a caller's transaction it is indexed there at once.
 * `stopped` ends the work between chunks. Returns how many tasks it indexed. PostgreSQL's GIN index
 * is maintained by the database itself, so there this does nothing.
 */
export async function syncSearchIndex(db: Exec, stopped: () => boolean = () => false): Promise<number> {
  if (db.dialect !== 'sqlite') return 0;
  const k = db.kysely;
  const hasPending = async (e: Kysely<Database>) =>
    (await sql`select 1 from tasks_fts_pending limit 1`.execute(e)).rows.length > 0;
  if (!(await hasPending(k))) return 0;
  const all = async (trx: Kysely<Database>) => {
    await sql`delete from tasks_fts where rowid in (select task_id from tasks_fts_pending where fresh = 0)`.execute(trx);
    await sql`insert into tasks_fts (rowid, body)
      select t.id, ${SQLITE_DOCUMENT} from tasks_fts_pending p join tasks t on t.id = p.task_id`.execute(trx);
    return Number((await sql`delete from tasks_fts_pending`.execute(trx)).numAffectedRows ?? 0);
  };
  const chunk = async (trx: Kysely<Database>) => {
    await sql`delete from tasks_fts where rowid in (select task_id from tasks_fts_pending
      where fresh = 0 and task_id in ${pendingChunk})`.execute(trx);
    await sql`insert into tasks_fts (rowid, body)
      select t.id, ${SQLITE_DOCUMENT} from tasks t where t.id in ${pendingChunk}`.execute(trx);
    return Number((await sql`delete from tasks_fts_pending where task_id in ${pendingChunk}`.execute(trx)).numAffectedRows ?? 0);
  };
  let done = 0;
  if (k.isTransaction) done = await all(k);
  else {
    while (!stopped()) {
      const n = await k.transaction().execute(chunk);
      done += n;
      if (n < CHUNK && !(await hasPending(k))) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  // After a large import, merge the index's segments into one so that searches read one b-tree.
  if (done >= OPTIMIZE_AFTER && !stopped()) await sql`insert into tasks_fts (tasks_fts) values ('optimize')`.execute(k);
  return done;
}

/** The search index's upkeep, as the repositories binder hands it out. */
export class SearchIndexRepository {
  constructor(private readonly db: Exec) {}

  /** See {@link syncSearchIndex}. */
  sync(): Promise<number> {
    return syncSearchIndex(this.db);
  }
}

/**
 * Keeps SQLite's search index close to the tasks in the background (every `everyMs`), so the first
 * search after a large import finds little left to index. Returns the function that stops it.
 */
export function startSearchIndexer(db: Exec, onError: (err: unknown) => void, everyMs = 2_000): () => Promise<void> {
  if (db.dialect !== 'sqlite') return async () => {};
  let stopped = false;
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = syncSearchIndex(db, () => stopped)
      .catch((err: unknown) => {
        if (!stopped) onError(err);
      })
      .finally(() => (running = undefined));
  }, everyMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

/** A condition on `tasks` that holds for the tasks matching the search. */
export function searchWhere(search: string, d: DialectName): RawBuilder<SqlBool> {
  const words = searchWords(search);
  if (!words.length) return sql<SqlBool>`1 = 1`;
  if (d === 'postgres')
    return sql<SqlBool>`jsonb_to_tsvector('simple'::regconfig, tasks.data, '["string", "numeric"]'::jsonb) @@ to_tsquery('simple', ${tsQuery(words)})`;
  return sql<SqlBool>`tasks.id in (select rowid from tasks_fts where tasks_fts match ${ftsQuery(words)})`;
}
