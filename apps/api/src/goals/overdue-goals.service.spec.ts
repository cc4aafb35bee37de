import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { ForbiddenError } from '../errors/forbidden.error.js';
import { ScopeRepository } from '../scope/scope.repository.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { parseCsv } from '../test-support/bundle-check.js';
import { createMetricServices } from '../test-support/metric-services.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { GoalsService } from './goals.service.js';
import { OverdueGoalsRepository } from './overdue-goals.repository.js';
import { OverdueGoalsService } from './overdue-goals.service.js';

const viewer = (role: Viewer['role'], funderKey: string | null = null): Viewer => ({
  userId: 0,
  email: `${role.toLowerCase()}@test.example`,
  role,
  funderId: null,
  funderKey,
});

/** Scopes that switch every filter on: cohorts, states, a funder's lines, as-of dates. */
const SCOPES: Record<string, ScopeInput> = {
  'mid 2025': { to: '2025-09-01' },
  'late 2026': { to: '2026-11-01' },
  'one cohort': { cohorts: ['2024-25'], to: '2026-11-01' },
  'two states': { states: ['DE-BY', 'DE-NW'], to: '2026-11-01' },
  "a funder's lines": { funder: 'joachim-herz', to: '2026-11-01' },
  'before any goal is due': { to: '2024-06-01' },
};

/**
 * What the bundle's CSV files say is overdue for the open scope, read without the importer;
 * with the coordinators' names and networks `withNames`.
 */
async function overdueFromBundle(asOf: string, withNames: boolean) {
  const read = async (file: string) => parseCsv(await readFile(join(SAMPLE_BUNDLE, file), 'utf8')).rows;
  const [goals, checkins, enrollments, participants, networks] = await Promise.all([
    read('goals.csv'),
    read('checkins.csv'),
    read('enrollments.csv'),
    read('participants.csv'),
    read('networks.csv'),
  ]);
  const person = (key: string | undefined) => participants.find((p) => p.participant_key === key);
  const networkName = (key: string | undefined) => networks.find((n) => n.network_key === key)?.name;
  const enrolled = new Set(enrollments.map((e) => `${e.participant_key}|${e.cohort_key}`));
  return goals
    .filter((g) => enrolled.has(`${g.participant_key}|${g.cohort_key}`))
    .filter((g) => g.set_on !== undefined && g.set_on <= asOf && g.due_on !== undefined && g.due_on < asOf)
    .filter((g) => !checkins.some((c) => c.goal_key === g.goal_key && (c.checked_on ?? '') <= asOf))
    .map((g) => {
      const dates = checkins.filter((c) => c.goal_key === g.goal_key).map((c) => c.checked_on ?? '');
      const coordinator = person(g.participant_key);
      return {
        goal: g.goal_key,
        participant: g.participant_key,
        displayName: withNames ? coordinator?.display_name || null : null,
        network: withNames ? (networkName(coordinator?.network_key) ?? null) : null,
        cohort: g.cohort_key,
        dueOn: g.due_on,
        level: Number(g.staircase_level),
        lastCheckinOn: dates.length ? dates.sort().at(-1) : null,
      };
    })
    .sort(
      (a, b) =>
        String(a.dueOn).localeCompare(String(b.dueOn)) ||
        String(a.participant).localeCompare(String(b.participant)) ||
        String(a.goal).localeCompare(String(b.goal)),
    );
}

describe.each(testDatabases())('overdue goals on $kind', (factory) => {
  let database: Database;
  let goals: GoalsService;
  let overdue: OverdueGoalsService;
  beforeAll(async () => {
    ({ database } = await createSampleDatabase(factory));
    const scopes = new ScopeService(new ScopeRepository(database), readConfig({}));
    goals = createMetricServices(database).goals;
    overdue = new OverdueGoalsService(scopes, new OverdueGoalsRepository(database));
  });
  afterAll(async () => {
    await database?.close();
  });

  it.each(Object.entries(SCOPES))(
    'lists as many goals as goalAttainment counts overdue (%s)',
    async (_name, scope) => {
      const [list, attainment] = await Promise.all([
        overdue.listOverdueGoals(viewer('PROJECT_LEAD'), scope),
        goals.getGoalAttainment(viewer('PROJECT_LEAD'), scope),
      ]);
      expect(list).toHaveLength(attainment.overdue ?? -1);
      for (const row of list) expect(row.dueOn < (scope.to ?? '')).toBe(true);
      const order = list.map((r) => `${r.dueOn}|${r.participant}|${r.goal}`);
      expect(order).toEqual([...order].sort());
    },
  );

  it('shows a check-in after the as-of date as the last one, and keeps the goal overdue', async () => {
    const asOf = '2025-09-01';
    const [first] = await overdue.listOverdueGoals(viewer('ADMIN'), { to: asOf });
    if (!first) throw new Error('the sample has overdue goals as of 2025-09-01');
    const goal = await database.db
      .selectFrom('goals')
      .select('id')
      .where('key', '=', first.goal)
      .executeTakeFirstOrThrow();
    const later = await database.db
      .insertInto('checkins')
      .values({ goal_id: goal.id, position: 9_999, checked_on: '2025-10-15', gas_level: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    try {
      const list = await overdue.listOverdueGoals(viewer('ADMIN'), { to: asOf });
      expect(list.find((r) => r.goal === first.goal)?.lastCheckinOn).toBe('2025-10-15');
      // As of the check-in's own date it is no longer overdue.
      const after = await overdue.listOverdueGoals(viewer('ADMIN'), { to: '2025-10-15' });
      expect(after.map((r) => r.goal)).not.toContain(first.goal);
    } finally {
      await database.db.deleteFrom('checkins').where('id', '=', later.id).execute();
    }
  });

  // Names and networks for those who follow the goals up; analysts get the keys alone.
  it.each([
    ['2025-09-01', 'ANALYST'],
    ['2026-11-01', 'ANALYST'],
    ['2026-11-01', 'PROJECT_LEAD'],
    ['2026-11-01', 'ADMIN'],
  ] as const)('agrees with the bundle files as of %s for %s', async (asOf, role) => {
    const list = await overdue.listOverdueGoals(viewer(role), { to: asOf });
    expect(list).toEqual(await overdueFromBundle(asOf, role !== 'ANALYST'));
  });

  it('narrows by state and cohort to a subset of the open list', async () => {
    const open = await overdue.listOverdueGoals(viewer('ADMIN'), { to: '2026-11-01' });
    const narrowed = await overdue.listOverdueGoals(viewer('ADMIN'), SCOPES['one cohort']);
    expect(narrowed.length).toBeLessThan(open.length);
    expect(narrowed.every((r) => r.cohort === '2024-25')).toBe(true);
    expect(open.filter((r) => r.cohort === '2024-25')).toEqual(narrowed);
  });

  it('refuses a funder scope: one row is one person and cannot be suppressed', async () => {
    await expect(
      overdue.listOverdueGoals(viewer('FUNDER', 'joachim-herz'), { to: '2026-11-01' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
