import { getAuthToken } from './authToken.js';

/**
 * `fetch` with the signed-in user's bearer token and mintq's non-simple request header (the
 * API's CSRF guard for non-GraphQL endpoints such as `/api/imports` and `/api/reports/…`).
 */
export function authorizedFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = getAuthToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  headers.set('x-mintq-request', '1');
  return fetch(input, { ...init, headers });
}
