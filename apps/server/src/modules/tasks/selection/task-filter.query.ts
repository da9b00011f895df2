import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectName } from '../../../platform/db/dialect';
import { invalidField } from '../../../platform/errors';
import { parseSearch, searchWhere } from './task-search.query';

/**
 * Label Studio's Data Manager query language, compiled to SQL for both dialects.
 *
 * A query is `{filters: {conjunction, items: [{filter: "filter:tasks:<column>", operator, type, value}]},
 * ordering: ["-tasks:<column>"]}`. Parsing validates it and names the offending column or operator;
 * compiling turns the parsed form into one boolean SQL expression over the `tasks` table (related
 * rows are reached through correlated subqueries, so nothing is loaded into memory).
 *
 * @example
 * const filters = parseFilters({ conjunction: 'and', items: [{ filter: 'filter:tasks:total_annotations', operator: 'greater', type: 'Number', value: 0 }] });
 * db.selectFrom('tasks').where(whereFilters(filters!, 'sqlite')).selectAll();
 */

export const OPERATORS = [
  'equal',
  'not_equal',
  'greater',
  'greater_or_equal',
  'less',
  'less_or_equal',
  'contains',
  'not_contains',
  'starts_with',
  'ends_with',
  'regex',
  'in',
  'not_in',
  'in_list',
  'not_in_list',
  'empty',
  'exists',
  'not_exists',
] as const;
export type Operator = (typeof OPERATORS)[number];

export type ValueType = 'Number' | 'String' | 'Datetime' | 'Boolean' | 'List';

export interface FilterItem {
  /** `id`, `total_annotations`, … or `data.<key>`. */
  column: string;
  operator: Operator;
  /** The type the client declared (`Number`, `String`, `Image`, …); it steers `data.*` comparisons. */
  type: string;
  value: unknown;
  /** A `child_filter`, AND-merged with this item. */
  and?: FilterItem[];
}

export interface FilterSet {
  conjunction: 'and' | 'or';
  items: FilterItem[];
}

export interface Ordering {
  column: string;
  desc: boolean;
}

/** A parsed Data Manager query: which tasks, in which order. */
export interface DmQuery {
  filters?: FilterSet;
  ordering?: Ordering;
  /** Full-text search over task data (see search.ts), AND-ed with the filters. */
  search?: string;
  /** The project the query runs in: lets set-based subqueries stay inside it. */
  projectId?: number;
  /** `data.<field>` expressions with a ready index (`<kind>:<key>`, see field-index.ts). */
  indexed?: ReadonlySet<string>;
}

/** What compiling a filter may know beyond the filter itself. */
export interface CompileContext {
  projectId?: number;
  indexed?: ReadonlySet<string>;
}

type Expr = RawBuilder<unknown>;
type Bool = RawBuilder<SqlBool>;

/** How a column is stored and compared. */
interface ColumnDef {
  type: ValueType;
  /** A scalar SQL expression, for comparisons and ordering. */
  expr?: (d: DialectName) => Expr;
  nullable?: boolean;
  /** List and child-row columns: rows of a related table matching a predicate. */
  any?: (match: (value: Expr) => Bool, d: DialectName, projectId?: number) => Bool;
  /** For `any` columns: the value compared in the related rows (text columns search it). */
  textual?: boolean;
}

const col = (name: string) => () => sql.ref(`tasks.${name}`) as Expr;
const jsonText = (column: string, d: DialectName) => (d === 'postgres' ? sql`${sql.ref(column)}::text` : sql.ref(column));
const exists = (from: string, alias: string, where: Bool) =>
  sql<SqlBool>`exists (select 1 from ${sql.table(from)} ${sql.raw(alias)} where ${sql.ref(`${alias}.task_id`)} = tasks.id and ${where})`;
const flagOf = (predicate: Bool) => sql`(case when ${predicate} then 1 else 0 end)` as Expr;
const TRUE = sql<SqlBool>`1 = 1`;
const FALSE = sql<SqlBool>`1 = 0`;
const zero = () => sql`0` as Expr;

/**
 * Every column a filter or an ordering may name (COMPAT §6.1). Columns Groundwork has no data for yet
 * (reviews, comments, storage links) answer as Label Studio answers for a task without them.
 */
