import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password.js';
import { CatalogRepository } from '../catalog/catalog.repository.js';
import { CatalogResolver } from '../catalog/catalog.resolver.js';
import { CatalogService } from '../catalog/catalog.service.js';
import type { Database } from '../database/database.js';
import { goalProgress } from '../my-entries/goal-progress.js';
import { todayInBerlin } from '../scope/scope.service.js';
import { testDatabases } from '../test-support/test-databases.js';
import { DEMO_COORDINATOR_COHORT, DEMO_COORDINATORS } from './coordinators.js';
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
    expect(users.map((u) => u.email)).toEqual(
      [...DEMO_LOGINS, ...DEMO_COORDINATORS].map((l) => l.email).sort(),
    );
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

  it('has a coordinator sign-in for each state of completion today, with goals as the app makes them', async () => {
    const today = todayInBerlin();
    const coordinators = await database.db
      .selectFrom('users as u')
      .innerJoin('participants as p', 'p.id', 'u.participant_id')
      .innerJoin('enrollments as e', 'e.participant_id', 'p.id')
      .innerJoin('cohorts as c', 'c.id', 'e.cohort_id')
      .select(['u.email', 'u.role', 'u.status', 'p.id', 'p.key', 'c.key as cohort', 'e.status as enrollment'])
      .orderBy('u.email')
      .execute();
    expect(coordinators).toHaveLength(DEMO_COORDINATORS.length);
    const states: string[] = [];
    for (const c of coordinators) {
      expect(c).toMatchObject({
        role: 'participant',
        status: 'active',
        cohort: DEMO_COORDINATOR_COHORT,
        enrollment: 'enrolled',
      });
      const goals = await database.db
        .selectFrom('goals')
        .selectAll()
        .where('participant_id', '=', c.id)
        .execute();
      const expected = DEMO_COORDINATORS.find((d) => d.email === c.email)?.state;
      if (goals.length === 0) {
        states.push('NONE');
        expect(expected).toBe('NONE');
        continue;
      }
      expect(goals).toHaveLength(1);
      const goal = goals[0] as (typeof goals)[number];
      expect(goal.key).toBe(`${c.key}-goal-1`);
      // Everything the goal form asks for, and the app's mark.
      for (const column of [
        'description',
        'method',
        'level_minus_2',
        'level_minus_1',
        'level_0',
        'level_plus_1',
        'level_plus_2',
      ] as const)
        expect(goal[column]?.length ?? 0, column).toBeGreaterThan(10);
      expect(goal.app_edited_at).not.toBeNull();
      const checkins = await database.db
        .selectFrom('checkins')
        .select(['checked_on', 'app_entered_at'])
        .where('goal_id', '=', goal.id)
        .execute();
      expect(checkins.every((k) => k.app_entered_at !== null && String(k.checked_on) <= today)).toBe(true);
      const state = goalProgress(
        { dueOn: String(goal.due_on), checkinDates: checkins.map((k) => String(k.checked_on)) },
        today,
      );
      expect(state, c.email).toBe(expected);
      states.push(state);
    }
    expect(states.sort()).toEqual(['CHECKED', 'DUE', 'INTERIM', 'NONE', 'OVERDUE', 'SET']);

    // Activities entered in the app, some still within the cohort's edit window, one initiative added by them.
    const { rows: activities } = await sql<{ open: number; all: number; added: number }>`
      select count(*) filter (where a.app_entered_at > now() - make_interval(days => c.activity_edit_days))::int as open,
             count(*)::int as all,
             (select count(*)::int from initiatives where added_by is not null) as added
      from activities a join users u on u.participant_id = a.participant_id
      join enrollments e on e.participant_id = a.participant_id join cohorts c on c.id = e.cohort_id
      where a.app_entered_at is not null`.execute(database.db);
    expect(activities[0]?.open).toBeGreaterThan(0);
    expect(activities[0]?.all).toBeGreaterThan(activities[0]?.open ?? 0);
    expect(activities[0]?.added).toBe(2);
    // Every entry is in the history project leads read.
    const history = await database.db
      .selectFrom('entry_history')
      .select(({ fn }) => ['entity', fn.countAll<number>().as('n')])
      .groupBy('entity')
      .orderBy('entity')
      .execute();
    expect(history.map((h) => [h.entity, Number(h.n)])).toEqual([
      ['activity', 7],
      ['checkin', 4],
      ['goal', 6],
      ['initiative', 2],
    ]);
  });

  it('loading it again changes nothing', async () => {
    const report = await loadDemo(database.db, { withLogins: false });
    expect(Object.values(report.inserted).every((n) => n === 0)).toBe(true);
    expect(Object.values(report.updated).every((n) => n === 0)).toBe(true);
  });
});
