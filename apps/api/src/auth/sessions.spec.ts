import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { testDatabases } from '../test-support/test-databases.js';
import {
  createTestUser,
  startTestServer,
  TEST_JWT_SECRET,
  type TestServer,
} from '../test-support/test-server.js';
import { TokenService } from './token.service.js';

const secret = Buffer.from(TEST_JWT_SECRET);
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as Record<string, unknown>;

describe.each(testDatabases())('sessions on $kind', ({ create }) => {
  let database: Database;
  let server: TestServer;

  beforeAll(async () => {
    database = await create();
    server = await startTestServer(database, { MINTQ_JWT_TTL_HOURS: '2' });
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  const refusal = async (token: string) => {
    const { body } = await server.graphql('{ viewer { email } }', { token });
    expect(body.data ?? null).toBeNull();
    return body.errors?.[0]?.extensions;
  };
  const viewerEmail = async (token: string) =>
    (await server.graphql<{ viewer: { email: string } }>('{ viewer { email } }', { token })).body.data?.viewer
      .email;

  it('records each sign-in as a session for the configured lifetime, named by the token', async () => {
    const user = await createTestUser(database.db, { email: 'session@example.org', role: 'analyst' });
    const before = Date.now();
    const token = await server.login(user.email, user.password);
    const claims = claimsOf(token);
    expect(claims.sid).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((claims.exp as number) - (claims.iat as number)).toBe(2 * 3600);

    const session = await database.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', claims.sid as string)
      .executeTakeFirstOrThrow();
    expect(session).toMatchObject({ user_id: user.id, method: 'password', revoked_at: null });
    expect(session.ip).toMatch(/127\.0\.0\.1/);
    const lifetime = new Date(session.expires_at).getTime() - before;
    expect(lifetime).toBeGreaterThan(2 * 3600_000 - 5_000);
    expect(lifetime).toBeLessThan(2 * 3600_000 + 5_000);

    const row = await database.db
      .selectFrom('users')
      .select('last_sign_in_at')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(new Date(row.last_sign_in_at as Date).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'login.succeeded')
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ method: 'password' });
  });

  it('refuses a token of a revoked or expired session on its next request', async () => {
    const user = await createTestUser(database.db, { email: 'revoked@example.org', role: 'analyst' });
    const revoked = await server.login(user.email, user.password);
    const expired = await server.login(user.email, user.password);
    const kept = await server.login(user.email, user.password);
    expect(await viewerEmail(revoked)).toBe(user.email);

    await database.db
      .updateTable('sessions')
      .set({ revoked_at: new Date() })
      .where('id', '=', claimsOf(revoked).sid as string)
      .execute();
    await database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', claimsOf(expired).sid as string)
      .execute();
    expect(await refusal(revoked)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect(await refusal(expired)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect(await viewerEmail(kept)).toBe(user.email);
  });

  it("refuses a deactivated user's open token, and their sign-in like a wrong password", async () => {
    const user = await createTestUser(database.db, { email: 'leaving@example.org', role: 'analyst' });
    const token = await server.login(user.email, user.password);
    expect(await viewerEmail(token)).toBe(user.email);
    await database.db.updateTable('users').set({ status: 'deactivated' }).where('id', '=', user.id).execute();

    expect(await refusal(token)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    const login = await server.graphql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { variables: { e: user.email, p: user.password } },
    );
    expect(login.body.data ?? null).toBeNull();
    // Not ACCOUNT_INACTIVE: that would confirm to a guesser that the password was right.
    expect(login.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });

    await database.db.updateTable('users').set({ status: 'active' }).where('id', '=', user.id).execute();
    expect(await viewerEmail(await server.login(user.email, user.password))).toBe(user.email);
  });

  it('refuses a token signed with the real secret that claims a longer life than the server grants', async () => {
    const user = await createTestUser(database.db, { email: 'forever@example.org', role: 'admin' });
    const token = await server.login(user.email, user.password);
    const { password_hash } = await database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    const subject = { id: user.id, passwordHash: password_hash, sessionId: claimsOf(token).sid as string };
    const century = new TokenService({ secret, ttlSeconds: 100 * 365 * 86400 }).issue(subject);
    const slightlyLonger = new TokenService({ secret, ttlSeconds: 2 * 3600 + 60 }).issue(subject);
    const asGranted = new TokenService({ secret, ttlSeconds: 2 * 3600 }).issue(subject);

    expect(await refusal(century)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect(await refusal(slightlyLonger)).toMatchObject({ code: 'UNAUTHENTICATED' });
    // The same session with the server's own lifetime is accepted: the lifetime was the refusal.
    expect(await viewerEmail(asGranted)).toBe(user.email);
  });

  it('signs out: the token is refused afterwards, other sessions stay, and it is audited', async () => {
    const user = await createTestUser(database.db, { email: 'bye@example.org', role: 'analyst' });
    const token = await server.login(user.email, user.password);
    const other = await server.login(user.email, user.password);

    const logout = await server.graphql('mutation { logout }', { token });
    expect(logout.body).toEqual({ data: { logout: true } });
    expect(await refusal(token)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    const again = await server.graphql('mutation { logout }', { token });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_ENDED',
    });
    expect(await viewerEmail(other)).toBe(user.email);

    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'subject', 'details'])
      .where('user_id', '=', user.id)
      .where('action', '=', 'logout')
      .execute();
    expect(audit).toEqual([{ action: 'logout', subject: `user:${user.id}`, details: {} }]);

    // The next sign-in clears the user's ended sessions: the table keeps open ones only.
    await server.login(user.email, user.password);
    const ids = await database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(ids.map((r) => r.id)).not.toContain(claimsOf(token).sid);
    expect(ids.map((r) => r.id)).toContain(claimsOf(other).sid);
  });

  it('asks for a token without one, with its own reason', async () => {
    const { body } = await server.graphql('mutation { logout }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_FIRST' });
  });
});
