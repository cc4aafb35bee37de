/// <reference path="./oidc-provider.d.ts" />
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import Provider, { type OidcContext } from 'oidc-provider';
import { freePort } from '../common/free-port.js';

/** A person the test provider knows: its sign-in name and what it says about them. */
export interface TestIdentity {
  email: string;
  emailVerified: boolean;
}

/** Where the test provider will listen and mintq's client credentials there, known before it starts. */
export interface OidcTestSettings {
  port: number;
  /** The issuer URL, e.g. `http://127.0.0.1:4712`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The MINTQ_OIDC_* settings that make mintq use this provider. */
  env: Record<string, string>;
}

/**
 * The provider's address and mintq's credentials, before either runs: mintq needs the issuer
 * to start, the provider mintq's callback URL (mintq fetches the provider's metadata only at
 * the first sign-in, so the provider may start second).
 */
export async function oidcTestSettings(): Promise<OidcTestSettings> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'mintq';
  const clientSecret = randomBytes(24).toString('base64url');
  return {
    port,
    issuer,
    clientId,
    clientSecret,
    env: {
      MINTQ_OIDC_ISSUER: issuer,
      MINTQ_OIDC_CLIENT_ID: clientId,
      MINTQ_OIDC_CLIENT_SECRET: clientSecret,
    },
  };
}

export interface OidcTestProviderOptions {
  /** Default: new ones (`oidcTestSettings()`). */
  settings?: OidcTestSettings;
  /** The redirect URI registered for mintq, e.g. `http://127.0.0.1:4711/api/oidc/callback`. */
  redirectUri: string;
  /** Sign-in name (typed into the provider's login form) → identity. */
  identities: Record<string, TestIdentity>;
  /**
   * Put `email` into the ID token as well (as many providers do). Default false: the provider
   * is conformant, and `email` for a code flow comes from the userinfo endpoint only.
   */
  emailInIdToken?: boolean;
}

export interface OidcTestProvider extends OidcTestSettings {
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on a free port of 127.0.0.1,
 * with mintq registered as a confidential client (authorization code, PKCE required). Its
 * login form is the package's development one: any sign-in name from `identities` and any
 * password. Consent is given in advance, as an organisation's provider does for its own apps.
 */
export async function startOidcTestProvider(options: OidcTestProviderOptions): Promise<OidcTestProvider> {
  const settings = options.settings ?? (await oidcTestSettings());
  const { port, issuer, clientId, clientSecret } = settings;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...signingKey, use: 'sig', kid: 'test' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    conformIdTokenClaims: !options.emailInIdToken,
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: unknown, accountId: string) {
      const identity = options.identities[accountId];
      if (!identity) return undefined;
      return {
        accountId,
        claims: () => ({ sub: accountId, email: identity.email, email_verified: identity.emailVerified }),
      };
    },
    // Consent given in advance: the login form is the only page a person sees.
    async loadExistingGrant(ctx: OidcContext) {
      const { client, session, result, provider: self } = ctx.oidc;
      if (!client || !session) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return self.Grant.find(grantId);
      const grant = new self.Grant({ accountId: session.accountId, clientId: client.clientId });
      grant.addOIDCScope('openid email');
      grant.addOIDCClaims(['email', 'email_verified']);
      await grant.save();
      return grant;
    },
  });
  const server = await new Promise<Server>((resolve) => {
    const listening: Server = provider.listen(port, '127.0.0.1', () => resolve(listening));
  });
  return {
    ...settings,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Cookies by host name, as a browser keeps them (ports do not separate cookies). */
export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.cookies.get(url.hostname) ?? new Map<string, string>())]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
  }

  value(url: URL, name: string): string | undefined {
    return this.cookies.get(url.hostname)?.get(name);
  }

  store(url: URL, response: Response): void {
    const cookies = this.cookies.get(url.hostname) ?? new Map<string, string>();
    this.cookies.set(url.hostname, cookies);
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const gone = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a),
      );
      if (gone || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
  }
}

/**
 * Walks a sign-in the way a browser would, with fetch: follows redirects by hand, keeps the
 * cookies, and fills in the provider's login form with `login`. Stops at the first redirect
 * to a URL `stopAt` accepts (default: the dashboard's login page) and returns that URL
 * without requesting it.
 */
export async function walkSignIn(
  url: string | URL,
  options: { login: string; jar?: CookieJar; stopAt?: (next: URL) => boolean },
): Promise<URL> {
  const jar = options.jar ?? new CookieJar();
  const stopAt = options.stopAt ?? ((next: URL) => next.pathname === '/login');
  let next = new URL(url);
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step += 1) {
    const response = await fetch(next, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: jar.header(next),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: form.toString() } : {}),
    });
    jar.store(next, response);
    form = undefined;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      next = new URL(location, next);
      if (stopAt(next)) return next;
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"[^>]*>\s*<input type="hidden" name="prompt" value="login"/.exec(
      page,
    );
    if (response.status !== 200 || !action?.[1])
      throw new Error(`the sign-in stopped at ${next.href} (${response.status}): ${page.slice(0, 500)}`);
    next = new URL(action[1].replaceAll('&amp;', '&'), next);
    form = new URLSearchParams({ prompt: 'login', login: options.login, password: 'any password' });
  }
  throw new Error(`the sign-in did not end after 20 steps (at ${next.href})`);
}
