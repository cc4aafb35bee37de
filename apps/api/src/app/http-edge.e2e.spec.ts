import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';
import { DASHBOARD_DIST } from './create-app.js';

/** The headers every answer carries, whatever it is. */
const EVERY_ANSWER = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "script-src-attr 'none'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join(';'),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
const INTROSPECTION = '{ __schema { queryType { name } } }';
/** Documentation's address range (RFC 5737): what a client behind the proxy is. */
const CLIENT = '203.0.113.7';

const headersOf = (response: Response) => ({
  ...Object.fromEntries(Object.keys(EVERY_ANSWER).map((name) => [name, response.headers.get(name)])),
  hsts: response.headers.get('strict-transport-security'),
});

/** The dashboard's pages exist only after its build: CI builds it, a developer may not have. */
function dashboardBuilt(): boolean {
  if (existsSync(join(DASHBOARD_DIST, 'report.html'))) return true;
  if (process.env.CI)
    throw new Error(`${DASHBOARD_DIST} is missing: run \`pnpm --filter @mintq/dashboard build\``);
  console.warn(
    `skipped the page checks: ${DASHBOARD_DIST} is missing (pnpm --filter @mintq/dashboard build)`,
  );
  return false;
}

describe.each(testDatabases())('the HTTP edge on $kind', ({ create }) => {
  let database: Database;
  /** Development mode, no proxy trusted (the default). */
  let direct: TestServer;
  /** Production behind one proxy. */
  let proxied: TestServer;
  const tokens: Record<'analyst' | 'lead', { direct: string; proxied: string }> = {
    analyst: { direct: '', proxied: '' },
    lead: { direct: '', proxied: '' },
  };
  let analyst: { email: string; password: string };

  beforeAll(async () => {
    database = await create();
    analyst = await createTestUser(database.db, { email: 'analyst@edge.example', role: 'analyst' });
    const lead = await createTestUser(database.db, { email: 'lead@edge.example', role: 'project_lead' });
    direct = await startTestServer(database);
    proxied = await startTestServer(database, { NODE_ENV: 'production', MINTQ_TRUST_PROXY: '1' });
    for (const [name, user] of [
      ['analyst', analyst],
      ['lead', lead],
    ] as const) {
      tokens[name].direct = await direct.login(user.email, user.password);
      tokens[name].proxied = await proxied.login(user.email, user.password);
    }
    // Two servers and four sign-ins (each a password hash): slow on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await proxied?.close();
    await direct?.close();
  });

  it('sends the security headers with GraphQL, REST and health answers, refusals included', async () => {
    const answers = {
      graphql: (await direct.graphql('{ viewer { email } }', { token: tokens.analyst.direct })).headers,
      refusedGraphql: (await direct.graphql('{ viewer { email } }')).headers,
      rest: (await fetch(`${direct.base}/api/imports?dryRun=true`, { method: 'POST' })).headers,
      health: (await fetch(`${direct.base}/healthz`)).headers,
    };
    for (const [what, headers] of Object.entries(answers))
      expect(headersOf({ headers } as Response), what).toEqual({ ...EVERY_ANSWER, hsts: null });
  });

  it('sends them with the dashboard, its client-side routes, its files and the report page', async () => {
    if (!dashboardBuilt()) return;
    for (const path of ['/', '/reichweite', '/report.html']) {
      const response = await fetch(`${direct.base}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(headersOf(response), path).toEqual({ ...EVERY_ANSWER, hsts: null });
      // No inline script: the policy would block it, so the page would not start.
      const html = await response.text();
      expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g), path).toBeNull();
      expect(html, path).not.toMatch(/<style|\sstyle=/);
      const script = html.match(/<script[^>]*\ssrc="([^"]+)"/)?.[1];
      expect(script, path).toMatch(/^\/assets\//);
      const file = await fetch(`${direct.base}${script}`);
      expect(file.headers.get('content-type')).toMatch(/javascript/);
      expect(headersOf(file)).toEqual({ ...EVERY_ANSWER, hsts: null });
    }
  });

  it('sends HSTS only for a request that came over TLS to a trusted proxy', async () => {
    const overTls = await fetch(`${proxied.base}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(headersOf(overTls)).toEqual({ ...EVERY_ANSWER, hsts: 'max-age=31536000' });
    const plain = await fetch(`${proxied.base}/healthz`, { headers: { 'x-forwarded-proto': 'http' } });
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect((await fetch(`${proxied.base}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    // Without a trusted proxy the header is the client's word: it does not make a request secure.
    const forged = await fetch(`${direct.base}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.headers.get('strict-transport-security')).toBeNull();
  });

  async function lastFailedSignInAddress(): Promise<unknown> {
    const row = await database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'login.failed')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    return row.details.ip;
  }

  it('takes the client address from X-Forwarded-For behind a trusted proxy, and only there', async () => {
    const wrong = {
      variables: { email: analyst.email, password: 'not the password at all' },
      headers: { 'x-forwarded-for': `198.51.100.1, ${CLIENT}` },
    };
    const login =
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
    // One hop: the address the proxy saw, not what the client wrote before it.
    expect((await proxied.graphql(login, wrong)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await lastFailedSignInAddress()).toBe(CLIENT);
    // No proxy trusted: the header is ignored, a client cannot pose as another address.
    expect((await direct.graphql(login, wrong)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await lastFailedSignInAddress()).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  for (const mode of ['direct', 'proxied'] as const) {
    const server = () => (mode === 'direct' ? direct : proxied);
    const name = mode === 'direct' ? 'development' : 'production';

    it(`refuses introspection without a valid session in ${name} mode`, async () => {
      for (const token of [undefined, 'not-a-token']) {
        const { status, body } = await server().graphql(INTROSPECTION, { token });
        expect(status).toBe(401);
        expect(body.data ?? null).toBeNull();
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      }
      // Hidden in a fragment, or as __type: the same.
      const hidden = await server().graphql(
        '{ ...F } fragment F on Query { __type(name: "Query") { name } }',
      );
      expect(hidden.status).toBe(401);
      expect(hidden.body.data ?? null).toBeNull();
    });

    it(`answers introspection to a user who may use GraphiQL, and only to them, in ${name} mode`, async () => {
      const allowed = await server().graphql(INTROSPECTION, { token: tokens.analyst[mode] });
      expect(allowed.status).toBe(200);
      expect(allowed.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      const lead = await server().graphql(INTROSPECTION, { token: tokens.lead[mode] });
      expect(lead.status).toBe(403);
      expect(lead.body.data ?? null).toBeNull();
      expect(lead.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      // `__typename` describes an answer, not the schema: it stays free.
      expect((await server().graphql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
    });
  }

  it('serves no GraphQL landing page (GraphiQL is the dashboard’s)', async () => {
    const response = await fetch(`${direct.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/graphiql|<script/i);
  });
});