export const COLUMNS: Record<string, ColumnDef> = {
  id: { type: 'Number', expr: col('id') },
  inner_id: { type: 'Number', expr: col('inner_id') },
  total_annotations: { type: 'Number', expr: col('total_annotations') },
  cancelled_annotations: { type: 'Number', expr: col('cancelled_annotations') },
  total_predictions: { type: 'Number', expr: col('total_predictions') },
  created_at: { type: 'Datetime', expr: col('created_at') },
  updated_at: { type: 'Datetime', expr: col('updated_at') },
  completed_at: {
    type: 'Datetime',
    nullable: true,
    expr: () => sql`(select max(a.created_at) from annotations a where a.task_id = tasks.id and a.was_cancelled = 0)`,
  },
  // The average of the task's prediction scores, kept on the task (refreshTaskCounters, modules/counters).
  predictions_score: { type: 'Number', nullable: true, expr: col('predictions_score') },
  avg_lead_time: {
    type: 'Number',
    nullable: true,
    expr: () => sql`(select avg(a.lead_time) from annotations a where a.task_id = tasks.id)`,
  },
  ground_truth: {
    type: 'Boolean',
    expr: () => flagOf(exists('annotations', 'a', sql<SqlBool>`a.ground_truth = 1`)),
  },
  draft_exists: { type: 'Boolean', expr: () => flagOf(exists('drafts', 'dr', TRUE)) },
  // Review and comment workflows have no tables yet: no task is reviewed or commented.
  reviewed: { type: 'Boolean', expr: zero },
  comments: { type: 'Number', expr: zero },
  unresolved_comment_count: { type: 'Number', expr: zero },
  reviews_accepted: { type: 'Number', expr: zero },
  reviews_rejected: { type: 'Number', expr: zero },
  reviewers: { type: 'List', expr: zero, any: () => FALSE },
  // The name of the file a task was imported from; Groundwork keeps no storage links yet.
  file_upload: {
    type: 'String',
    nullable: true,
    expr: () => sql`(select fu.original_name from file_uploads fu where fu.id = tasks.file_upload_id)`,
  },
  storage_filename: { type: 'String', nullable: true, expr: () => sql`cast(null as text)` },
  updated_by: {
    type: 'List',
    nullable: true,
    expr: col('updated_by'),
    any: (match) => sql<SqlBool>`(tasks.updated_by is not null and ${match(sql.ref('tasks.updated_by'))})`,
  },
  annotators: {
    type: 'List',
    nullable: true,
    expr: () => sql`(select count(distinct a.completed_by) from annotations a where a.task_id = tasks.id)`,
    // Set-based: the annotator's tasks in this project are read once from (project_id, completed_by,
    // task_id), not probed per task, and not from the annotator's other projects.
    any: (match, _d, projectId) =>
      projectId === undefined
        ? sql<SqlBool>`tasks.id in (select a.task_id from annotations a where ${match(sql.ref('a.completed_by'))})`
        : sql<SqlBool>`tasks.id in (select a.task_id from annotations a where a.project_id = ${sql.lit(projectId)} and ${match(sql.ref('a.completed_by'))})`,
  },
  predictions_model_versions: {
    type: 'List',
    nullable: true,
    expr: () => sql`(select min(p.model_version) from predictions p where p.task_id = tasks.id)`,
    any: (match) => exists('predictions', 'p', match(sql.ref('p.model_version'))),
  },
  annotations_results: {
    type: 'String',
    textual: true,
    any: (match, d) => exists('annotations', 'a', match(jsonText('a.result', d))),
  },
  predictions_results: {
    type: 'String',
    textual: true,
    any: (match, d) => exists('predictions', 'p', match(jsonText('p.result', d))),
  },
  annotations_ids: {
    type: 'String',
    textual: true,
    any: (match) => exists('annotations', 'a', match(sql`cast(a.id as text)`)),
  },
};

const OPERATORS_BY_TYPE: Record<ValueType, Operator[]> = {
  Number: [
    'equal',
    'not_equal',
    'greater',
    'greater_or_equal',
    'less',
    'less_or_equal',
    'in',
    'not_in',
    'in_list',
    'not_in_list',
    'empty',
    'exists',
    'not_exists',
  ],
  Datetime: [
    'equal',
    'not_equal',
    'greater',
    'greater_or_equal',
    'less',
    'less_or_equal',
    'in',
    'not_in',
    'empty',
    'exists',
    'not_exists',
  ],
  String: [
    'equal',
    'not_equal',
    'contains',
    'not_contains',
    'starts_with',
    'ends_with',
    'regex',
    'in_list',
    'not_in_list',
    'empty',
    'exists',
    'not_exists',
  ],
  Boolean: ['equal', 'not_equal', 'empty', 'exists', 'not_exists'],
  List: ['contains', 'not_contains', 'equal', 'not_equal', 'in_list', 'not_in_list', 'empty', 'exists', 'not_exists'],
};

