import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { TooManyRequestsError } from '../errors/too-many-requests.error.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';
import { addressOf, LoginThrottle, THROTTLE_RULES, type ThrottledAttempt } from './login-throttle.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

describe('addressOf', () => {
  it('keys IPv4 clients by their address and IPv6 clients by their /64 network', () => {
    expect(addressOf('203.0.113.7')).toBe('203.0.113.7');
    expect(addressOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressOf('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(addressOf('2001:db8:1:2::99')).toBe('2001:db8:1:2::/64');
    expect(addressOf('2001:0db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressOf('2001:db8:1:3::1')).not.toBe(addressOf('2001:db8:1:2::1'));
  });
});

describe.each(testDatabases())('login throttle on $kind', ({ create }) => {
  let database: Database;
  let throttle: LoginThrottle;

  beforeAll(async () => {
    database = await create();
    throttle = new LoginThrottle(new LoginThrottleRepository(database));
  });
  afterAll(async () => {
    await database?.close();
  });

  /** One attempt that fails: its keys that started waiting, or the refusal's seconds. */
  async function fail(email: string, ip: string, userId: number | null = null) {
    const attempt = await throttle.begin({ email, ip, userId });
    return throttle.failed(attempt);
  }

  async function refusal(email: string, ip: string, userId: number | null = null) {
    const error = await throttle.begin({ email, ip, userId }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TooManyRequestsError);
    return (error as TooManyRequestsError).extensions;
  }

  async function row(key: string) {
    return database.db
      .selectFrom('login_throttle')
      .select(['failures', 'blocked_until'])
      .where('key', '=', key)
      .executeTakeFirst();
  }

  /** The wait the key's last failure set, in seconds. */
  async function waitOf(key: string) {
    const { rows } = await sql<{ seconds: number }>`
      select extract(epoch from blocked_until - last_failure_at)::int as seconds
      from login_throttle where key = ${key}`.execute(database.db);
    return rows[0]?.seconds;
  }

  /** The key waits this long from now on. */
  async function setWait(key: string, interval: string) {
    await sql`update login_throttle set blocked_until = now() + ${interval}::interval where key = ${key}`.execute(
      database.db,
    );
  }

  /** The wait is over, as if its time had passed (the rows' clock is the database's). */
  async function waitOut(key: string) {
    await database.db
      .updateTable('login_throttle')
      .set({ blocked_until: sql`now() - interval '1 second'` })
      .where('key', '=', key)
      .execute();
  }

  it('lets an account fail 5 times, then doubles its wait per failure up to 15 minutes', async () => {
    const email = 'Guessed@Example.org';
    for (let i = 1; i < THROTTLE_RULES.account.threshold; i++)
      expect(await fail(email, '198.51.100.1')).toEqual([]);
    // The 5th failure starts the wait: audited once, as the account's.
    expect(await fail(email, '198.51.100.2')).toEqual(['account']);
    const waits = [await waitOf('account:guessed@example.org')];
    // As if the next attempt came within that second, however busy this machine is.
    await setWait('account:guessed@example.org', '1 minute');
    const refused = await refusal(email, '198.51.100.3');
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_THROTTLED' });
    expect(refused.retryAfterSeconds).toBeGreaterThan(50);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(refused.params).toEqual({ seconds: refused.retryAfterSeconds });
    // Refused attempts count nothing, on the account or on the address.
    expect((await row('account:guessed@example.org'))?.failures).toBe(5);
    expect(await row('address:198.51.100.3')).toBeUndefined();

    for (let i = 0; i < 11; i++) {
      await waitOut('account:guessed@example.org');
      expect(await fail(email, '198.51.100.1')).toEqual([]);
      waits.push(await waitOf('account:guessed@example.org'));
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
    expect((await refusal(email, '198.51.100.1')).retryAfterSeconds).toBeGreaterThan(890);
  });

  it('starts an account again an hour after its last failure', async () => {
    const email = 'decays@example.org';
    for (let i = 0; i < THROTTLE_RULES.account.threshold; i++) await fail(email, '198.51.100.10');
    await refusal(email, '198.51.100.10');
    await database.db
      .updateTable('login_throttle')
      .set({
        last_failure_at: sql`now() - interval '61 minutes'`,
        blocked_until: sql`now() - interval '45 minutes'`,
      })
      .where('key', '=', 'account:decays@example.org')
      .execute();
    await fail(email, '198.51.100.10');
    expect((await row('account:decays@example.org'))?.failures).toBe(1);
  });

  it('clears the account and takes back the address count when the sign-in succeeds', async () => {
    const email = 'owner@example.org';
    for (let i = 0; i < 3; i++) await fail(email, '198.51.100.20');
    const attempt = await throttle.begin({ email, ip: '198.51.100.20', userId: null });
    expect((await row('address:198.51.100.20'))?.failures).toBe(4);
    await throttle.succeeded(attempt);
    expect(await row('account:owner@example.org')).toBeUndefined();
    expect((await row('address:198.51.100.20'))?.failures).toBe(3);
  });

  it("does not keep the owner out with someone else's failures: a familiar address passes, a new one waits at most the cap", async () => {
    const owner = await createTestUser(database.db, { email: 'target@example.org', role: 'analyst' });
    await database.db
      .insertInto('sessions')
      .values({
        id: 'earlier-sign-in',
        user_id: owner.id,
        method: 'password',
        expires_at: sql`now() - interval '3 days'`,
        created_at: sql`now() - interval '4 days'`,
        revoked_at: sql`now() - interval '4 days'`,
        ip: '192.0.2.50',
      })
      .execute();
    // The attacker keeps the account at the cap from addresses of their own.
    for (let i = 0; i < 20; i++) {
      await waitOut('account:target@example.org');
      await fail(owner.email, `203.0.113.${i % 4}`, owner.id);
    }
    const stranger = await refusal(owner.email, '192.0.2.99', owner.id);
    expect(stranger.retryAfterSeconds).toBeGreaterThan(600);
    expect(stranger.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE_RULES.account.capSeconds);

    // The owner, from where they signed in before, is checked at once and signs in.
    const attempt = await throttle.begin({ email: 'TARGET@example.org', ip: '192.0.2.50', userId: owner.id });
    expect(attempt.claims.map((c) => c.kind)).toEqual(['address']);
    await throttle.succeeded(attempt);
    expect(await row('account:target@example.org')).toBeUndefined();

    // A sign-in from that address more than 30 days ago makes it no longer familiar.
    for (let i = 0; i < THROTTLE_RULES.account.threshold; i++)
      await fail(owner.email, '203.0.113.9', owner.id);
    await database.db
      .updateTable('sessions')
      .set({ created_at: sql`now() - interval '31 days'` })
      .where('id', '=', 'earlier-sign-in')
      .execute();
    await setWait('account:target@example.org', '1 minute');
    await refusal(owner.email, '192.0.2.50', owner.id);
  });

  it('slows an address spraying one guess each over many e-mails after its 20th failure', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 30; i++) {
      // The 21st comes at once after the 20th; the rest as if within the wait, however slow the machine.
      if (i === 21)
        await database.db
          .updateTable('login_throttle')
          .set({ blocked_until: sql`now() + interval '5 minutes'` })
          .where('key', '=', 'address:2001:db8:7:7::/64')
          .execute();
      const extensions = await throttle
        .begin({ email: `sprayed-${i}@example.org`, ip: '2001:db8:7:7::1', userId: null })
        .then(
          async (attempt) => {
            await throttle.failed(attempt);
            return undefined;
          },
          (e: unknown) => (e as TooManyRequestsError).extensions,
        );
      outcomes.push(extensions ? `refused ${extensions.reason}` : 'checked');
    }
    expect(outcomes.slice(0, 20)).toEqual(Array(20).fill('checked'));
    expect(outcomes.slice(20)).toEqual(Array(10).fill('refused LOGIN_THROTTLED'));
    // Another address of the same /64 shares the wait; the sprayed accounts are not slowed.
    await refusal('sprayed-0@example.org', '2001:db8:7:7::2');
    expect((await row('address:2001:db8:7:7::/64'))?.failures).toBe(20);
    expect(await fail('sprayed-0@example.org', '198.51.100.77')).toEqual([]);
    // The refused e-mails were never counted.
    expect((await row('account:sprayed-25@example.org'))?.failures ?? 0).toBe(0);
  });

  it('lets concurrent attempts through only as far as the free failures reach', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        throttle.begin({ email: 'parallel@example.org', ip: `198.51.100.${100 + i}`, userId: null }),
      ),
    );
    const passed = attempts.filter(
      (a): a is PromiseFulfilledResult<ThrottledAttempt> => a.status === 'fulfilled',
    );
    expect(passed).toHaveLength(THROTTLE_RULES.account.threshold);
    expect(
      attempts.filter((a) => a.status === 'rejected').every((a) => a.reason instanceof TooManyRequestsError),
    ).toBe(true);
    expect((await row('account:parallel@example.org'))?.failures).toBe(THROTTLE_RULES.account.threshold);
    // The refused attempts' address counts were taken back: only the passed ones count.
    const { rows } = await sql<{ n: number }>`
      select coalesce(sum(failures), 0)::int as n from login_throttle where key like 'address:198.51.100.1__'`.execute(
      database.db,
    );
    expect(rows[0]?.n).toBe(THROTTLE_RULES.account.threshold);
  });

  it('deletes rows without a failure for a day', async () => {
    await database.db
      .insertInto('login_throttle')
      .values([
        { key: 'address:old', failures: 3, last_failure_at: sql`now() - interval '25 hours'` },
        { key: 'address:recent', failures: 3, last_failure_at: sql`now() - interval '23 hours'` },
      ])
      .execute();
    // A fresh instance sweeps at its first failure.
    const fresh = new LoginThrottle(new LoginThrottleRepository(database));
    await fresh.failed(
      await fresh.begin({ email: 'sweeper@example.org', ip: '198.51.100.200', userId: null }),
    );
    expect(await row('address:old')).toBeUndefined();
    expect(await row('address:recent')).toBeDefined();
  });
});

