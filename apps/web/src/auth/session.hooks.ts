import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../lib/api.client';
import type { SessionUser } from '../lib/api.types';

export const SESSION_KEY = ['session'] as const;

async function fetchSessionUser(): Promise<SessionUser | null> {
  try {
    return (await unwrap(api.GET('/api/auth/session'))).user;
  } catch (e) {
    // Not being logged in is an answer, not an error.
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

/** The signed-in user, or null when nobody is. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSessionUser, staleTime: 5 * 60_000 });
}

/** The signed-in user on pages behind `RequireAuth`, where it is always known. */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser is only for pages behind RequireAuth');
  return data;
}

/** Stores the user a login or sign-up returned, so the app need not ask again. */
export function useSetSessionUser() {
  const qc = useQueryClient();
  return (user: SessionUser | null) => qc.setQueryData(SESSION_KEY, user);
}
