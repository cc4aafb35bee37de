import { SSO_START_PATH } from '@mintq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../common/free-port.js';
import type { Database } from '../database/database.js';
import {
  CookieJar,
  type OidcTestProvider,
  startOidcTestProvider,
  type TestIdentity,
  walkSignIn,
} from '../test-support/oidc-test-provider.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';

const IDENTITIES: Record<string, TestIdentity> = {
  ada: { email: 'Ada.Admin@Example.org', emailVerified: true },
  ines: { email: 'ines@example.org', emailVerified: true },
  dora: { email: 'dora@example.org', emailVerified: true },
  nobody: { email: 'nobody@example.org', emailVerified: true },
  unverified: { email: 'ada.admin@example.org', emailVerified: false },
};

const isCallback = (url: URL) => url.pathname === '/api/oidc/callback';

/** mintq with single sign-on at a real provider, both on free ports; the provider knows mintq's callback. */
async function startWithProvider(
  database: Database,
  options: { emailInIdToken?: boolean } = {},
): Promise<{ server: TestServer; provider: OidcTestProvider }> {
  const port = await freePort();
  const provider = await startOidcTestProvider({
    redirectUri: `http://127.0.0.1:${port}/api/oidc/callback`,
    identities: IDENTITIES,
    ...options,
  });
  const server = await startTestServer(database, {
    PORT: String(port),
    HOST: '127.0.0.1',
    MINTQ_PUBLIC_URL: `http://127.0.0.1:${port}`,
    MINTQ_OIDC_NAME: 'Beispiel-Stiftung',
    ...provider.env,
  });
  return { server, provider };
}

/** The login page's fragment after a whole sign-in at the provider as `login`. */
async function signIn(server: TestServer, login: string): Promise<URLSearchParams> {
  const landing = await walkSignIn(`${server.base}${SSO_START_PATH}`, { login });
  expect(landing.origin + landing.pathname).toBe(`${server.base}/login`);
  return new URLSearchParams(landing.hash.slice(1));
}

