import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../test-support/test-databases.js';
import type { Database } from './database.js';
import { migrateToLatest } from './migrate.js';

describe.each(testDatabases())('database on $kind', ({ create }) => {
  let database: Database;
  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('has every table of the data model after migrating', async () => {
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(
      database.db,
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual([
      'activities',
      'activity_initiatives',
      'answers',
      'audit_log',
      'checkins',
      'cohorts',
      'enrollments',
      'entry_history',
      'funder_releases',
      'funder_report_files',
      'funder_reports',
      'funders',
      'fundings',
      'goals',
      'import_batches',
      'initiatives',
      'instruments',
      'items',
      'jobs',
      'login_throttle',
      'mail_outbox',
      'networks',
      'participants',
      'person_erasures',
      'programs',
      'reminders',
      'responses',
      'sessions',
      'user_tokens',
      'users',
      'waves',
    ]);
  });

  it('migrating again applies nothing', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('returns dates as the strings that were stored, whatever the time zone', async () => {
    const { rows } = await sql<{ d: string; n: string; c: number }>`
      select date '2024-02-29' as d, 12.50::numeric(14,2) as n, count(*) as c from (values (1), (2)) v(x)`.execute(
      database.db,
    );
    expect(rows[0]).toEqual({ d: '2024-02-29', n: '12.50', c: 2 });
  });

  it('passes JS arrays as PostgreSQL arrays, nulls included', async () => {
    const { rows } = await sql<{ k: string | null; v: number | null }>`
      select * from unnest(${['a', null, 'c']}::text[], ${[1, 2, null]}::int[]) as t(k, v)`.execute(
      database.db,
    );
    expect(rows).toEqual([
      { k: 'a', v: 1 },
      { k: null, v: 2 },
      { k: 'c', v: null },
    ]);
  });

  it('enforces the enums and ranges with check constraints', async () => {
    await expect(
      database.db
        .insertInto('funders')
        .values({ key: 'x', name: 'X', kind: 'bank' as never })
        .execute(),
    ).rejects.toThrow(/funders_kind/);
    await expect(
      database.db
        .insertInto('networks')
        .values({ key: 'n', name: 'N', state_code: 'DE-XX', kind: null })
        .execute(),
    ).rejects.toThrow(/networks_state/);
    await expect(
      database.db.insertInto('programs').values({ key: 'bad key', name: 'P' }).execute(),
    ).rejects.toThrow(/programs_key_format/);
  });

  it('treats a funding line without a state as one line (nulls not distinct)', async () => {
    const db = database.db;
    const program = await db
      .insertInto('programs')
      .values({ key: 'p', name: 'P' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const funder = await db
      .insertInto('funders')
      .values({ key: 'f', name: 'F', kind: 'foundation' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const cohort = await db
      .insertInto('cohorts')
      .values({
        key: 'c',
        program_id: program.id,
        label: 'C',
        starts_on: '2024-11-15',
        ends_on: '2025-05-23',
        transfer_workshop_on: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const line = { funder_id: funder.id, cohort_id: cohort.id, state_code: null, amount_eur: 100 };
    await db.insertInto('fundings').values(line).execute();
    await expect(db.insertInto('fundings').values(line).execute()).rejects.toThrow(/fundings_line/);
  });
});

// A server that ends an idle connection (restart, administrator) must not end mintq: the pool
// drops that connection and the next query gets a new one.
describe.runIf(process.env.TEST_DATABASE_URL)(
  'a PostgreSQL pool whose idle connection the server ends',
  () => {
    it('keeps the process running and answers the next query', async () => {
      const database = await testDatabases()
        .find((factory) => factory.kind === 'postgres')
        ?.create();
      if (!database) throw new Error('no PostgreSQL test database');
      try {
        const pid = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
        const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
        await admin.connect();
        try {
          await admin.query('select pg_terminate_backend($1)', [pid.rows[0]?.pid]);
        } finally {
          await admin.end();
        }
        // Let the idle client receive the server's goodbye (57P01) before the next query.
        await new Promise((resolve) => setTimeout(resolve, 200));
        const after = await sql<{ one: number }>`select 1 as one`.execute(database.db);
        expect(after.rows).toEqual([{ one: 1 }]);
      } finally {
        await database.close();
      }
    });
  },
);
