import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A PostgreSQL database made for one test file or benchmark run, next to the admin URL's one. */
export interface ScratchPostgres {
  name: string;
  url: string;
  /** Drops the database once its connections are gone (close its pools first). */
  drop(): Promise<void>;
  /** Drops the database now, ending its connections (e.g. on Ctrl-C). */
  forceDrop(): Promise<void>;
}

/** Creates an empty database named `<prefix>_<random>` beside the one `adminUrl` names. */
export async function createScratchPostgres(adminUrl: string, prefix: string): Promise<ScratchPostgres> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withAdmin(adminUrl, (admin) => dropDatabaseWhenIdle(admin, name)),
    forceDrop: () =>
      withAdmin(adminUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`)),
  };
}

async function withAdmin(adminUrl: string, run: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await run(admin);
  } finally {
    await admin.end();
  }
}

/**
 * Drops database `name` once its connections are gone (waiting up to five seconds), then with
 * force. A pool's `end()` can return while a connection is still saying goodbye; dropping with
 * force at that moment ends it with 57P01, which its pool reports as an unhandled error.
 */
async function dropDatabaseWhenIdle(admin: pg.Client, name: string): Promise<void> {
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