/** Operators a `data.*` column accepts: any of them, compared as text or, when it says so, as a number. */
const DATA_OPERATORS = OPERATORS;

/** `filter:tasks:data.text`, `filters:tasks:id`, `tasks:id` or `id` → `data.text` / `id`. */
export function columnName(raw: string): string {
  return raw
    .replace(/^-/, '')
    .replace(/^filters?:/, '')
    .replace(/^tasks:/, '');
}

function isDataColumn(name: string): boolean {
  return name.startsWith('data.') && name.length > 5;
}

/**
 * Data keys travel inside JSON paths (`$."key"` on SQLite); quotes, backslashes and control
 * characters would break out of them.
 */
export function isSafeDataKey(key: string): boolean {
  return [...key].every((c) => c !== '"' && c !== '\\' && c.charCodeAt(0) >= 0x20);
}

function checkColumn(name: string, field: string, raw: string): void {
  if (isDataColumn(name)) {
    if (!isSafeDataKey(name)) throw invalidField(field, `invalid data field "${raw}"`);
    return;
  }
  if (!(name in COLUMNS)) throw invalidField(field, `unknown column "${raw}"`);
}

/** Validates Label Studio's `filters` object. Returns undefined when it filters nothing. */
export function parseFilters(raw: unknown, field = 'filters'): FilterSet | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw invalidField(field, 'must be an object: {"conjunction": "and", "items": […]}');
  const { conjunction = 'and', items = [] } = raw as { conjunction?: unknown; items?: unknown };
  if (conjunction !== 'and' && conjunction !== 'or')
    throw invalidField(field, `unknown conjunction "${String(conjunction)}": use "and" or "or"`);
  if (!Array.isArray(items)) throw invalidField(field, 'items must be a list');
  const parsed: FilterItem[] = [];
  for (const [index, item] of items.entries()) {
    if (!item || typeof item !== 'object') throw invalidField(field, `item ${index} must be an object`);
    const { filter, operator, type, value, child_filter } = item as Record<string, unknown>;
    if (typeof filter !== 'string') throw invalidField(field, `item ${index}: "filter" must be a string like "filter:tasks:id"`);
    const column = columnName(filter);
    checkColumn(column, field, filter);
    if (typeof operator !== 'string' || !(OPERATORS as readonly string[]).includes(operator))
      throw invalidField(field, `unknown operator "${String(operator)}" for "${filter}"`);
    const def = COLUMNS[column];
    const allowed = def ? OPERATORS_BY_TYPE[def.type] : DATA_OPERATORS;
    if (!allowed.includes(operator as Operator))
      throw invalidField(field, `operator "${operator}" does not apply to column "${filter}" (${def?.type})`);
    const declared = typeof type === 'string' ? type : (def?.type ?? 'String');
    const parsedItem: FilterItem = { column, operator: operator as Operator, type: declared, value };
    checkValue(parsedItem, field, filter);
    // A child filter is AND-merged with its parent (one level deep, like the SDK's Filter.child_filters).
    if (child_filter && typeof child_filter === 'object') {
      const child = parseFilters({ conjunction: 'and', items: [child_filter] }, field);
      if (child) parsedItem.and = child.items;
    }
    parsed.push(parsedItem);
  }
  return parsed.length ? { conjunction, items: parsed } : undefined;
}

/** Label Studio's `ordering`: a list with one `"tasks:<column>"` or `"-tasks:<column>"`. */
export function parseOrdering(raw: unknown, field = 'ordering'): Ordering | undefined {
  if (raw === null || raw === undefined) return undefined;
  const list = Array.isArray(raw) ? raw : [raw];
  const first = list.find((x) => x !== null && x !== '');
  if (first === undefined) return undefined;
  if (typeof first !== 'string') throw invalidField(field, 'must be a list of strings like ["-tasks:id"]');
  const column = columnName(first);
  checkColumn(column, field, first);
  if (!isDataColumn(column) && !COLUMNS[column].expr) throw invalidField(field, `cannot order by "${first}"`);
  return { column, desc: first.startsWith('-') };
}

