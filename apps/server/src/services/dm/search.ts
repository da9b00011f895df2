import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectName, Exec } from '../../db/dialect';
import type { Database } from '../../db/schema';
import { invalidField } from '../../errors';

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

/**
 * Brings SQLite's full-text index up to date with the tasks written since the last search: the
 * triggers of migration 0005 note each inserted, updated or deleted task in `tasks_fts_pending`, and
 * this indexes them all in one statement (FTS5 writes one segment per statement, so a row-by-row
 * index would slow imports several times). Returns how many tasks it indexed. PostgreSQL's GIN
 * index is maintained by the database itself, so there this does nothing.
 */
export async function syncSearchIndex(db: Exec): Promise<number> {
  if (db.dialect !== 'sqlite') return 0;
  const k = db.kysely;
  const pending = await sql<{ n: number }>`select count(*) as n from tasks_fts_pending`.execute(k);
  if (!Number(pending.rows[0]?.n)) return 0;
  const run = async (trx: Kysely<Database>) => {
    await sql`delete from tasks_fts where rowid in (select task_id from tasks_fts_pending where fresh = 0)`.execute(trx);
    await sql`insert into tasks_fts (rowid, body)
      select t.id, ${SQLITE_DOCUMENT} from tasks_fts_pending p join tasks t on t.id = p.task_id`.execute(trx);
    const done = Number((await sql`delete from tasks_fts_pending`.execute(trx)).numAffectedRows ?? 0);
    // After a large import, merge the index's segments into one so that searches read one b-tree.
    if (done >= OPTIMIZE_AFTER) await sql`insert into tasks_fts (tasks_fts) values ('optimize')`.execute(trx);
    return done;
  };
  // Inside a caller's transaction the work joins it; otherwise it is a transaction of its own.
  return k.isTransaction ? run(k) : k.transaction().execute(run);
}

/** A condition on `tasks` that holds for the tasks matching the search. */
export function searchWhere(search: string, d: DialectName): RawBuilder<SqlBool> {
  const words = searchWords(search);
  if (!words.length) return sql<SqlBool>`1 = 1`;
  if (d === 'postgres')
    return sql<SqlBool>`jsonb_to_tsvector('simple'::regconfig, tasks.data, '["string", "numeric"]'::jsonb) @@ to_tsquery('simple', ${tsQuery(words)})`;
  return sql<SqlBool>`tasks.id in (select rowid from tasks_fts where tasks_fts match ${ftsQuery(words)})`;
}