describe.each(testDatabases())('sign-in throttling over HTTP on $kind', ({ create }) => {
  let database: Database;
  let server: TestServer;

  beforeAll(async () => {
    database = await create();
    // Behind one trusted proxy: each request names its client in X-Forwarded-For.
    server = await startTestServer(database, { MINTQ_TRUST_PROXY: '1' });
  });

  const signIn = (email: string, password: string, client: string) =>
    server
      .graphql<{ login: { token: string } }>(LOGIN, {
        variables: { email, password },
        headers: { 'x-forwarded-for': client },
      })
      .then(
        ({ body }) =>
          body.errors?.[0]?.extensions?.code ?? (body.data?.login.token ? 'SIGNED_IN' : 'NOTHING'),
      );
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('refuses the right password while the account waits, checks it after the wait, and audits the start once', async () => {
    const user = await createTestUser(database.db, { email: 'slowed@example.org', role: 'analyst' });
    const attempt = (password: string) =>
      server.graphql(LOGIN, { variables: { email: user.email, password } });
    for (let i = 0; i < THROTTLE_RULES.account.threshold; i++)
      expect((await attempt('a wrong guess')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Longer than any test takes: the refusal below must not depend on timing.
    await database.db
      .updateTable('login_throttle')
      .set({ blocked_until: sql`now() + interval '5 minutes'` })
      .where('key', '=', 'account:slowed@example.org')
      .execute();
    const refused = await attempt(user.password);
    expect(refused.status).toBe(200);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'LOGIN_THROTTLED',
      params: { seconds: expect.any(Number) },
      retryAfterSeconds: expect.any(Number),
    });
    expect(refused.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(290);
    expect(JSON.stringify(refused.body)).not.toMatch(/\bselect\b|\bfrom\b|\.ts:\d/i);
    expect(await attempt('a wrong guess').then((r) => r.body.errors?.[0]?.extensions?.code)).toBe(
      'TOO_MANY_REQUESTS',
    );

    await database.db
      .updateTable('login_throttle')
      .set({ blocked_until: sql`now() - interval '1 second'` })
      .where('key', '=', 'account:slowed@example.org')
      .execute();
    const signedIn = await attempt(user.password);
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.data).toMatchObject({ login: { token: expect.any(String) } });

    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('user_id', '=', user.id)
      .where('action', 'in', ['login.failed', 'login.locked'])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([...Array(5).fill('login.failed'), 'login.locked']);
    expect(audit[5]?.details).toMatchObject({ throttled: 'account', ip: expect.any(String) });
  });

  it("lets the owner in from where they signed in before, whatever others' failures elsewhere", async () => {
    const owner = await createTestUser(database.db, { email: 'owner@http.example', role: 'analyst' });
    expect(await signIn(owner.email, owner.password, '192.0.2.50')).toBe('SIGNED_IN');
    for (let i = 0; i < THROTTLE_RULES.account.threshold; i++)
      expect(await signIn(owner.email, `guess ${i}`, `203.0.113.${i}`)).toBe('UNAUTHENTICATED');
    await database.db
      .updateTable('login_throttle')
      .set({ blocked_until: sql`now() + interval '10 minutes'` })
      .where('key', '=', 'account:owner@http.example')
      .execute();
    expect(await signIn(owner.email, owner.password, '203.0.113.99')).toBe('TOO_MANY_REQUESTS');
    expect(await signIn(owner.email, owner.password, '192.0.2.51')).toBe('TOO_MANY_REQUESTS');
    expect(await signIn(owner.email, owner.password, '192.0.2.50')).toBe('SIGNED_IN');
  });

  it('slows one address spraying a guess each over 30 e-mails, not the others', async () => {
    const spray = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `sprayed-${from + i}@http.example`).reduce<
        Promise<string[]>
      >(
        async (answers, email) => [...(await answers), await signIn(email, 'Sommer2026!', '198.51.100.66')],
        Promise.resolve([]),
      );
    expect(await spray(0, 20)).toEqual(Array(20).fill('UNAUTHENTICATED'));
    const { rows } = await sql<{ failures: number; wait: number }>`
      select failures, extract(epoch from blocked_until - last_failure_at)::int as wait
      from login_throttle where key = 'address:198.51.100.66'`.execute(database.db);
    expect(rows).toEqual([{ failures: 20, wait: 1 }]);
    // Within the wait (made long: a password check on a busy machine can outlast a second),
    // every further e-mail is refused unchecked and counts nothing.
    await database.db
      .updateTable('login_throttle')
      .set({ blocked_until: sql`now() + interval '5 minutes'` })
      .where('key', '=', 'address:198.51.100.66')
      .execute();
    expect(await spray(20, 30)).toEqual(Array(10).fill('TOO_MANY_REQUESTS'));
    expect(await signIn('sprayed-0@http.example', 'Sommer2026!', '198.51.100.66')).toBe('TOO_MANY_REQUESTS');
    expect(await signIn('sprayed-29@http.example', 'Sommer2026!', '198.51.100.67')).toBe('UNAUTHENTICATED');
  });
});
