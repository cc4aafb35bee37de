import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { openBundleSource } from '../import/bundle-source.js';
import { ImportService } from '../import/import.service.js';
import { ProbeModule } from '../test-support/probe.module.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { testDatabases } from '../test-support/test-databases.js';
import {
  createTestUser,
  startTestServer,
  TEST_JWT_SECRET,
  type TestServer,
} from '../test-support/test-server.js';
import { LOGIN_FAILED_MESSAGE } from './auth.service.js';
import { signJwt } from './jwt.js';
import { TokenService } from './token.service.js';

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token viewer { email role funder { key name kind } } }
}`;
const secret = Buffer.from(TEST_JWT_SECRET);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe.each(testDatabases())('authentication on $kind', ({ create }) => {
  let database: Database;
  let server: TestServer;
  let admin: { id: number; email: string; password: string };
  let analyst: { id: number; email: string; password: string };
  let funder: { id: number; email: string; password: string };

  beforeAll(async () => {
    database = await create();
    await new ImportService(database.db).importBundle(await openBundleSource(SAMPLE_BUNDLE));
    admin = await createTestUser(database.db, { email: 'Admin@Example.org', role: 'admin' });
    analyst = await createTestUser(database.db, { email: 'analyst@example.org', role: 'analyst' });
    funder = await createTestUser(database.db, {
      email: 'funder@example.org',
      role: 'funder',
      funderKey: 'telekom-stiftung',
    });
    server = await startTestServer(database, {}, { modules: [ProbeModule] });
  });
  afterAll(async () => {
    await server?.close();
  });

  const errorOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
    body.errors?.[0]?.extensions?.code;

  it('signs in with e-mail (any case) and password and returns a token and the viewer', async () => {
    const { body } = await server.graphql<{
      login: { token: string; viewer: { email: string; role: string; funder: unknown } };
    }>(LOGIN, { variables: { email: 'admin@example.ORG', password: admin.password } });
    expect(body.errors).toBeUndefined();
    expect(body.data?.login.viewer).toEqual({ email: 'Admin@Example.org', role: 'ADMIN', funder: null });
    const token = body.data?.login.token as string;
    expect(token.split('.')).toHaveLength(3);

    const viewer = await server.graphql('{ viewer { email role } }', { token });
    expect(viewer.body).toEqual({ data: { viewer: { email: 'Admin@Example.org', role: 'ADMIN' } } });
  });

  it("shows a funder user's funder", async () => {
    const token = await server.login(funder.email, funder.password);
    const { body } = await server.graphql('{ viewer { role funder { key kind } } }', { token });
    expect(body.data).toEqual({
      viewer: { role: 'FUNDER', funder: { key: 'telekom-stiftung', kind: 'foundation' } },
    });
  });

  it('refuses a wrong password and an unknown e-mail alike, in similar time', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      const { body } = await server.graphql(LOGIN, {
        variables: { email, password: 'wrong password' },
      });
      return { body, ms: performance.now() - started };
    };
    const wrongPassword = await time(analyst.email);
    const unknownEmail = await time('nobody@example.org');
    for (const { body } of [wrongPassword, unknownEmail]) {
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([
        {
          message: LOGIN_FAILED_MESSAGE,
          locations: expect.any(Array),
          path: ['login'],
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ]);
    }
    // Both run one scrypt (~50 ms); a lookup-only answer for unknown e-mails would be ~1 ms.
    expect(unknownEmail.ms).toBeGreaterThan(wrongPassword.ms / 4);
  });

  it('audits logins without passwords', async () => {
    await server.login(analyst.email, analyst.password);
    await server.graphql(LOGIN, { variables: { email: analyst.email, password: 'not-it' } });
    const rows = await database.db
      .selectFrom('audit_log')
      .select(['user_id', 'actor', 'action', 'subject', 'details'])
      .where('action', 'like', 'login.%')
      .where('user_id', '=', analyst.id)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['login.succeeded', 'login.failed']));
    expect(rows.find((r) => r.action === 'login.failed')).toMatchObject({
      actor: 'api',
      subject: `user:${analyst.id}`,
      details: { reason: 'wrong_password', ip: expect.any(String) },
    });
    const unknown = await database.db
      .selectFrom('audit_log')
      .select(['user_id', 'details'])
      .where('action', '=', 'login.failed')
      .where('user_id', 'is', null)
      .executeTakeFirstOrThrow();
    expect(unknown.details).toMatchObject({ reason: 'unknown_email' });
    const all = JSON.stringify(await database.db.selectFrom('audit_log').selectAll().execute());
    expect(all).not.toContain('not-it');
    expect(all).not.toContain(analyst.password);
    expect(all).not.toContain('nobody@example.org');
  });

  it('answers UNAUTHENTICATED and no data without a token, or with a malformed header', async () => {
    const variants: Record<string, string>[] = [
      {},
      { authorization: 'Basic YWRtaW46eA==' },
      { authorization: 'Bearer' },
      { authorization: 'Bearer not.a.token' },
    ];
    for (const headers of variants) {
      const { body } = await server.graphql('{ viewer { email } cohorts { key } funders { key } }', {
        headers,
      });
      expect(body.data).toBeNull();
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(new Set(body.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
    }
  });

  it('refuses expired, not-yet-valid and forged tokens', async () => {
    const tokens = new TokenService({ secret, ttlSeconds: 3600 });
    const good = await server.login(admin.email, admin.password);
    const [header, payload] = good.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const resign = (c: object, h = header) => {
      const p = b64(c);
      return `${h}.${p}.${signJwt({}, { secret, ttlSeconds: 1 }).split('.')[2]}`; // wrong signature on purpose
    };
    const subject = { id: admin.id, passwordHash: await passwordHash(admin.id), sessionId: claims.sid };
    const expired = tokens.issue(subject, Date.now() - 3601_000);
    const future = tokens.issue(subject, Date.now() + 600_000);
    const otherSecret = new TokenService({ secret: Buffer.from('x'.repeat(40)), ttlSeconds: 3600 }).issue(
      subject,
    );
    const forged = [
      expired,
      future,
      otherSecret,
      `${good.slice(0, -2)}${good.endsWith('AA') ? 'BB' : 'AA'}`, // bad signature
      `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`, // alg none, no signature
      `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.${good.split('.')[2]}`,
      `${b64({ alg: 'HS512', typ: 'JWT' })}.${payload}.${good.split('.')[2]}`,
      resign({ ...claims, sub: String(analyst.id) }), // tampered payload
      `${header}.${b64({ ...claims, exp: claims.exp + 10 ** 6 })}.${good.split('.')[2]}`,
    ];
    expect((await server.graphql('{ viewer { role } }', { token: good })).body.data).toEqual({
      viewer: { role: 'ADMIN' },
    });
    for (const token of forged) {
      const { body } = await server.graphql('{ viewer { role } }', { token });
      expect(body.data, token).toBeNull();
      expect(errorOf(body), token).toBe('UNAUTHENTICATED');
    }
  });

  it('rereads the user: a changed role, a new password or a deleted user take effect at once', async () => {
    const user = await createTestUser(database.db, { email: 'lead@example.org', role: 'project_lead' });
    const token = await server.login(user.email, user.password);
    await database.db.updateTable('users').set({ role: 'analyst' }).where('id', '=', user.id).execute();
    expect((await server.graphql('{ viewer { role } }', { token })).body.data).toEqual({
      viewer: { role: 'ANALYST' },
    });

    await createTestUser(database.db, { email: user.email, role: 'analyst', password: 'a new password' });
    expect(errorOf((await server.graphql('{ viewer { role } }', { token })).body)).toBe('UNAUTHENTICATED');

    const fresh = await server.login(user.email, 'a new password');
    await database.db.deleteFrom('audit_log').where('user_id', '=', user.id).execute();
    await database.db.deleteFrom('users').where('id', '=', user.id).execute();
    expect(errorOf((await server.graphql('{ viewer { role } }', { token: fresh })).body)).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets only the roles of @Can through, FORBIDDEN for the others', async () => {
    const adminToken = await server.login(admin.email, admin.password);
    const analystToken = await server.login(analyst.email, analyst.password);
    expect((await server.graphql('{ adminProbe }', { token: adminToken })).body).toEqual({
      data: { adminProbe: 'admins only' },
    });
    const { body } = await server.graphql('{ adminProbe viewer { role } }', { token: analystToken });
    expect(body.data).toBeNull(); // adminProbe is non-null, so the whole result is null
    expect(body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['adminProbe'], 'FORBIDDEN']]);
    expect(errorOf((await server.graphql('{ adminProbe }')).body)).toBe('UNAUTHENTICATED');
  });

  it('refuses a mutation of admins and project leads to other roles, without running it', async () => {
    const analystToken = await server.login(analyst.email, analyst.password);
    const { body } = await server.graphql('mutation { adminProbeMutation }', { token: analystToken });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const adminToken = await server.login(admin.email, admin.password);
    expect((await server.graphql('mutation { adminProbeMutation }', { token: adminToken })).body).toEqual({
      data: { adminProbeMutation: 'changed' },
    });
  });

  async function passwordHash(id: number): Promise<string> {
    const row = await database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (row.password_hash === null) throw new Error(`user ${id} has no password`);
    return row.password_hash;
  }
});
