import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api.client';

/** The server's template gallery (`GET /api/templates`); it only changes with a new release. */
export function useTemplates() {
  return useQuery({
    queryKey: ['templates'] as const,
    queryFn: () => unwrap(api.GET('/api/templates')),
    staleTime: Infinity,
  });
}
