import { useDebouncedValue } from '@mantine/hooks';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import type { Task, TaskPage } from '../lib/api.types';
import { dmKeys, fetchTaskPage, type TaskSource } from './dm.queries';
import { pagesFor } from './virtual-window.util';

/** Rows per request: a screenful or two, so a jump anywhere costs one small request. */
export const PAGE_SIZE = 50;

/**
 * The tasks of rows first..last, fetched a page at a time as they come into view and cached, so a
 * jump to row 900,000 asks for that page alone. While the scrollbar is being dragged the wanted
 * range settles for a moment before anything is fetched; pages already cached show at once.
 */
export function useTaskRows(source: TaskSource, first: number, last: number, enabled: boolean) {
  const qc = useQueryClient();
  const [range] = useDebouncedValue(`${first}:${last}`, 120);
  const [from, to] = range.split(':').map(Number);
  const pages = pagesFor(from, to, PAGE_SIZE);
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: dmKeys.page(source, PAGE_SIZE, page),
      queryFn: () => fetchTaskPage(source, page, PAGE_SIZE),
      enabled,
      staleTime: 30_000,
    })),
  });
  // Read from the cache on each render: pages fetched earlier stay on screen when scrolled back to.
  const taskAt = (i: number): Task | undefined => {
    const page = qc.getQueryData<TaskPage | null>(dmKeys.page(source, PAGE_SIZE, Math.floor(i / PAGE_SIZE) + 1));
    return page?.tasks[i % PAGE_SIZE];
  };
  return { taskAt, error: results.find((r) => r.error)?.error ?? null, fetching: results.some((r) => r.isFetching) };
}
