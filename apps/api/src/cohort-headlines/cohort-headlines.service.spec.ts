import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import type { Database } from '../database/database.js';
import { ReachRepository } from '../reach/reach.repository.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { createMetricServices } from '../test-support/metric-services.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { CohortHeadlinesRepository, headlinesOf, REACH_HEADLINES } from './cohort-headlines.repository.js';
import { CohortHeadlinesService } from './cohort-headlines.service.js';

const LEAD: Viewer = {
  userId: 0,
  email: 'lead@test.example',
  role: 'PROJECT_LEAD',
  funderId: null,
  funderKey: null,
};

/** Scopes that switch on each filter the per-cohort SQL has to honour. */
const SCOPES: Record<string, ScopeInput> = {
  open: {},
  'as of mid 2025': { to: '2025-09-01' },
  'a period': { from: '2025-01-01', to: '2025-12-31' },
  'two states': { states: ['DE-BY', 'DE-NW'] },
  "a funder's lines": { funder: 'aqtivator' },
};

describe.each(testDatabases())('cohort headlines on $kind', (factory) => {
  let database: Database;
  let metrics: ReturnType<typeof createMetricServices>;
  let headlines: CohortHeadlinesService;
  let funderId: (key: string | undefined) => number | null;
  beforeAll(async () => {
    ({ database, funderId } = await createSampleDatabase(factory));
    metrics = createMetricServices(database);
    const repository = new CohortHeadlinesRepository(database, new ReachRepository(database));
    headlines = new CohortHeadlinesService(metrics.scopes, repository, metrics.releases);
  });
  afterAll(async () => {
    await database?.close();
  });

  /** Each cohort's entry against `reach` and `goalAttainment` asked for that cohort alone. */
  async function expectEqualsSingleCohorts(viewer: Viewer, scope: ScopeInput): Promise<void> {
    const side = await headlines.byCohort(viewer, scope);
    const resolved = await metrics.scopes.resolve(viewer, scope);
    expect(side.map((c) => c.cohort)).toEqual(resolved.cohortKeys);
    expect(side.length).toBeGreaterThan(1);
    for (const entry of side) {
      const one = { ...scope, cohorts: [entry.cohort] };
      const [reach, goals] = await Promise.all([
        metrics.reach.getReach(viewer, one),
        metrics.goals.getGoalAttainment(viewer, one),
      ]);
      expect(entry.reach).toEqual(headlinesOf(reach, REACH_HEADLINES));
      expect(entry.goals.goals).toBe(goals.goals);
      expect(entry.goals.tScoreParticipants).toBe(goals.tScoreParticipants);
      expect(entry.goals.suppressed).toBe(goals.suppressed);
      for (const key of ['attainmentRate', 'meanTScore'] as const) {
        if (goals[key] === null) expect(entry.goals[key]).toBeNull();
        else expect(entry.goals[key]).toBeCloseTo(goals[key] as number, 9);
      }
    }
  }

  it.each(Object.entries(SCOPES))('equals the single-cohort answers (%s)', async (_name, scope) => {
    await expectEqualsSingleCohorts(LEAD, scope);
  });

  it('gives a funder user its release’s cells, hidden ones hidden', async () => {
    const funder: Viewer = {
      userId: 0,
      email: 'funder@test.example',
      role: 'FUNDER',
      funderId: funderId('aqtivator'),
      funderKey: 'aqtivator',
    };
    await expectEqualsSingleCohorts(funder, {});
  }, 600_000);
});
