import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, describeEachDb, type TestApp } from './harness';

const choice = (value: string) => ({ from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: [value] } });

/**
 * Keyset pagination on /api/tasks (`cursor` / `next_cursor`): walking a list a few tasks at a time
 * must give exactly the list one big page gives, in every kind of ordering — ties, nulls, mixed JSON
 * types, both directions — and must not skip or repeat tasks when earlier ones are deleted.
 */
describeEachDb('Keyset cursors on /api/tasks', (dialect) => {
  let t: TestApp;
  let projectId: number;
  let otherProjectId: number;
  let ids: number[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    projectId = (await t.createProject()).id;
    otherProjectId = (await t.createProject({ title: 'Other' })).id;
    const body = Array.from({ length: 29 }, (_, i) => {
      // data.n: repeated numbers, a float, strings, JSON null and missing values.
      const n = i % 7 === 0 ? undefined : i % 11 === 0 ? null : i % 5 === 0 ? `s${i % 3}` : i % 3 === 1 ? 2.5 : i % 4;
      const data: Record<string, unknown> = { text: `task ${i}` };
      if (n !== undefined) data.n = n;
      return {
        data,
        annotations: Array.from({ length: i % 3 }, (_, k) => ({
          result: [choice(k ? 'Negative' : 'Positive')],
          lead_time: (i % 4) + k,
        })),
        predictions: i % 2 ? [{ result: [choice('Positive')], score: (i % 4) / 4 }] : [],
      };
    });
    const res = await t.call('POST', `/api/projects/${projectId}/import?return_task_ids=true`, { body });
    expect(res.status, res.raw).toBe(201);
    ids = res.body.task_ids;
  });
  afterAll(() => t.close());

  const url = (query: object, extra: string) =>
    `/api/tasks?project=${projectId}&fields=task_only${extra}&query=${encodeURIComponent(JSON.stringify(query))}`;

  async function whole(query: object): Promise<number[]> {
    const res = await t.call('GET', url(query, '&page_size=1000'));
    expect(res.status, res.raw).toBe(200);
    expect(res.body.next_cursor).toBeNull();
    return res.body.tasks.map((x: { id: number }) => x.id);
  }

  async function walk(query: object, pageSize: number): Promise<{ ids: number[]; pages: number }> {
    const seen: number[] = [];
    let cursor: string | null | undefined;
    let pages = 0;
    do {
      const res = await t.call(
        'GET',
        url(query, `&page_size=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
      );
      expect(res.status, res.raw).toBe(200);
      seen.push(...res.body.tasks.map((x: { id: number }) => x.id));
      cursor = res.body.next_cursor;
      pages++;
      expect(pages).toBeLessThan(100);
    } while (cursor);
    return { ids: seen, pages };
  }

  const orderings = [
    [],
    ['tasks:id'],
    ['-tasks:id'],
    ['tasks:data.n'],
    ['-tasks:data.n'],
    ['tasks:predictions_score'],
    ['-tasks:predictions_score'],
    ['tasks:total_annotations'],
    ['-tasks:total_annotations'],
    ['tasks:avg_lead_time'],
    ['-tasks:avg_lead_time'],
    ['tasks:completed_at'],
    ['-tasks:created_at'],
    ['tasks:data.text'],
  ];

  it.each(orderings.map((o) => [o.join('') || '(default)', o]))(
    'walks %s in pages of 4 exactly as one page lists it',
    async (_name, ordering) => {
      const query = { ordering };
      const expected = await whole(query);
      expect(expected).toHaveLength(ids.length);
      const walked = await walk(query, 4);
      expect(walked.ids).toEqual(expected);
      expect(walked.pages).toBe(Math.ceil(ids.length / 4));
    },
  );

  it('combines with filters and with page sizes that divide the list exactly', async () => {
    const query = {
      filters: {
        conjunction: 'and',
        items: [{ filter: 'filter:tasks:total_annotations', operator: 'greater', type: 'Number', value: 0 }],
      },
      ordering: ['-tasks:data.n'],
    };
    const expected = await whole(query);
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.length).toBeLessThan(ids.length);
    for (const size of [1, 3, expected.length]) expect((await walk(query, size)).ids).toEqual(expected);
  });

  it('page mode hands a cursor for the next page, and the last page none', async () => {
    const first = await t.call('GET', url({}, '&page_size=10&page=1'));
    expect(first.status).toBe(200);
    expect(typeof first.body.next_cursor).toBe('string');
    const next = await t.call('GET', url({}, `&page_size=10&cursor=${first.body.next_cursor}`));
    const second = await t.call('GET', url({}, '&page_size=10&page=2'));
    expect(next.body.tasks.map((x: { id: number }) => x.id)).toEqual(second.body.tasks.map((x: { id: number }) => x.id));
    expect(next.body.total).toBe(ids.length);
    const last = await t.call('GET', url({}, '&page_size=10&page=3'));
    expect(last.body.tasks).toHaveLength(ids.length - 20);
    expect(last.body.next_cursor).toBeNull();
  });

  describe('deleting tasks between pages', () => {
    it('neither skips nor repeats the tasks after the cursor', async () => {
      const query = { ordering: ['tasks:data.n'] };
      const before = await whole(query);
      const first = await t.call('GET', url(query, '&page_size=5'));
      const firstIds = first.body.tasks.map((x: { id: number }) => x.id);
      // Delete two tasks of the first page: an offset would now skip the two tasks after it.
      for (const id of firstIds.slice(0, 2)) expect((await t.call('DELETE', `/api/tasks/${id}`)).status).toBe(204);
      const next = await t.call('GET', url(query, `&page_size=5&cursor=${encodeURIComponent(first.body.next_cursor)}`));
      expect(next.status, next.raw).toBe(200);
      expect(next.body.tasks.map((x: { id: number }) => x.id)).toEqual(before.slice(5, 10));
    });
  });

  it('refuses cursors that are malformed or made for another list, naming the parameter', async () => {
    const first = await t.call('GET', url({ ordering: ['tasks:data.n'] }, '&page_size=3'));
    const cursor = encodeURIComponent(first.body.next_cursor);
    const cases: [string, string, RegExp][] = [
      [url({}, '&cursor=not-a-cursor'), 'cursor', /not a cursor this server made/],
      [url({}, '&cursor='), 'cursor', /not a cursor this server made/],
      [
        url({ ordering: ['-tasks:data.n'] }, `&cursor=${cursor}`),
        'cursor',
        /ordering "data.n", but this list is ordered by "-data.n"/,
      ],
      [url({}, `&cursor=${cursor}`), 'cursor', /ordering "data.n", but this list is ordered by "id"/],
      [url({ ordering: ['tasks:data.n'] }, `&cursor=${cursor}&page=2`), 'page', /either page or cursor/],
      [
        `/api/tasks?project=${otherProjectId}&cursor=${cursor}`,
        'cursor',
        new RegExp(`project ${projectId}, not project ${otherProjectId}`),
      ],
    ];
    for (const [u, field, message] of cases) {
      const res = await t.call('GET', u);
      expect(res.status, u).toBe(400);
      expect((res.body.validation_errors?.[field] ?? []).join(' '), u).toMatch(message);
    }
  });
});
