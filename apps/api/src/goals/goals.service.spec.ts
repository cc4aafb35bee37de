import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { expectGoldenCase, GOLDEN_CASES, goldenScope, goldenViewer } from '../test-support/golden-cases.js';
import { createMetricServices } from '../test-support/metric-services.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { GoalsService } from './goals.service.js';

const cases = GOLDEN_CASES.filter((c) => c.query === 'goalAttainment');

describe.each(testDatabases())('goals on $kind', (factory) => {
  let database: Database;
  let service: GoalsService;
  let funderId: (key: string | undefined) => number | null;
  beforeAll(async () => {
    ({ database, funderId } = await createSampleDatabase(factory));
    service = createMetricServices(database).goals;
  });
  afterAll(async () => {
    await database?.close();
  });

  it('covers the goals cases of expected.json', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s equals expected.json', async (_name, golden) => {
    const attainment = await service.getGoalAttainment(
      goldenViewer(golden, funderId(golden.funder)),
      goldenScope(golden),
    );
    expectGoldenCase(golden, attainment);
  });
});
