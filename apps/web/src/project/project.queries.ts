import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api.client';

/** Query keys in one place, so a write can invalidate exactly what it changed. */
export const projectKeys = {
  all: ['projects'] as const,
  list: (params: { page: number; pageSize: number; search: string }) => ['projects', 'list', params] as const,
  detail: (id: number) => ['projects', 'detail', id] as const,
  tasks: (id: number, page: number, pageSize: number) => ['projects', 'detail', id, 'tasks', page, pageSize] as const,
};

export function useProjects(params: { page: number; pageSize: number; search: string }) {
  return useQuery({
    queryKey: projectKeys.list(params),
    queryFn: () =>
      unwrap(
        api.GET('/api/projects', {
          params: {
            query: { page: params.page, page_size: params.pageSize, search: params.search || undefined, ordering: '-created_at' },
          },
        }),
      ),
    // Keep the old page on screen while the next one (or the next search) loads, instead of flashing a loader.
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: number) {
  return useQuery({
    queryKey: projectKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/projects/{id}', { params: { path: { id } } })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useTasks(projectId: number, page: number, pageSize: number) {
  return useQuery({
    queryKey: projectKeys.tasks(projectId, page, pageSize),
    queryFn: () =>
      unwrap(
        api.GET('/api/tasks', { params: { query: { project: projectId, page, page_size: pageSize, fields: 'task_only' } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** After imports, edits and deletions: the project, its tasks, and every list that counts them. */
export function useInvalidateProjects() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: projectKeys.all });
}
