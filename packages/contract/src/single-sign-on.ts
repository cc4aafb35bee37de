/**
 * Single sign-on (OpenID Connect): how the API's callback hands its outcome to the login page.
 * It redirects to the login page with the outcome in the URL's fragment, which browsers never
 * send to a server, so neither a token nor a reason lands in an access log or a Referer.
 */

/** Why a single sign-on ended without a session; the login page says each in its own words. */
export const SSO_REFUSALS = [
  /** The verified e-mail belongs to no mintq user: mintq has no self-registration. */
  'NOT_INVITED',
  /** The user's account is deactivated. */
  'DEACTIVATED',
  /** The provider did not confirm that the e-mail address belongs to the person. */
  'EMAIL_UNVERIFIED',
  /** Anything else: the provider is unreachable, the sign-in was cancelled or took too long. */
  'FAILED',
] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

/** The fragment's keys: `#sso-token=<token>` after a sign-in, `#sso=<refusal>` after a refusal. */
export const SSO_FRAGMENT = { token: 'sso-token', refusal: 'sso' } as const;

/** Where the browser starts a single sign-on (`GET`, answered with a redirect to the provider). */
export const SSO_START_PATH = '/api/oidc/start';
