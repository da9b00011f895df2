import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../lib/api.client';
import { SESSION_KEY } from './session.hooks';

/** Label Studio's /user/logout: ends the session, forgets everything cached, and shows the log-in page. */
export function LogoutPage() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  useEffect(() => {
    let cancelled = false;
    // Even if the server call fails the user asked to leave: drop what we hold and move on.
    void api
      .POST('/api/auth/logout')
      .catch(() => undefined)
      .finally(() => {
        if (cancelled) return;
        qc.clear();
        qc.setQueryData(SESSION_KEY, null);
        void navigate('/user/login', { replace: true });
      });
    return () => {
      cancelled = true;
    };
  }, [navigate, qc]);
  return (
    <Center h="60vh">
      <Loader aria-label="Logging out" />
    </Center>
  );
}
