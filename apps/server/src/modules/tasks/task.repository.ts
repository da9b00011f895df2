import { sql, type Insertable, type SelectQueryBuilder, type Updateable } from 'kysely';
import type { DialectName, Exec } from '../../platform/db/dialect';
import { num } from '../../platform/db/dialect';
import type { Database, TaskTable, TaskRow } from '../../platform/db/schema';
import {
  dmConstrains,
  dmRangeServed,
  dmWhere,
  keysetSegments,
  keysetValue,
  orderTerms,
  type DmQuery,
  type Keyset,
  type KeysetSegment,
  type Ordering,
} from './selection/task-filter.query';
import { chunks, INSERT_BATCH } from '../../platform/db/batches';

/** Up to this many matches, reading and sorting them takes milliseconds (~10 ms per 100,000). */
const SORT_MATCHES_MAX = 250_000;
/** Tasks a page may expect to read walking the project in id order (~1 µs each with a data filter). */
const WALK_ROWS_MAX = 20_000;

/** What the caller of page() has counted: the matching tasks and the project's. */
export interface PageCount {
  matches: number;
  projectTasks: number;
}

/** A task list's totals, and the project's task count (for SQLite's page plan). */
export interface TaskTotals {
  total: number;
  annotations: number;
  predictions: number;
  projectTasks: number;
}

/** How SQLite reads a filtered page in id order (see TaskRepository.page). */
type PagePlan = 'sort' | 'walk' | undefined;

/**
 * `tasks` read through its (project_id, id) index, for the `walk` plan. Kysely has no INDEXED BY;
 * raw SQL in place of the table name keeps the name `tasks` for every column reference.
 */
const TASKS_IN_ID_ORDER = sql`tasks indexed by tasks_project_id` as unknown as 'tasks';

export interface TaskPageQuery {
  projectId: number;
  ids?: number[];
  excludeIds?: number[];
  onlyAnnotated?: boolean;
  /** Data Manager filters and ordering (Label Studio's `query` or a saved view). */
  dm?: DmQuery;
  limit: number;
  offset: number;
  /** Keyset pagination: the page starts after this task (in the ordering), and `offset` is 0. */
  after?: Keyset;
}

/**
 * Sorts tasks by a Data Manager ordering (one column, id breaking ties in the same direction), with
 * PostgreSQL's default null placement (last ascending, first descending) on both dialects, as Label
 * Studio sorts. Not-null columns keep a plain ORDER BY so that their index serves it.
 */
function orderTasks<O>(
  qb: SelectQueryBuilder<Database, 'tasks', O>,
  ordering: Ordering | undefined,
  dialect: DialectName,
  sortMatches = false,
) {
  // `id + 0` is the same order, but no index gives it: SQLite then reads the matches from the index
  // its filter uses and sorts them, instead of walking the project in id order (see page()).
  if (sortMatches) return qb.orderBy(sql`tasks.id + 0`, ordering?.desc ? 'desc' : 'asc');
  if (ordering && ordering.column !== 'id') {
    for (const term of orderTerms(ordering, dialect)) {
      qb = qb.orderBy(term.expr, (ob) => {
        const dir = term.desc ? ob.desc() : ob.asc();
        return term.nulls === 'first' ? dir.nullsFirst() : term.nulls === 'last' ? dir.nullsLast() : dir;
      });
    }
  }
  return qb.orderBy('tasks.id', ordering?.desc ? 'desc' : 'asc');
}

export class TaskRepository {
  constructor(private readonly db: Exec) {}

