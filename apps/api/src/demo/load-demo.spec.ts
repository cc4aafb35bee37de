import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password.js';
import { CatalogRepository } from '../catalog/catalog.repository.js';
import { CatalogResolver } from '../catalog/catalog.resolver.js';
import { CatalogService } from '../catalog/catalog.service.js';
import type { Database } from '../database/database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { DEMO_LOGINS, isDatabaseEmpty, loadDemo } from './load-demo.js';

describe.each(testDatabases())('demo data on $kind', ({ create }) => {
  let database: Database;
  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('loads through the importer into an empty database, with the demo sign-ins', async () => {
    expect(await isDatabaseEmpty(database.db)).toBe(true);
    const report = await loadDemo(database.db, { withLogins: true });
    expect(report.ok).toBe(true);
    expect(report.batchId).not.toBeNull();
    expect(await isDatabaseEmpty(database.db)).toBe(false);
    const users = await database.db
      .selectFrom('users')
      .select(['email', 'password_hash'])
      .orderBy('email')
      .execute();
    expect(users.map((u) => u.email)).toEqual(DEMO_LOGINS.map((l) => l.email).sort());
    expect(await verifyPassword('mintq-demo', users[0]?.password_hash ?? '')).toBe(true);
  });

  it('holds the programme as described: six cohorts, 28 graduates in 2024/25, 2025/26 running, all 16 states', async () => {
    const { rows: cohorts } = await sql<{ key: string; completed: number; enrolled: number }>`
      select c.key, count(*) filter (where e.status = 'completed')::int as completed,
             count(*) filter (where e.status = 'enrolled')::int as enrolled
      from cohorts c join enrollments e on e.cohort_id = c.id group by c.key order by c.key`.execute(
      database.db,
    );
    expect(cohorts.map((c) => c.key)).toEqual([
      '2020-21',
      '2021-22',
      '2022-23',
      '2023-24',
      '2024-25',
      '2025-26',
    ]);
    expect(cohorts.find((c) => c.key === '2024-25')?.completed).toBe(28);
    expect(cohorts.find((c) => c.key === '2025-26')).toMatchObject({ completed: 0 });
    const { rows: states } = await sql<{ n: number; networks: number }>`
      select count(distinct state_code)::int as n, count(*)::int as networks from networks`.execute(
      database.db,
    );
    expect(states[0]?.n).toBe(16);
    expect(states[0]?.networks).toBeGreaterThanOrEqual(140);
    const funders = await database.db.selectFrom('funders').select('key').execute();
    expect(funders).toHaveLength(7);
    const stateLines = await database.db
      .selectFrom('fundings')
      .select('id')
      .where('state_code', 'is not', null)
      .execute();
    expect(stateLines.length).toBeGreaterThan(0);
  });

  it('answers the waves query with the demo waves, as an unfiltered GraphQL query asks for them', async () => {
    const resolver = new CatalogResolver(
      new CatalogService(new CatalogRepository(database), { suppressionK: 5 }),
    );
    const waves = await resolver.waves(undefined, undefined);
    expect(new Set(waves.map((w) => w.cohort))).toEqual(
      new Set(['2020-21', '2021-22', '2022-23', '2023-24', '2024-25', '2025-26']),
    );
    expect(waves.some((w) => w.responses > 0)).toBe(true);
  });

  it('loading it again changes nothing', async () => {
    const report = await loadDemo(database.db, { withLogins: false });
    expect(Object.values(report.inserted).every((n) => n === 0)).toBe(true);
    expect(Object.values(report.updated).every((n) => n === 0)).toBe(true);
  });
});