/** Items whose value the UI has not filled in yet are skipped, as Label Studio skips them. */
function isBlank(item: FilterItem): boolean {
  if (item.operator === 'empty' || item.operator === 'exists' || item.operator === 'not_exists') return false;
  return item.value === null || item.value === undefined || item.value === '';
}

function range(value: unknown): { min: unknown; max: unknown } | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'min' in value && 'max' in value)
    return value as { min: unknown; max: unknown };
  return undefined;
}

function checkValue(item: FilterItem, field: string, raw: string): void {
  if (isBlank(item)) return;
  const bad = (what: string) => invalidField(field, `${what} for "${raw}" (${item.operator})`);
  if ((item.operator === 'in' || item.operator === 'not_in') && !range(item.value))
    throw bad('value must be {"min": …, "max": …}');
  if (item.operator === 'regex') {
    try {
      new RegExp(String(item.value));
    } catch {
      throw bad(`invalid regular expression ${JSON.stringify(item.value)}`);
    }
  }
  const type = valueType(item);
  const scalars = range(item.value)
    ? [range(item.value)!.min, range(item.value)!.max]
    : Array.isArray(item.value)
      ? item.value
      : [item.value];
  for (const v of scalars) {
    if (v === null || v === undefined || item.operator === 'empty') continue;
    if (type === 'Number' && !Number.isFinite(Number(v))) throw bad(`value ${JSON.stringify(v)} is not a number`);
    if (type === 'Datetime' && Number.isNaN(new Date(String(v)).getTime())) throw bad(`value ${JSON.stringify(v)} is not a date`);
  }
}

/** How values are compared: by the column's own type, or for `data.*` by the type the client declared. */
function valueType(item: FilterItem): ValueType {
  const def = COLUMNS[item.column];
  if (def) return def.type;
  if (item.type === 'Number' || item.type === 'Datetime' || item.type === 'Boolean') return item.type;
  return 'String';
}

function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === 'true' || value === 'True' || value === '1' || value === 'yes';
}

function literal(type: ValueType, value: unknown): unknown {
  if (type === 'Number') return Number(value);
  if (type === 'Datetime') return new Date(String(value)).toISOString();
  if (type === 'Boolean') return truthy(value) ? 1 : 0;
  return String(value);
}

const RAW_PREFILTER = new Set<Operator>(['contains', 'starts_with', 'ends_with', 'equal']);

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A SQL string literal. Keys are literals, not parameters, so that expression indexes match the queries. */
const quote = (s: string) => sql.raw(`'${s.replace(/'/g, "''")}'`);

/**
 * `data.<key>`: the value as text (or, for numeric comparisons, as a number; for ordering, as JSON).
 * field-index.ts builds indexes on these very expressions (with `data` for `tasks.data`).
 */
export function dataExpr(key: string, d: DialectName, as: 'text' | 'number' | 'sort' | 'bool', table = 'tasks.'): Expr {
  const data = sql.raw(`${table}data`);
  if (d === 'postgres') {
    const k = quote(key);
    if (as === 'sort') return sql`(${data} -> ${k})`;
    if (as === 'number')
      return sql`(case when jsonb_typeof(${data} -> ${k}) = 'number' or (jsonb_typeof(${data} -> ${k}) = 'string' and (${data} ->> ${k}) ~ '^\\s*-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?\\s*$') then (${data} ->> ${k})::double precision end)`;
    return sql`(${data} ->> ${k})`;
  }
  const path = quote(`$."${key}"`);
  if (as === 'sort') return sql`json_extract(${data}, ${path})`;
  if (as === 'number')
    return sql`(case json_type(${data}, ${path}) when 'integer' then json_extract(${data}, ${path}) when 'real' then json_extract(${data}, ${path}) when 'text' then (case when trim(json_extract(${data}, ${path})) glob '*[0-9]*' and trim(json_extract(${data}, ${path})) not glob '*[^0-9.eE+-]*' then cast(json_extract(${data}, ${path}) as real) end) end)`;
  // json_type names JSON booleans 'true'/'false', as PostgreSQL's ->> spells them.
  if (as === 'bool') return sql`json_type(${data}, ${path})`;
  // One JSON parse per row: the text search over a million tasks is bound by it.
  return sql`cast(json_extract(${data}, ${path}) as text)`;
}

