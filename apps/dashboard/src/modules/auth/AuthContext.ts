import { createContext } from 'react';

/** Why the user is on the sign-in page: shown there as a notice. */
export type SignOutReason = 'signedOut' | 'expired';

/** The sign-in state of the tab. */
export interface AuthValue {
  token: string | null;
  /** True while a new tab waits for an open tab to hand its token over (a few hundred ms). */
  restoring: boolean;
  /** Set when the last session ended; cleared by the next sign-in. */
  signOutReason: SignOutReason | null;
  signIn(token: string): void;
  signOut(reason?: SignOutReason): void;
}

/** Filled by {@link AuthProvider}. */
export const AuthContext = createContext<AuthValue | null>(null);
