import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../lib/api.client';
import { projectKeys } from '../project/project.queries';

export const labelingKeys = {
  task: (id: number) => ['tasks', id] as const,
  next: (projectId: number) => ['projects', 'detail', projectId, 'next'] as const,
};

const fetchTask = (id: number) => unwrap(api.GET('/api/tasks/{id}', { params: { path: { id } } }));

/** One task with its annotations, predictions and drafts. */
export function useTask(id: number | null) {
  return useQuery({
    queryKey: labelingKeys.task(id ?? 0),
    queryFn: () => fetchTask(id ?? 0),
    enabled: id !== null,
  });
}

/**
 * Starts loading what the labeling page needs as soon as its URL is known (the router calls this
 * before anything renders), so the project and the task arrive together instead of one after the
 * other once each component mounts. The same keys and requests as `useProject` and `useTask`.
 */
export function prefetchLabeling(queryClient: QueryClient, projectId: number, search: URLSearchParams): void {
  const taskId = Number(search.get('task'));
  if (!Number.isInteger(projectId) || projectId <= 0 || !Number.isInteger(taskId) || taskId <= 0) return;
  void queryClient.prefetchQuery({
    queryKey: projectKeys.detail(projectId),
    queryFn: () => unwrap(api.GET('/api/projects/{id}', { params: { path: { id: projectId } } })),
  });
  void queryClient.prefetchQuery({ queryKey: labelingKeys.task(taskId), queryFn: () => fetchTask(taskId) });
}

/** The next task of the label stream for this user; null when every task is done. */
export function useNextTask(projectId: number, enabled: boolean) {
  return useQuery({
    queryKey: labelingKeys.next(projectId),
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/projects/{id}/next', { params: { path: { id: projectId } } }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    enabled,
    gcTime: 0,
  });
}

export interface AnnotationBody {
  result: unknown[];
  lead_time: number;
  was_cancelled?: boolean;
  draft_id?: number;
}

export const labelingApi = {
  submit: (taskId: number, body: AnnotationBody) =>
    unwrap(api.POST('/api/tasks/{id}/annotations', { params: { path: { id: taskId } }, body: body as never })),
  update: (annotationId: number, body: AnnotationBody) =>
    unwrap(api.PATCH('/api/annotations/{id}', { params: { path: { id: annotationId } }, body: body as never })),
  createDraft: (taskId: number, body: { result: unknown[]; lead_time: number }) =>
    unwrap(api.POST('/api/tasks/{id}/drafts', { params: { path: { id: taskId } }, body: body as never })),
  updateDraft: (draftId: number, body: { result: unknown[]; lead_time: number }) =>
    unwrap(api.PATCH('/api/drafts/{id}', { params: { path: { id: draftId } }, body: body as never })),
};
