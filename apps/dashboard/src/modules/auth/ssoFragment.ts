import { SSO_FRAGMENT, SSO_REFUSALS, type SsoRefusal } from '@mintq/contract';

/** What the API's single sign-on callback put into the login page's fragment. */
export type SsoOutcome = { token: string } | { refusal: SsoRefusal } | null;

/**
 * Reads `#sso-token=…` or `#sso=<refusal>` (see the contract's single-sign-on.ts). A reason
 * this dashboard does not know reads as FAILED rather than as nothing: the sign-in did fail.
 */
export function readSsoFragment(hash: string): SsoOutcome {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get(SSO_FRAGMENT.token);
  if (token) return { token };
  const refusal = params.get(SSO_FRAGMENT.refusal);
  if (refusal === null) return null;
  return {
    refusal: (SSO_REFUSALS as readonly string[]).includes(refusal) ? (refusal as SsoRefusal) : 'FAILED',
  };
}