describe.each(testDatabases())('single sign-on with OpenID Connect on $kind', (factory) => {
  let database: Database;
  let server: TestServer;
  let provider: OidcTestProvider;

  beforeAll(async () => {
    database = await factory.create();
    ({ server, provider } = await startWithProvider(database));
    await createTestUser(database.db, { email: 'ada.admin@example.org', role: 'admin' });
    const { id: deactivated } = await createTestUser(database.db, {
      email: 'dora@example.org',
      role: 'analyst',
    });
    await database.db
      .updateTable('users')
      .set({ status: 'deactivated' })
      .where('id', '=', deactivated)
      .execute();
    const invited = await database.db
      .insertInto('users')
      .values({ email: 'ines@example.org', role: 'analyst', status: 'invited', password_hash: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('user_tokens')
      .values({
        user_id: invited.id,
        kind: 'invitation',
        token_hash: 'a'.repeat(64),
        expires_at: new Date(Date.now() + 3_600_000),
      })
      .execute();
  });

  afterAll(async () => {
    await server?.close();
    await provider?.close();
    await database?.close();
  });

  async function viewerOf(token: string | null) {
    const { body } = await server.graphql<{ viewer: { email: string; role: string } }>(
      '{ viewer { email role } }',
      {
        token: token ?? undefined,
      },
    );
    return body.data?.viewer;
  }

  async function auditOf(action: string) {
    return database.db
      .selectFrom('audit_log')
      .select(['user_id', 'details'])
      .where('action', '=', action)
      .orderBy('id')
      .execute();
  }

  it('tells the login page that single sign-on is on, and its name, without a session', async () => {
    const { body } = await server.graphql('{ signInOptions { sso ssoName } }');
    expect(body).toEqual({ data: { signInOptions: { sso: true, ssoName: 'Beispiel-Stiftung' } } });
  });

  it('sends the browser to the provider with state, nonce and PKCE (S256), and a flow cookie for the callback only', async () => {
    const response = await fetch(`${server.base}${SSO_START_PATH}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(provider.issuer);
    const params = location.searchParams;
    expect(params.get('client_id')).toBe(provider.clientId);
    expect(params.get('redirect_uri')).toBe(`${server.base}/api/oidc/callback`);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(
      /^mintq_sso=[A-Za-z0-9._-]+; Max-Age=600; Path=\/api\/oidc; Expires=.*; HttpOnly; SameSite=Lax$/,
    );
  });

  it('signs an active user in by their verified e-mail, ignoring case, as a session of method oidc', async () => {
    const fragment = await signIn(server, 'ada');
    expect(fragment.get('sso')).toBeNull();
    const token = fragment.get('sso-token');
    expect(await viewerOf(token)).toEqual({ email: 'ada.admin@example.org', role: 'ADMIN' });
    const sessions = await database.db.selectFrom('sessions').select(['method', 'ip']).execute();
    expect(sessions).toEqual([{ method: 'oidc', ip: expect.any(String) }]);
    const succeeded = await auditOf('login.succeeded');
    expect(succeeded.at(-1)?.details).toMatchObject({ method: 'oidc' });
    // No token, code or ID token in the audit log.
    const audit = JSON.stringify(await database.db.selectFrom('audit_log').select('details').execute());
    expect(audit).not.toContain(token);
    expect(audit).not.toMatch(/eyJ/);
  });

  it('activates an invited user on their first single sign-on and closes their invitation link', async () => {
    const fragment = await signIn(server, 'ines');
    expect(await viewerOf(fragment.get('sso-token'))).toEqual({ email: 'ines@example.org', role: 'ANALYST' });
    const user = await database.db
      .selectFrom('users')
      .select(['id', 'status', 'password_hash', 'last_sign_in_at'])
      .where('email', '=', 'ines@example.org')
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({ status: 'active', password_hash: null, last_sign_in_at: expect.anything() });
    const links = await database.db
      .selectFrom('user_tokens')
      .select('used_at')
      .where('user_id', '=', user.id)
      .execute();
    expect(links).toEqual([{ used_at: expect.anything() }]);
    expect((await auditOf('user.invitation_accepted')).map((row) => row.user_id)).toEqual([user.id]);
    // The second sign-in finds an active user: no second acceptance.
    expect((await signIn(server, 'ines')).get('sso-token')).toBeTruthy();
    expect(await auditOf('user.invitation_accepted')).toHaveLength(1);
  });

  it.each([
    ['an identity whose e-mail mintq does not know', 'nobody', 'NOT_INVITED'],
    ['an e-mail the provider has not verified', 'unverified', 'EMAIL_UNVERIFIED'],
    ['a deactivated user', 'dora', 'DEACTIVATED'],
  ])('refuses %s, without a session, and audits why', async (_, login, reason) => {
    const sessionsBefore = await database.db.selectFrom('sessions').select('id').execute();
    const fragment = await signIn(server, login);
    expect(fragment.get('sso')).toBe(reason);
    expect(fragment.get('sso-token')).toBeNull();
    expect(await database.db.selectFrom('sessions').select('id').execute()).toEqual(sessionsBefore);
    expect((await auditOf('login.sso_refused')).at(-1)?.details).toMatchObject({ reason });
  });

  it('creates no user for an identity it does not know: no self-registration', async () => {
    await signIn(server, 'nobody');
    const users = await database.db
      .selectFrom('users')
      .select('email')
      .where('email', 'ilike', 'nobody%')
      .execute();
    expect(users).toEqual([]);
  });

  it("refuses the provider's answer to another flow (state), a callback without the flow cookie, and a replayed code", async () => {
    const jarA = new CookieJar();
    const callbackA = await walkSignIn(`${server.base}${SSO_START_PATH}`, {
      login: 'ada',
      jar: jarA,
      stopAt: isCallback,
    });
    const callbackB = await walkSignIn(`${server.base}${SSO_START_PATH}`, {
      login: 'ada',
      stopAt: isCallback,
    });
    const call = async (url: URL, cookie: string) => {
      const response = await fetch(url, { redirect: 'manual', headers: { cookie } });
      expect(response.status).toBe(302);
      return new URL(response.headers.get('location') ?? '', url).hash;
    };
    const cookieA = jarA.header(callbackA);
    expect(await call(callbackB, cookieA)).toBe('#sso=FAILED');
    expect(await call(callbackA, '')).toBe('#sso=FAILED');
    const flowCookie = jarA.value(callbackA, 'mintq_sso') ?? '';
    const at = flowCookie.length - 10;
    const forged = `mintq_sso=${flowCookie.slice(0, at)}${flowCookie[at] === 'A' ? 'B' : 'A'}${flowCookie.slice(at + 1)}`;
    expect(await call(callbackA, forged)).toBe('#sso=FAILED');
    // The same answer with its own flow's cookie signs in, once: the provider redeems a code only once.
    expect(await call(callbackA, cookieA)).toMatch(/^#sso-token=/);
    expect(await call(callbackA, cookieA)).toBe('#sso=FAILED');
  });

  it('takes the e-mail from the ID token where the provider puts it there', async () => {
    const other = await startWithProvider(database, { emailInIdToken: true });
    try {
      const fragment = await signIn(other.server, 'ada');
      expect(await viewerOf(fragment.get('sso-token'))).toMatchObject({ email: 'ada.admin@example.org' });
    } finally {
      await other.server.close();
      await other.provider.close();
    }
  });

  it('sends the browser back to the login page when the provider cannot be reached', async () => {
    const port = await freePort();
    const down = await startTestServer(database, {
      MINTQ_OIDC_ISSUER: `http://127.0.0.1:${await freePort()}`,
      MINTQ_OIDC_CLIENT_ID: 'mintq',
      MINTQ_OIDC_CLIENT_SECRET: 'secret',
      PORT: String(port),
    });
    try {
      const response = await fetch(`${down.base}${SSO_START_PATH}`, { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/login#sso=FAILED');
      expect(response.headers.getSetCookie()).toEqual([]);
    } finally {
      await down.close();
    }
  });
});

describe.each(testDatabases())('without single sign-on configured on $kind', (factory) => {
  let database: Database;
  let server: TestServer;
  beforeAll(async () => {
    database = await factory.create();
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('says so to the login page and has no start or callback', async () => {
    const { body } = await server.graphql('{ signInOptions { sso ssoName } }');
    expect(body).toEqual({ data: { signInOptions: { sso: false, ssoName: null } } });
    const start = await fetch(`${server.base}${SSO_START_PATH}`, { redirect: 'manual' });
    expect(start.status).toBe(404);
    const callback = await fetch(`${server.base}/api/oidc/callback?code=x&state=y`, { redirect: 'manual' });
    expect(callback.status).toBe(404);
  });
});