  findById(id: number): Promise<TaskRow | undefined> {
    return this.db.kysely.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Inserts in batches; returns the new ids in input order. */
  async insertMany(rows: Insertable<TaskTable>[]): Promise<number[]> {
    const ids: number[] = [];
    for (const batch of chunks(rows, INSERT_BATCH)) {
      const inserted = await this.db.kysely.insertInto('tasks').values(batch).returning('id').execute();
      for (const r of inserted) ids.push(r.id);
    }
    return ids;
  }

  private filtered(q: Omit<TaskPageQuery, 'limit' | 'offset'>, plan?: PagePlan) {
    // The project id is a literal: the per-project partial indexes on data fields (tasks/selection/field-index.repository.ts) need it.
    let query = this.db.kysely
      .selectFrom(plan === 'walk' ? TASKS_IN_ID_ORDER : 'tasks')
      .where('project_id', '=', sql.lit(q.projectId));
    if (q.ids) query = query.where('id', 'in', q.ids.length ? q.ids : [-1]);
    if (q.excludeIds?.length) query = query.where('id', 'not in', q.excludeIds);
    if (q.onlyAnnotated)
      query = query.where((eb) => eb.or([eb('total_annotations', '>', 0), eb('cancelled_annotations', '>', 0)]));
    const where = dmWhere(q.dm, this.db.dialect);
    if (where) query = query.where(where);
    return query;
  }

  /**
   * One page of tasks. `counted`, the totals the caller has already read, lets SQLite pick the plan
   * for a filtered list in id order (the default) from what its planner cannot know:
   *
   * - `sort`: a range filter (a date, a counter, the score) whose matches are few enough reads just
   *   them from its index and sorts them, at a cost bounded by their number. SQLite's own choice,
   *   walking the project in id order, reads most of the project when the matches sit late in id
   *   order, as a recent date range does. At 1,000,000 tasks, a 10% created_at range: 70 → 10 ms.
   * - `walk`: when matches are common enough that a page is found within WALK_ROWS_MAX tasks in id
   *   order (as if spread evenly), walk the (project_id, id) index. SQLite's own choice for a filter
   *   a data-field index answers is to read that whole index and sort: `data.text contains` matching
   *   14% of 1,000,000 tasks, 125 → 1 ms.
   */
  async page(q: TaskPageQuery, counted?: PageCount): Promise<TaskRow[]> {
    if (!q.after || !q.dm?.ordering || q.dm.ordering.column === 'id') return this.pageQuery(q, counted).execute();
    // Keyset page in a value ordering: its stretches one after the other, until the page is full.
    const rows: TaskRow[] = [];
    for (const segment of keysetSegments(q.dm.ordering, q.after, this.db.dialect)) {
      rows.push(...(await this.segmentQuery(q, segment, q.limit - rows.length).execute()));
      if (rows.length >= q.limit) break;
    }
    return rows;
  }

  /**
   * A page and the totals of the list it is a page of. PostgreSQL runs the two at once; SQLite runs
   * one statement at a time anyway, so it counts first and the page picks its plan from the count.
   */
  async pageWithTotals(q: TaskPageQuery): Promise<{ tasks: TaskRow[]; totals: TaskTotals }> {
    if (this.db.dialect === 'postgres') {
      const [tasks, totals] = await Promise.all([this.page(q), this.totals(q)]);
      return { tasks, totals };
    }
    const totals = await this.totals(q);
    return { tasks: await this.page(q, { matches: totals.total, projectTasks: totals.projectTasks }), totals };
  }

  /** The statement that reads one stretch of a keyset page (its plans are checked in dm-count-plan.spec.ts). */
  segmentQuery(q: Omit<TaskPageQuery, 'limit' | 'offset'>, segment: KeysetSegment, limit: number) {
    let query = this.filtered(q).selectAll('tasks').where(segment.where);
    for (const term of segment.orderBy) query = query.orderBy(term.expr, term.desc ? 'desc' : 'asc');
    return query.limit(limit);
  }

  /** How page() reads a page (see there); undefined leaves it to the planner. */
  pagePlan(q: TaskPageQuery, counted?: PageCount): PagePlan {
    if (this.db.dialect !== 'sqlite' || !counted || (q.dm?.ordering && q.dm.ordering.column !== 'id')) return undefined;
    if (counted.matches <= SORT_MATCHES_MAX && dmRangeServed(q.dm)) return 'sort';
    const walked = counted.matches > 0 ? ((q.offset + q.limit) * counted.projectTasks) / counted.matches : Infinity;
    if (dmConstrains(q.dm) && walked <= WALK_ROWS_MAX) return 'walk';
    return undefined;
  }

  /** The statement page() runs (its plans are checked in dm-count-plan.spec.ts). */
  pageQuery(q: TaskPageQuery, counted?: PageCount) {
    const plan = this.pagePlan(q, counted);
    const ordered = <O>(qb: SelectQueryBuilder<Database, 'tasks', O>) =>
      orderTasks(qb, q.dm?.ordering, this.db.dialect, plan === 'sort');
    if (q.after) {
      // In id order (page() reads value orderings stretch by stretch): seek to the id and read on.
      const [{ where }] = keysetSegments(q.dm?.ordering, q.after, this.db.dialect);
      return ordered(this.filtered(q, plan).selectAll('tasks').where(where)).limit(q.limit);
    }
    if (!q.offset) return ordered(this.filtered(q, plan).selectAll('tasks')).limit(q.limit);
    // Deep pages: skip over ids alone (an index-only walk), then read the rows of the page.
    const ids = ordered(this.filtered(q, plan).select('tasks.id')).limit(q.limit).offset(q.offset);
    return orderTasks(
      this.db.kysely.selectFrom('tasks').selectAll('tasks').where('tasks.id', 'in', ids),
      q.dm?.ordering,
      this.db.dialect,
    );
  }

  /** Where a keyset page after this task starts, in an ordering (see keysetAfter). */
  async keysetOf(task: TaskRow, ordering: Ordering | undefined): Promise<Keyset> {
    const value = keysetValue(ordering, this.db.dialect);
    if (!value) return { id: task.id };
    const row = await this.db.kysely
      .selectFrom('tasks')
      .select(value.as('value'))
      .where('tasks.id', '=', task.id)
      .executeTakeFirst();
    return { id: task.id, value: row?.value ?? null };
  }

  /** Keyset iteration for streaming: the next `limit` tasks with id > afterId. */
  after(q: Omit<TaskPageQuery, 'offset'> & { afterId: number }): Promise<TaskRow[]> {
    return this.filtered(q).selectAll().where('id', '>', q.afterId).orderBy('id').limit(q.limit).execute();
  }

  async totals(q: Omit<TaskPageQuery, 'limit' | 'offset'>): Promise<TaskTotals> {
    // The project's counters are kept in step with every write: the whole project needs no scan,
    // and a sum the project has none of is zero under any filter (so its column is not read).
    const p = await this.db.kysely
      .selectFrom('projects')
      .select(['task_number', 'total_annotations_number', 'total_predictions_number'])
      .where('id', '=', q.projectId)
      .executeTakeFirst();
    if (!q.ids && !q.excludeIds?.length && !q.onlyAnnotated && !dmConstrains(q.dm))
      return {
        total: num(p?.task_number),
        annotations: num(p?.total_annotations_number),
        predictions: num(p?.total_predictions_number),
        projectTasks: num(p?.task_number),
      };
    const r = await this.filtered(q)
      .select((eb) => [
        eb.fn.countAll().as('total'),
        (num(p?.total_annotations_number) ? eb.fn.sum('total_annotations') : eb.lit(0)).as('annotations'),
        (num(p?.total_predictions_number) ? eb.fn.sum('total_predictions') : eb.lit(0)).as('predictions'),
      ])
      .executeTakeFirstOrThrow();
    return {
      total: num(r.total),
      annotations: num(r.annotations),
      predictions: num(r.predictions),
      projectTasks: num(p?.task_number),
    };
  }

  update(id: number, patch: Updateable<TaskTable>): Promise<TaskRow | undefined> {
    return this.db.kysely.updateTable('tasks').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
  }

  async deleteMany(projectId: number, ids?: number[]): Promise<number> {
    let q = this.db.kysely.deleteFrom('tasks').where('project_id', '=', projectId);
    if (ids) q = q.where('id', 'in', ids.length ? ids : [-1]);
    const r = await q.executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /**
   * The next task for a user in a sequential label stream: not yet finished, not already
   * annotated (or skipped) by this user, in import order.
   */
  nextFor(projectId: number, userId: number, excludeIds: number[] = []): Promise<TaskRow | undefined> {
    let q = this.db.kysely
      .selectFrom('tasks')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('is_labeled', '=', 0)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('annotations')
              .select('annotations.id')
              .whereRef('annotations.task_id', '=', 'tasks.id')
              .where('annotations.completed_by', '=', userId),
          ),
        ),
      );
    if (excludeIds.length) q = q.where('id', 'not in', excludeIds);
    return q.orderBy('id').limit(1).executeTakeFirst();
  }
}