function regexMatch(e: Expr, pattern: string, d: DialectName): Bool {
  return d === 'postgres' ? sql<SqlBool>`${e} ~ ${pattern}` : sql<SqlBool>`regexp(${pattern}, ${e})`;
}

function likeMatch(e: Expr, pattern: string, d: DialectName): Bool {
  // Case-insensitive like Label Studio's icontains; SQLite's LIKE already is for ASCII.
  return d === 'postgres' ? sql<SqlBool>`${e} ilike ${pattern}` : sql<SqlBool>`${e} like ${pattern} escape '\\'`;
}

function not(b: Bool): Bool {
  return sql<SqlBool>`not (${b})`;
}

function orNull(b: Bool, e: Expr, nullable: boolean): Bool {
  return nullable ? sql<SqlBool>`(${b} or ${e} is null)` : b;
}

function list(values: unknown[]): Expr {
  return sql`(${sql.join(values.map((v) => sql`${v}`))})`;
}

/** A comparison on a scalar expression. */
function compareScalar(e: Expr, type: ValueType, item: FilterItem, d: DialectName, nullable: boolean): Bool {
  const v = item.value;
  const lit = (x: unknown) => literal(type, x);
  switch (item.operator) {
    case 'equal':
      return sql<SqlBool>`${e} = ${lit(v)}`;
    case 'not_equal':
      return orNull(sql<SqlBool>`${e} <> ${lit(v)}`, e, nullable);
    case 'greater':
      return sql<SqlBool>`${e} > ${lit(v)}`;
    case 'greater_or_equal':
      return sql<SqlBool>`${e} >= ${lit(v)}`;
    case 'less':
      return sql<SqlBool>`${e} < ${lit(v)}`;
    case 'less_or_equal':
      return sql<SqlBool>`${e} <= ${lit(v)}`;
    case 'in': {
      const r = range(v)!;
      return sql<SqlBool>`(${e} >= ${lit(r.min)} and ${e} <= ${lit(r.max)})`;
    }
    case 'not_in': {
      const r = range(v)!;
      return orNull(sql<SqlBool>`(${e} < ${lit(r.min)} or ${e} > ${lit(r.max)})`, e, nullable);
    }
    case 'in_list':
    case 'not_in_list': {
      const values = (Array.isArray(v) ? v : [v]).map(lit);
      if (!values.length) return item.operator === 'in_list' ? FALSE : TRUE;
      const b = sql<SqlBool>`${e} in ${list(values)}`;
      return item.operator === 'in_list' ? b : orNull(not(b), e, nullable);
    }
    case 'contains':
    case 'not_contains': {
      const b = likeMatch(e, `%${likeEscape(String(v))}%`, d);
      return item.operator === 'contains' ? b : orNull(not(b), e, nullable);
    }
    case 'starts_with':
      return likeMatch(e, `${likeEscape(String(v))}%`, d);
    case 'ends_with':
      return likeMatch(e, `%${likeEscape(String(v))}`, d);
    case 'regex':
      return regexMatch(e, String(v), d);
    case 'empty': {
      const blank = type === 'String' ? sql<SqlBool>`(${e} is null or ${e} = '')` : sql<SqlBool>`${e} is null`;
      return truthy(v) ? blank : not(blank);
    }
    case 'exists':
      return sql<SqlBool>`${e} is not null`;
    case 'not_exists':
      return sql<SqlBool>`${e} is null`;
  }
}

