import type { SsoRefusal } from '@mintq/contract';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { readSsoFragment } from '../ssoFragment.js';
import { useAuth } from './useAuth.js';

/**
 * Takes the outcome of a single sign-on from the login page's fragment: a token signs the tab
 * in like a password sign-in, a refusal is returned for the page to word. Either way the
 * fragment is dropped from the address bar and the history at once.
 */
export function useSsoRefusal(): SsoRefusal | null {
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [outcome] = useState(() => readSsoFragment(location.hash));

  useEffect(() => {
    if (!outcome) return;
    // A token signs in; the page then replaces this history entry with the next page.
    if ('token' in outcome) signIn(outcome.token);
    else navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [outcome, signIn, navigate, location.pathname, location.search]);

  return outcome && 'refusal' in outcome ? outcome.refusal : null;
}
