import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from './session.hooks';

/** Pages behind log-in: visitors go to /user/login and come back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <Center h="60vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (!session.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/user/login?next=${next}`} replace />;
  }
  return <>{children}</>;
}

/** The log-in and sign-up pages make no sense to someone already logged in. */
export function RedirectIfAuthenticated({ children, to }: { children: ReactNode; to: string }) {
  const session = useSession();
  if (session.isPending) {
    return (
      <Center h="60vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (session.data) return <Navigate to={to} replace />;
  return <>{children}</>;
}
