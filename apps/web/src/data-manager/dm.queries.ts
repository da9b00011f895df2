import type { paths } from '@groundwork/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../lib/api.client';
import type { DmView, TaskPage } from '../lib/api.types';
import { projectKeys } from '../project/project.queries';
import type { SelectionBody, ViewData } from './dm.types';

type TaskListQuery = NonNullable<paths['/api/tasks']['get']['parameters']['query']>;
type ViewBodyData = NonNullable<paths['/api/dm/views']['post']['requestBody']>['content']['application/json']['data'];

/** What decides which tasks a list shows, in which order: the key under which its pages are cached. */
export interface TaskSource {
  projectId: number;
  /** The saved view (tab) whose filters and ordering apply; null lists the whole project. */
  viewId: number | null;
  /** Changes whenever the view's filters or ordering change, so pages of the old query are not reused. */
  version: string;
  /** Words the task data must contain (the server's full-text search); empty for none. */
  search: string;
}

/**
 * Data Manager queries live under the project's key, so `useInvalidateProjects` (imports, deletions)
 * refreshes them too.
 */
export const dmKeys = {
  all: (projectId: number) => [...projectKeys.detail(projectId), 'dm'] as const,
  views: (projectId: number) => [...dmKeys.all(projectId), 'views'] as const,
  columns: (projectId: number) => [...dmKeys.all(projectId), 'columns'] as const,
  actions: (projectId: number) => [...dmKeys.all(projectId), 'actions'] as const,
  tasks: (s: TaskSource) => [...dmKeys.all(s.projectId), 'tasks', s.viewId, s.version, s.search] as const,
  page: (s: TaskSource, pageSize: number, page: number) => [...dmKeys.tasks(s), pageSize, page] as const,
  counts: (s: TaskSource) => [...dmKeys.tasks(s), 'counts'] as const,
};

function taskQuery(s: TaskSource, page: number, pageSize: number, extra: Partial<TaskListQuery> = {}): TaskListQuery {
  const query: Record<string, unknown> = { project: s.projectId, page, page_size: pageSize, ...extra };
  if (s.viewId !== null) query.view = s.viewId;
  // `search` is the server's full-text parameter; sent only when there is something to look for.
  if (s.search) query.search = s.search;
  return query as TaskListQuery;
}

/** One page of tasks; past the last page (after deletions) it is empty rather than an error. */
export async function fetchTaskPage(s: TaskSource, page: number, pageSize: number): Promise<TaskPage | null> {
  try {
    return await unwrap(api.GET('/api/tasks', { params: { query: taskQuery(s, page, pageSize) } }));
  } catch (e) {
    if (e instanceof ApiError && e.status === 404 && page > 1) return null;
    throw e;
  }
}

/** How many tasks match, with their annotation and prediction totals; refreshed while the page is open. */
export function useTaskCounts(s: TaskSource, enabled: boolean) {
  return useQuery({
    queryKey: dmKeys.counts(s),
    queryFn: () => unwrap(api.GET('/api/tasks', { params: { query: taskQuery(s, 1, 1, { fields: 'task_only' }) } })),
    enabled,
    refetchInterval: 15_000,
    placeholderData: (previous) => previous,
  });
}

export function useViews(projectId: number) {
  return useQuery({
    queryKey: dmKeys.views(projectId),
    queryFn: async () => (await unwrap(api.GET('/api/dm/views', { params: { query: { project: projectId } } }))) as DmView[],
  });
}

export function useColumns(projectId: number) {
  return useQuery({
    queryKey: dmKeys.columns(projectId),
    queryFn: async () => (await unwrap(api.GET('/api/dm/columns', { params: { query: { project: projectId } } }))).columns,
  });
}

export function useActions(projectId: number) {
  return useQuery({
    queryKey: dmKeys.actions(projectId),
    queryFn: () => unwrap(api.GET('/api/dm/actions', { params: { query: { project: projectId } } })),
  });
}

/** Creating, changing, reordering and deleting views; each keeps the cached list in step with the server. */
export function useViewMutations(projectId: number) {
  const qc = useQueryClient();
  const setViews = (update: (views: DmView[]) => DmView[]) =>
    qc.setQueryData<DmView[]>(dmKeys.views(projectId), (views) => update(views ?? []));

  const create = useMutation({
    mutationFn: async (data: ViewData) =>
      (await unwrap(api.POST('/api/dm/views', { body: { project: projectId, data: data as ViewBodyData } }))) as DmView,
    onSuccess: (view) => setViews((views) => [...views, view]),
  });
  const update = useMutation({
    mutationFn: async ({ id, data }: { id: number; data: ViewData }) =>
      (await unwrap(
        api.PATCH('/api/dm/views/{id}', { params: { path: { id } }, body: { data: data as ViewBodyData } }),
      )) as DmView,
    onSuccess: (view) => setViews((views) => views.map((v) => (v.id === view.id ? view : v))),
  });
  const remove = useMutation({
    mutationFn: async (id: number) => {
      await unwrap(api.DELETE('/api/dm/views/{id}', { params: { path: { id } } }));
      return id;
    },
    onSuccess: (id) => setViews((views) => views.filter((v) => v.id !== id)),
  });
  return { create, update, remove };
}

export interface ActionRun {
  action: string;
  viewId: number | null;
  selection: SelectionBody;
  search: string;
  form: Record<string, unknown>;
}

/** Runs a bulk action on the selection, then refreshes everything that counts or lists tasks. */
export function useRunAction(projectId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (run: ActionRun) =>
      unwrap(
        api.POST('/api/dm/actions', {
          params: { query: { project: projectId, id: run.action, ...(run.viewId !== null ? { view: run.viewId } : {}) } },
          body: { selectedItems: run.selection, ...(run.search ? { search: run.search } : {}), ...run.form },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: projectKeys.all }),
  });
}
