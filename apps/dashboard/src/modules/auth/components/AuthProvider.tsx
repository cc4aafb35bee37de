import { useApolloClient } from '@apollo/client/react';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { AuthContext, type AuthValue, type SignOutReason } from '../AuthContext.js';
import { clearAuthToken, getAuthToken, setAuthToken } from '../authToken.js';
import { onSessionExpired } from '../sessionExpiry.js';

/** Holds the bearer token (in sessionStorage) and empties Apollo's cache when the user changes. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setToken] = useState<string | null>(() => getAuthToken());
  const [signOutReason, setSignOutReason] = useState<SignOutReason | null>(null);

  const signIn = useCallback((next: string) => {
    setAuthToken(next);
    setSignOutReason(null);
    setToken(next);
  }, []);

  const signOut = useCallback(
    (reason: SignOutReason = 'signedOut') => {
      clearAuthToken();
      setSignOutReason(reason);
      setToken(null);
      // Another user may sign in next in this tab: nothing of this one may stay in the cache.
      void client.clearStore();
    },
    [client],
  );

  // The API said the token is no longer valid: back to the sign-in page, saying why.
  useEffect(
    () =>
      onSessionExpired(() => {
        if (getAuthToken()) signOut('expired');
      }),
    [signOut],
  );

  const value = useMemo<AuthValue>(
    () => ({ token, signOutReason, signIn, signOut }),
    [token, signOutReason, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
