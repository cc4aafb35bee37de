import { useState } from 'react';
import { linkToken } from '../linkToken.js';

/**
 * The mailed link's secret, read once from the address; the address then loses its fragment so
 * the secret stays out of the history and of bookmarks.
 */
export function useLinkToken(): string | null {
  const [token] = useState(() => {
    const found = linkToken(window.location.hash);
    if (found)
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
    return found;
  });
  return token;
}
