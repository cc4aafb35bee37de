import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../hooks/useAuth.js';

/** Sends visitors without a token to the sign-in page, remembering where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { token, restoring } = useAuth();
  const location = useLocation();
  // Not yet to the sign-in page: an open tab may still hand its token over.
  if (!token && restoring) return null;
  if (!token) {
    const next = `${location.pathname}${location.search}`;
    const lang = new URLSearchParams(location.search).get('lang');
    const search = new URLSearchParams({ next });
    if (lang) search.set('lang', lang);
    return <Navigate to={{ pathname: '/login', search: `?${search}` }} replace />;
  }
  return <>{children}</>;
}
