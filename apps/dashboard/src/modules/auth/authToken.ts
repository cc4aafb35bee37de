/** Where the bearer token lives: per browser tab, gone when the tab closes. */
export const TOKEN_STORAGE_KEY = 'mintq.token';

/** The signed-in user's bearer token, or null. */
export function getAuthToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Stores the bearer token of a fresh sign-in. */
export function setAuthToken(token: string): void {
  window.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
}

/** Forgets the bearer token (sign-out or expiry). */
export function clearAuthToken(): void {
  try {
    window.sessionStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
