import * as oidc from 'openid-client';
import type { OidcConfig } from './oidc-config.js';
import type { FlowChecks } from './sign-in-flow.js';

/** What the organisation's provider says about the person who signed in there. */
export interface ProvenIdentity {
  /** The provider's id of the person (`sub`), for the log: mintq maps by e-mail. */
  subject: string;
  email: string | undefined;
  /** Only `email_verified: true` counts: a missing claim says nothing about the address. */
  emailVerified: boolean;
}

/** Seconds mintq waits for the provider's discovery document and token endpoint. */
const PROVIDER_TIMEOUT_SECONDS = 10;

/**
 * mintq as a client of the organisation's OpenID Connect provider (openid-client): the
 * authorization code flow with PKCE (S256), `state` and `nonce`. The provider's metadata are
 * fetched on the first sign-in, not at start-up, so a provider that is down keeps only single
 * sign-on from working, never mintq; a failed fetch is tried again on the next sign-in.
 */
export class OidcProviderClient {
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(
    private readonly settings: OidcConfig,
    private readonly redirectUri: string,
  ) {}

  /** Where to send the browser: the provider's authorization endpoint with this flow's checks. */
  async authorizationUrl(checks: FlowChecks): Promise<URL> {
    const configuration = await this.discover();
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email',
      response_type: 'code',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Redeems the callback's code and checks the ID token (signature, issuer, audience, expiry,
   * nonce), then reads the e-mail from it or from userinfo. Throws when any check fails or
   * the provider answered with an error.
   */
  async identify(callbackUrl: URL, checks: FlowChecks): Promise<ProvenIdentity> {
    const configuration = await this.discover();
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider sent no ID token');
    // A conformant provider puts `email` into the ID token only when no access token could
    // fetch it; for the code flow it answers at its userinfo endpoint (checked to be the same `sub`).
    const about =
      claims.email === undefined
        ? await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub)
        : claims;
    return {
      subject: claims.sub,
      email: typeof about.email === 'string' ? about.email : undefined,
      emailVerified: about.email_verified === true,
    };
  }

  private discover(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const { issuer, clientId, clientSecret } = this.settings;
      this.configuration = oidc
        .discovery(issuer, clientId, undefined, oidc.ClientSecretBasic(clientSecret), {
          // readOidcConfig allows plain HTTP for a provider on this machine only.
          execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
          timeout: PROVIDER_TIMEOUT_SECONDS,
        })
        .catch((error: unknown) => {
          this.configuration = undefined;
          throw error;
        });
    }
    return this.configuration;
  }
}
