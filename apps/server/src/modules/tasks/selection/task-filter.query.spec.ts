import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DialectName } from '../../../platform/db/dialect';
import type { Database } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import {
  columnName,
  COLUMNS,
  dataFieldUses,
  OPERATORS,
  orderExpression,
  orderTerms,
  parseFilters,
  parseOrdering,
  whereFilters,
  type FilterSet,
} from './task-filter.query';

/** Kysely without a database: compiles queries so their SQL and parameters can be inspected. */
function cold(dialect: DialectName) {
  const pg = dialect === 'postgres';
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => (pg ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => (pg ? new PostgresIntrospector(db) : new SqliteIntrospector(db)),
      createQueryCompiler: () => (pg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
  });
}

const item = (column: string, operator: string, value: unknown, type = 'String') => ({
  filter: `filter:tasks:${column}`,
  operator,
  type,
  value,
});
const compile = (filters: FilterSet, dialect: DialectName) =>
  cold(dialect).selectFrom('tasks').select('id').where(whereFilters(filters, dialect)).compile();

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
}

describe('parseFilters', () => {
  it('strips the filter:/filters:/tasks: prefixes', () => {
    expect(columnName('filter:tasks:data.text')).toBe('data.text');
    expect(columnName('filters:tasks:id')).toBe('id');
    expect(columnName('-tasks:total_annotations')).toBe('total_annotations');
  });

  it('parses items, child filters and the conjunction', () => {
    const parsed = parseFilters({
      conjunction: 'or',
      items: [{ ...item('id', 'greater', 3, 'Number'), child_filter: item('id', 'less', 9, 'Number') }],
    });
    expect(parsed).toEqual({
      conjunction: 'or',
      items: [
        {
          column: 'id',
          operator: 'greater',
          type: 'Number',
          value: 3,
          and: [{ column: 'id', operator: 'less', type: 'Number', value: 9 }],
        },
      ],
    });
    expect(parseFilters(null)).toBeUndefined();
    expect(parseFilters({ conjunction: 'and', items: [] })).toBeUndefined();
  });

  it('names the unknown column, operator, conjunction or bad value in a 400', () => {
    const cases: [unknown, RegExp][] = [
      [{ items: [item('nope', 'equal', 1)] }, /unknown column "filter:tasks:nope"/],
      [{ items: [item('id', 'like', 1)] }, /unknown operator "like"/],
      [{ items: [item('total_annotations', 'regex', 'x')] }, /operator "regex" does not apply/],
      [{ items: [item('annotators', 'greater', 1)] }, /operator "greater" does not apply/],
      [{ conjunction: 'nand', items: [] }, /unknown conjunction "nand"/],
      [{ items: [item('id', 'in', [1, 2], 'Number')] }, /\{"min"/],
      [{ items: [item('id', 'equal', 'x', 'Number')] }, /"x" is not a number/],
      [{ items: [item('created_at', 'less', 'soon')] }, /not a date/],
      [{ items: [item('data.text', 'regex', '(')] }, /invalid regular expression/],
      [{ items: [item('data.a"b', 'equal', 1)] }, /invalid data field/],
      [{ items: 'all' }, /items must be a list/],
      ['x', /must be an object/],
    ];
    for (const [raw, message] of cases) {
      const e = errorOf(() => parseFilters(raw, 'query'));
      expect(e.statusCode).toBe(400);
      expect(e.validationErrors?.query[0]).toMatch(message);
    }
  });

  it('accepts every operator on some column type, and every column with its type’s operators', () => {
    for (const op of OPERATORS) {
      const value = op === 'in' || op === 'not_in' ? { min: 1, max: 2 } : op === 'in_list' || op === 'not_in_list' ? ['a'] : 'a';
      expect(parseFilters({ items: [item('data.text', op, value)] })?.items[0].operator).toBe(op);
    }
    for (const column of Object.keys(COLUMNS))
      expect(parseFilters({ items: [item(column, 'empty', true)] })?.items[0].column).toBe(column);
  });
});

describe('parseOrdering', () => {
  it('reads one column and its direction', () => {
    expect(parseOrdering(['-tasks:total_annotations'])).toEqual({ column: 'total_annotations', desc: true });
    expect(parseOrdering(['tasks:data.n'])).toEqual({ column: 'data.n', desc: false });
    expect(parseOrdering([])).toBeUndefined();
    expect(errorOf(() => parseOrdering(['tasks:nope'])).validationErrors?.ordering[0]).toMatch(/unknown column "tasks:nope"/);
    expect(errorOf(() => parseOrdering(['tasks:predictions_results'])).validationErrors?.ordering[0]).toMatch(/cannot order by/);
  });
});

describe('whereFilters', () => {
  const filters = parseFilters({
    conjunction: 'and',
    items: [
      item('data.text', 'contains', '50%_off'),
      item('total_annotations', 'greater', 0, 'Number'),
      item('annotators', 'contains', 7, 'List'),
    ],
  })!;

  it('compiles JSON access per dialect with the key as a literal (as the field indexes have it), binding every value', () => {
    const lite = compile(filters, 'sqlite');
    expect(lite.sql).toContain(`json_extract(tasks.data, '$."text"')`);
    expect(lite.sql).toContain(`like ? escape '\\'`);
    expect(lite.sql).toContain('tasks.id in (select a.task_id from annotations a where "a"."completed_by" in (?))');
    expect(lite.parameters).toEqual(expect.arrayContaining(['%50\\%\\_off%', 0, 7]));
    const pg = compile(filters, 'postgres');
    expect(pg.sql).toContain(`(tasks.data ->> 'text')`);
    expect(pg.sql).toContain('ilike');
    expect(pg.parameters).toEqual(expect.arrayContaining(['%50\\%\\_off%', 0, 7]));
  });

  it('doubles quotes in data keys written as literals', () => {
    const quoted = parseFilters({ items: [item("data.it's", 'equal', 'x')] })!;
    expect(compile(quoted, 'sqlite').sql).toContain(`'$."it''s"'`);
    expect(compile(quoted, 'postgres').sql).toContain(`(tasks.data ->> 'it''s')`);
  });

  it('joins items with the conjunction and skips blank ones', () => {
    const or = parseFilters({
      conjunction: 'or',
      items: [item('id', 'equal', 1, 'Number'), item('id', 'equal', 2, 'Number'), item('id', 'equal', null, 'Number')],
    })!;
    const sql = compile(or, 'sqlite').sql;
    expect(sql).toMatch(/"tasks"\."id" = \? or "tasks"\."id" = \?\)/);
    expect(compile(parseFilters({ items: [item('id', 'equal', null, 'Number')] })!, 'sqlite').sql).toContain('1 = 1');
  });

  it('sorts data fields by their JSON value', () => {
    expect(orderExpression({ column: 'data.n', desc: false }, 'sqlite').nullable).toBe(true);
    expect(orderExpression({ column: 'id', desc: true }, 'postgres').nullable).toBe(false);
  });

  it('orders data fields on SQLite by "is null" first, so that one index serves both directions', () => {
    const terms = orderTerms({ column: 'data.n', desc: true }, 'sqlite');
    expect(terms.map((t) => [t.desc, t.nulls])).toEqual([
      [true, undefined],
      [true, undefined],
    ]);
    expect(orderTerms({ column: 'data.n', desc: true }, 'postgres')).toHaveLength(1);
    expect(orderTerms({ column: 'completed_at', desc: false }, 'sqlite')[0].nulls).toBe('last');
  });
});

describe('dataFieldUses', () => {
  it('names the data fields a query compares or sorts by, with the kind of index each needs', () => {
    const dm = {
      filters: parseFilters({
        items: [item('data.text', 'contains', 'x'), item('data.n', 'greater', 1, 'Number'), item('data.t', 'equal', '')],
      }),
      ordering: parseOrdering(['-tasks:data.n']),
    };
    expect(dataFieldUses(dm, 'sqlite')).toEqual([
      { key: 'text', kind: 'text' },
      { key: 'n', kind: 'number' },
      { key: 'n', kind: 'sort' },
    ]);
    expect(dataFieldUses(dm, 'postgres')[0]).toEqual({ key: 'text', kind: 'trigram' });
  });
});
