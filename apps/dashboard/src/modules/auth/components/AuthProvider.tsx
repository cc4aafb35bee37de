import { useApolloClient } from '@apollo/client/react';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { AuthContext, type AuthValue, type SignOutReason } from '../AuthContext.js';
import { clearAuthToken, getAuthToken, setAuthToken } from '../authToken.js';
import { onSessionExpired } from '../sessionExpiry.js';
import { announceSignOut, askOpenTabsForToken, shareSession } from '../tabSession.js';

/**
 * Holds the bearer token (in sessionStorage), shares it with new tabs of the same browser
 * session, and empties Apollo's cache when the user changes.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setToken] = useState<string | null>(() => getAuthToken());
  // A tab without a token first asks the open tabs for theirs: a link opened in a new tab
  // shows its page instead of the sign-in form.
  const [restoring, setRestoring] = useState(() => getAuthToken() === null);
  const [signOutReason, setSignOutReason] = useState<SignOutReason | null>(null);

  const signIn = useCallback((next: string) => {
    setAuthToken(next);
    setSignOutReason(null);
    setToken(next);
  }, []);

  /** Ends the session in this tab only. */
  const endSession = useCallback(
    (reason: SignOutReason) => {
      clearAuthToken();
      setSignOutReason(reason);
      setToken(null);
      // Another user may sign in next in this tab: nothing of this one may stay in the cache.
      void client.clearStore();
    },
    [client],
  );

  /** Ends the session in every tab: signing out in one tab must not leave another signed in. */
  const signOut = useCallback(
    (reason: SignOutReason = 'signedOut') => {
      endSession(reason);
      announceSignOut();
    },
    [endSession],
  );

  useEffect(() => {
    if (!restoring) return;
    let current = true;
    void askOpenTabsForToken().then((handedOver) => {
      if (!current) return;
      if (handedOver && !getAuthToken()) {
        setAuthToken(handedOver);
        setToken(handedOver);
      }
      setRestoring(false);
    });
    return () => {
      current = false;
    };
  }, [restoring]);

  // Another tab signed out: so does this one (its own announcement finds no token here).
  useEffect(
    () =>
      shareSession(() => {
        if (getAuthToken()) endSession('signedOut');
      }),
    [endSession],
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
    () => ({ token, restoring, signOutReason, signIn, signOut }),
    [token, restoring, signOutReason, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
