import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../auth/hooks/useAuth.js';

/**
 * Takes a session the API answered (accepted invitation, reset password) and opens the
 * Übersicht: whatever this tab cached for an earlier user is dropped first.
 */
export function useSessionStart() {
  const client = useApolloClient();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  return useCallback(
    async (token: string) => {
      await client.clearStore();
      signIn(token);
      navigate('/', { replace: true });
    },
    [client, signIn, navigate],
  );
}
