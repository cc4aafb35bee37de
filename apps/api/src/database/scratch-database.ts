import type pg from 'pg';

/**
 * Drops database `name` once its connections are gone (waiting up to five seconds), then with
 * force. A pool's `end()` can return while a connection is still saying goodbye; dropping with
 * force at that moment ends it with 57P01, which its pool reports as an unhandled error.
 */
export async function dropDatabaseWhenIdle(admin: pg.Client, name: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const { rows } = await admin.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where datname = $1',
      [name],
    );
    if ((rows[0]?.n ?? 0) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await admin.query(`drop database if exists ${name} with (force)`);
}
