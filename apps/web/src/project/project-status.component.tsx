import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { NotFoundPage } from '../common/not-found.page';
import { QueryError } from '../common/query-error.component';
import { ApiError } from '../lib/api.client';
import type { useProject } from './project.queries';

/**
 * What a project page shows before it has its project: not found, loading, or the error.
 * Returns null once the project is loaded.
 */
export function projectStatus(id: number, project: ReturnType<typeof useProject>): ReactNode | null {
  if (!Number.isInteger(id) || id < 1 || (project.error instanceof ApiError && project.error.status === 404))
    return <NotFoundPage />;
  if (project.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading project" />
      </Center>
    );
  if (project.isError)
    return <QueryError error={project.error} onRetry={() => void project.refetch()} title="Could not load the project" />;
  return null;
}
