import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useAuth } from '../../auth/hooks/useAuth.js';
import { logoutMutation } from '../graphql/accountMutations.js';

/**
 * Signs out for real: the server revokes the session first, so a copied token stops working;
 * the tab forgets the token even when that call fails (offline, server gone).
 */
export function useSignOut() {
  const { signOut } = useAuth();
  const [logout, { loading }] = useMutation(logoutMutation);
  const signOutNow = useCallback(async () => {
    try {
      await logout();
    } catch {
      // Nothing to do: the token is dropped below all the same.
    } finally {
      signOut('signedOut');
    }
  }, [logout, signOut]);
  return { signOut: signOutNow, loading };
}
