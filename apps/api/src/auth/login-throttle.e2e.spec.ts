import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../database/database.js';
import type { ScratchPostgres } from '../database/scratch-database.js';
import { type MintqProcess, mintqEnv, runMintq, startMintq } from '../test-support/mintq-process.js';
import { createScratchPostgresUrl } from '../test-support/test-databases.js';

/**
 * The sign-in throttle is shared by every mintq process on one PostgreSQL and survives a
 * restart: two real `serve` processes take turns answering one attacker, then a new one.
 */
const url = process.env.TEST_DATABASE_URL;
if (!url && process.env.CI === 'true')
  throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI');

const EMAIL = 'guarded@instances.example';
const PASSWORD = 'two processes share one throttle';
const KEY = `account:${EMAIL}`;

async function login(instance: MintqProcess, password: string) {
  const response = await fetch(`${instance.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: EMAIL, p: password },
    }),
  });
  const body = (await response.json()) as {
    data?: { login?: { token: string } };
    errors?: { extensions?: { code?: string; reason?: string; retryAfterSeconds?: number } }[];
  };
  return body.errors?.[0]?.extensions ?? { code: body.data?.login?.token ? 'SIGNED_IN' : 'NOTHING' };
}

describe.skipIf(!url)('sign-in throttling across mintq processes on one PostgreSQL', () => {
  let scratch: ScratchPostgres;
  let database: Database;
  let instances: MintqProcess[] = [];
  let env: NodeJS.ProcessEnv;

  const throttleRow = () =>
    sql<{ failures: number; wait: number | null; waiting: boolean }>`
      select failures, extract(epoch from blocked_until - last_failure_at)::int as wait,
        coalesce(blocked_until > now(), false) as waiting
      from login_throttle where key = ${KEY}`
      .execute(database.db)
      .then((r) => r.rows[0]);
  const setWait = (interval: string) =>
    sql`update login_throttle set blocked_until = now() + ${interval}::interval where key = ${KEY}`.execute(
      database.db,
    );

  beforeAll(async () => {
    scratch = await createScratchPostgresUrl(url as string);
    env = mintqEnv({ DATABASE_URL: scratch.url });
    const added = await runMintq(
      ['user', 'add', '--email', EMAIL, '--password', PASSWORD, '--role', 'analyst'],
      env,
    );
    if (added.code !== 0) throw new Error(added.output);
    database = await openDatabase({ url: scratch.url });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()));
    await database?.close();
    await scratch?.drop();
  });

  it('counts failures on either process together, and each refuses while the other set a wait', async () => {
    instances = await Promise.all([startMintq(env), startMintq(env)]);
    const [a, b] = instances as [MintqProcess, MintqProcess];
    const answers = [];
    for (const instance of [a, b, a, b, a]) answers.push((await login(instance, 'a wrong guess')).code);
    expect(answers).toEqual(Array(5).fill('UNAUTHENTICATED'));
    // Three failures on one process and two on the other: one count of five, and the wait began.
    expect(await throttleRow()).toMatchObject({ failures: 5, wait: 1 });

    // However slow this machine, the wait is still on when each process is asked.
    await setWait('5 minutes');
    for (const instance of [b, a])
      expect(await login(instance, PASSWORD)).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        reason: 'LOGIN_THROTTLED',
        retryAfterSeconds: expect.any(Number),
      });
    expect((await throttleRow())?.failures).toBe(5);
  }, 180_000);

  it('keeps the count and the wait across a restart', async () => {
    await Promise.all(instances.map((i) => i.stop()));
    const restarted = await startMintq(env);
    instances = [restarted];
    expect(await login(restarted, PASSWORD)).toMatchObject({ code: 'TOO_MANY_REQUESTS' });

    await setWait('-1 second');
    expect((await login(restarted, 'another wrong guess')).code).toBe('UNAUTHENTICATED');
    // The sixth failure doubles the wait the fifth set before the restart.
    expect(await throttleRow()).toMatchObject({ failures: 6, wait: 2 });

    await setWait('-1 second');
    expect((await login(restarted, PASSWORD)).code).toBe('SIGNED_IN');
    expect(await throttleRow()).toBeUndefined();
  }, 180_000);
});