/** A comparison on a list or child-row column: "some related row matches". */
function compareAny(def: ColumnDef, item: FilterItem, d: DialectName, projectId?: number): Bool {
  const v = item.value;
  const any = (match: (value: Expr) => Bool, dialect: DialectName) => def.any!(match, dialect, projectId);
  const textual = !!def.textual;
  switch (item.operator) {
    case 'empty':
      return truthy(v) ? not(any(() => TRUE, d)) : any(() => TRUE, d);
    case 'exists':
      return any(() => TRUE, d);
    case 'not_exists':
      return not(any(() => TRUE, d));
    case 'contains':
    case 'equal':
    case 'in_list':
    case 'not_contains':
    case 'not_equal':
    case 'not_in_list': {
      const positive = item.operator === 'contains' || item.operator === 'equal' || item.operator === 'in_list';
      let match: (e: Expr) => Bool;
      if (textual) {
        const s = String(v);
        match = (e) => (item.operator.endsWith('equal') ? sql<SqlBool>`${e} = ${s}` : likeMatch(e, `%${likeEscape(s)}%`, d));
      } else {
        // Member columns take a user id (annotators, updated_by) or a model version; a list means "any of".
        const values = (Array.isArray(v) ? v : [v]).map((x) =>
          item.column === 'predictions_model_versions' ? String(x) : Number(x),
        );
        if (!values.length) return positive ? FALSE : TRUE;
        match = (e) => sql<SqlBool>`${e} in ${list(values)}`;
      }
      const b = any(match, d);
      return positive ? b : not(b);
    }
    case 'starts_with':
      return any((e) => likeMatch(e, `${likeEscape(String(v))}%`, d), d);
    case 'ends_with':
      return any((e) => likeMatch(e, `%${likeEscape(String(v))}`, d), d);
    case 'regex':
      return any((e) => regexMatch(e, String(v), d), d);
    default:
      throw invalidField('filters', `operator "${item.operator}" does not apply to column "${item.column}"`);
  }
}

function compileItem(item: FilterItem, d: DialectName, ctx: CompileContext): Bool {
  const own = compileOne(item, d, ctx);
  const children = (item.and ?? []).filter((i) => !isBlank(i));
  if (!children.length) return own;
  return sql<SqlBool>`(${sql.join([own, ...children.map((i) => compileOne(i, d, ctx))], sql` and `)})`;
}

/** Which expression of a `data.*` column a filter item compares (and so which index serves it). */
function dataKind(item: FilterItem, d: DialectName): 'text' | 'number' | 'trigram' | undefined {
  const type = valueType(item);
  if (type === 'Boolean') return undefined;
  if (type === 'Number' && item.operator !== 'empty') return 'number';
  // PostgreSQL answers substring and pattern matches from a trigram index; b-trees cannot.
  if (d === 'postgres' && ['contains', 'not_contains', 'ends_with', 'regex'].includes(item.operator)) return 'trigram';
  return 'text';
}

function compileOne(item: FilterItem, d: DialectName, ctx: CompileContext): Bool {
  const def = COLUMNS[item.column];
  if (!def) {
    const key = item.column.slice(5);
    const type = valueType(item);
    if (type === 'Boolean') {
      const e = dataExpr(key, d, 'bool');
      if (item.operator === 'equal' || item.operator === 'not_equal') {
        const b = sql<SqlBool>`${e} = ${truthy(item.value) ? 'true' : 'false'}`;
        return item.operator === 'equal' ? b : orNull(not(b), e, true);
      }
      return compareScalar(e, 'String', item, d, true);
    }
    const numeric = type === 'Number' && item.operator !== 'empty';
    const exact = compareScalar(dataExpr(key, d, numeric ? 'number' : 'text'), numeric ? 'Number' : type, item, d, true);
    const term = String(item.value);
    // On SQLite, parsing every task's JSON dominates a text search. A value containing the term
    // has the term in the stored JSON text too (as long as the term has nothing JSON escapes),
    // so a plain LIKE on the raw text discards most tasks before any parsing. Once the field's
    // index is built, its stored values are scanned instead and the raw text is not read at all.
    const indexed = ctx.indexed?.has(`text:${key}`);
    if (d === 'sqlite' && !indexed && type === 'String' && RAW_PREFILTER.has(item.operator) && isSafeDataKey(term))
      return sql<SqlBool>`(tasks.data like ${`%${likeEscape(term)}%`} escape '\\' and ${exact})`;
    return exact;
  }
  if (def.any) return compareAny(def, item, d, ctx.projectId);
  return compareScalar(def.expr!(d), def.type, item, d, !!def.nullable);
}

/** One boolean SQL expression for a filter set; items without a value are skipped. */
export function whereFilters(filters: FilterSet, d: DialectName, ctx: CompileContext = {}): Bool {
  const parts = filters.items.filter((i) => !isBlank(i)).map((i) => compileItem(i, d, ctx));
  if (!parts.length) return TRUE;
  return sql<SqlBool>`(${sql.join(parts, sql.raw(filters.conjunction === 'or' ? ' or ' : ' and '))})`;
}

