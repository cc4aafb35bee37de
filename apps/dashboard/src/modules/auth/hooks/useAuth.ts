import { useContext } from 'react';
import { AuthContext, type AuthValue } from '../AuthContext.js';

/** The tab's sign-in state: token, sign-in and sign-out. */
export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside <AuthProvider>');
  return value;
}
