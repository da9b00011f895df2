import type { paths } from '@groundwork/sdk';
import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../lib/api.client';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

export type Snapshot = JsonOf<paths['/api/projects/{id}/exports']['get']['responses'][200]>[number];
export type SnapshotCreate = NonNullable<
  paths['/api/projects/{id}/exports']['post']['requestBody']
>['content']['application/json'];
export type ExportFormatInfo = JsonOf<paths['/api/projects/{id}/export/formats']['get']['responses'][200]>[number];

export const snapshotKeys = {
  list: (projectId: number) => ['projects', 'detail', projectId, 'snapshots'] as const,
  formats: (projectId: number) => ['projects', 'detail', projectId, 'export-formats'] as const,
};

const busy = (s: Snapshot) =>
  s.status === 'created' ||
  s.status === 'in_progress' ||
  s.converted_formats.some((f) => f.status === 'created' || f.status === 'in_progress');

/** The project's snapshots, newest first; polled while one is being made or converted. */
export function useSnapshots(projectId: number) {
  return useQuery({
    queryKey: snapshotKeys.list(projectId),
    queryFn: () => unwrap(api.GET('/api/projects/{id}/exports', { params: { path: { id: projectId } } })),
    refetchInterval: (query) => (query.state.data?.some(busy) ? 1000 : false),
  });
}

/** Formats this project's labeling config can be exported to. */
export function useExportFormats(projectId: number) {
  return useQuery({
    queryKey: snapshotKeys.formats(projectId),
    queryFn: () => unwrap(api.GET('/api/projects/{id}/export/formats', { params: { path: { id: projectId } } })),
    select: (formats) => formats.filter((f) => !f.disabled),
    staleTime: 60_000,
  });
}

/** Downloads a snapshot in a format; resolves to the blob and the response (for its file name). */
export async function downloadSnapshot(projectId: number, snapshotId: number, exportType: string) {
  const { data, error, response } = await api.GET('/api/projects/{id}/exports/{export_pk}/download', {
    params: { path: { id: projectId, export_pk: snapshotId }, query: { exportType } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) {
    const detail = typeof error === 'object' && error && 'detail' in error ? String(error.detail) : response.statusText;
    throw new ApiError(response.status, detail, {});
  }
  return { blob: data as Blob, response };
}
