import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { expectGoldenCase, GOLDEN_CASES, goldenScope, goldenViewer } from '../test-support/golden-cases.js';
import { createMetricServices } from '../test-support/metric-services.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { CohortsService } from './cohorts.service.js';

const cases = GOLDEN_CASES.filter((c) => c.query === 'cohortFunnel');

describe.each(testDatabases())('cohorts on $kind', (factory) => {
  let database: Database;
  let service: CohortsService;
  let funderId: (key: string | undefined) => number | null;
  beforeAll(async () => {
    ({ database, funderId } = await createSampleDatabase(factory));
    service = createMetricServices(database).cohorts;
  });
  afterAll(async () => {
    await database?.close();
  });

  it('covers the cohorts cases of expected.json', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s equals expected.json', async (_name, golden) => {
    const attainment = await service.getCohortFunnel(
      goldenViewer(golden, funderId(golden.funder)),
      goldenScope(golden),
    );
    expectGoldenCase(golden, attainment);
  });
});