/** True when the filter set constrains anything (blank items do not). */
export function hasFilters(filters: FilterSet | undefined): boolean {
  return !!filters?.items.some((i) => !isBlank(i));
}

/** True when a Data Manager query narrows the tasks: a filter with a value, or a search. */
export function dmConstrains(dm: DmQuery | undefined): boolean {
  return hasFilters(dm?.filters) || !!dm?.search;
}

/** The condition a Data Manager query puts on `tasks` (filters and search), or undefined for none. */
export function dmWhere(dm: DmQuery | undefined, d: DialectName): Bool | undefined {
  if (!dm) return undefined;
  const parts: Bool[] = [];
  if (hasFilters(dm.filters)) parts.push(whereFilters(dm.filters!, d, { projectId: dm.projectId, indexed: dm.indexed }));
  if (dm.search) parts.push(searchWhere(dm.search, d));
  if (!parts.length) return undefined;
  return parts.length === 1 ? parts[0] : sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** Validates a `search` text from a query or an action; see search.ts. */
export { parseSearch };

/** Task columns with an index on (project_id, column, id, …): a comparison on one reads one range of it. */
const RANGE_INDEXED = new Set([
  'id',
  'inner_id',
  'total_annotations',
  'total_predictions',
  'predictions_score',
  'created_at',
  'updated_at',
]);
const RANGE_OPERATORS = new Set<Operator>(['equal', 'greater', 'greater_or_equal', 'less', 'less_or_equal', 'in']);

/**
 * True when a query's only conditions are AND-ed comparisons that an index answers as one range each
 * (a counter, a date, the prediction score, or a `data.*` field whose index is built): the matching
 * tasks can then be read from that index and sorted by id, at a cost that grows with the number of
 * matches, not with where they sit in id order.
 */
export function dmRangeServed(dm: DmQuery | undefined): boolean {
  if (!dm || dm.search || !hasFilters(dm.filters)) return false;
  const items = dm.filters!.items.filter((i) => !isBlank(i));
  if (items.length > 1 && dm.filters!.conjunction === 'or') return false;
  return items
    .flatMap((i) => [i, ...(i.and ?? []).filter((c) => !isBlank(c))])
    .every((i) => {
      if (!RANGE_OPERATORS.has(i.operator)) return false;
      if (RANGE_INDEXED.has(i.column)) return true;
      if (!isDataColumn(i.column)) return false;
      const type = valueType(i);
      const kind = type === 'Number' ? 'number' : type === 'String' && i.operator === 'equal' ? 'text' : undefined;
      return !!kind && !!dm.indexed?.has(`${kind}:${i.column.slice(5)}`);
    });
}

/** A `data.<key>` expression a query uses, and the kind of index that would serve it. */
export interface DataFieldUse {
  key: string;
  kind: 'text' | 'number' | 'trigram' | 'sort';
}

/** The `data.*` expressions a query compares or sorts by: what field-index.ts builds indexes for. */
export function dataFieldUses(dm: DmQuery | undefined, d: DialectName): DataFieldUse[] {
  const uses = new Map<string, DataFieldUse>();
  const add = (key: string, kind: DataFieldUse['kind'] | undefined) => {
    if (kind) uses.set(`${kind}:${key}`, { key, kind });
  };
  const items = (dm?.filters?.items ?? []).flatMap((i) => [i, ...(i.and ?? [])]).filter((i) => !isBlank(i));
  for (const item of items) if (isDataColumn(item.column)) add(item.column.slice(5), dataKind(item, d));
  if (dm?.ordering && isDataColumn(dm.ordering.column)) add(dm.ordering.column.slice(5), 'sort');
  return [...uses.values()];
}

/** One term of an ORDER BY. */
export interface OrderTerm {
  expr: Expr;
  desc: boolean;
  /** Null placement, when it differs from the dialect's default for the direction. */
  nulls?: 'first' | 'last';
}

/**
 * The ORDER BY terms of an ordering, before the id that breaks ties. Nulls sort last ascending and
 * first descending on both dialects (PostgreSQL's default). On SQLite a `data.*` ordering sorts by
 * `<value> is null` first, so that the per-project index on both expressions (field-index.ts) gives
 * the rows in order in either direction instead of a sort of the whole project.
 */
export function orderTerms(ordering: Ordering, d: DialectName): OrderTerm[] {
  const { expr, nullable } = orderExpression(ordering, d);
  const desc = ordering.desc;
  if (isDataColumn(ordering.column)) {
    if (d === 'postgres') return [{ expr, desc }];
    return [
      { expr: sql`(${expr} is null)`, desc },
      { expr, desc },
    ];
  }
  if (!nullable) return [{ expr, desc }];
  return [{ expr, desc, nulls: desc ? 'first' : 'last' }];
}

/** The SQL expression an ordering sorts by, and whether it may be null. */
export function orderExpression(ordering: Ordering, d: DialectName): { expr: Expr; nullable: boolean } {
  if (isDataColumn(ordering.column)) return { expr: dataExpr(ordering.column.slice(5), d, 'sort'), nullable: true };
  const def = COLUMNS[ordering.column];
  return { expr: def.expr!(d), nullable: !!def.nullable };
}

/** Where a keyset page resumes: the last task read, and its value of the ordering column. */
export interface Keyset {
  id: number;
  /** The ordering's value for that task, as keysetValue() reads it; absent when ordering by id. */
  value?: unknown;
}

/**
 * What a cursor keeps of a task for an ordering: the ordering's expression, read as text on
 * PostgreSQL so that it compares back exactly (microsecond timestamps, jsonb numbers of any size).
 * Undefined when the ordering is by id, which the id alone resumes.
 */
export function keysetValue(ordering: Ordering | undefined, d: DialectName): Expr | undefined {
  if (!ordering || ordering.column === 'id') return undefined;
  const { expr } = orderExpression(ordering, d);
  return d === 'postgres' ? sql`(${expr})::text` : expr;
}

/** One stretch of a keyset page: the tasks it holds, in the order they come. */
export interface KeysetSegment {
  where: Bool;
  orderBy: { expr: Expr; desc: boolean }[];
}

/**
 * The tasks after `key` in an ordering, as orderTerms() sorts them (id breaking ties in the same
 * direction; nulls after every value ascending and before them descending), as stretches read one
 * after the other: the values from the key on, then the nulls, or the other way round. Each stretch is
 * a range an index seeks to and reads in order, so a page deep in a project costs what the first one
 * does: `value >= v and (value > v or id > last)` with the id order inside, where a single OR-ed
 * predicate (or a row-value comparison, which SQLite does not match to expression indexes) would
 * read the ordering from its start.
 */
export function keysetSegments(ordering: Ordering | undefined, key: Keyset, d: DialectName): KeysetSegment[] {
  const desc = !!ordering?.desc;
  const byId = { expr: sql`tasks.id`, desc };
  const idAfter = sql<SqlBool>`tasks.id ${sql.raw(desc ? '<' : '>')} ${key.id}`;
  if (!ordering || ordering.column === 'id') return [{ where: idAfter, orderBy: [byId] }];
  const { expr, nullable } = orderExpression(ordering, d);
  const data = isDataColumn(ordering.column);
  const value = key.value ?? null;
  const bound = d === 'postgres' && data ? sql`cast(${value} as jsonb)` : sql`${value}`;
  const byValue = [{ expr, desc }, byId];
  // SQLite's sort index on a data field leads with `<value> is null` (field-index.ts): naming it
  // lets the index serve both the seek and the order.
  const flag = (isNull: boolean): Bool[] =>
    data && d === 'sqlite' ? [sql<SqlBool>`(${expr} is null) = ${sql.lit(isNull ? 1 : 0)}`] : [];
  const all = (items: Bool[]) => sql<SqlBool>`(${sql.join(items, sql` and `)})`;
  const fromKey = sql<SqlBool>`${expr} ${sql.raw(desc ? '<=' : '>=')} ${bound} and (${expr} ${sql.raw(desc ? '<' : '>')} ${bound} or ${idAfter})`;
  const values = (from: Bool) => ({ where: all([...flag(false), from]), orderBy: byValue });
  const nulls = (from?: Bool) => ({
    where: all([...flag(true), sql<SqlBool>`${expr} is null`, ...(from ? [from] : [])]),
    orderBy: [byId],
  });
  if (!nullable) return [{ where: all([fromKey]), orderBy: byValue }];
  if (value === null) return desc ? [nulls(idAfter), values(sql<SqlBool>`${expr} is not null`)] : [nulls(idAfter)];
  return desc ? [values(fromKey)] : [values(fromKey), nulls()];
}
