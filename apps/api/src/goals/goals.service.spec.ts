import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { ScopeRepository } from '../scope/scope.repository.js';
import { ScopeService } from '../scope/scope.service.js';
import { expectGolden, GOLDEN_CASES, goldenViewer, toContractShape } from '../test-support/golden-cases.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { GoalsRepository } from './goals.repository.js';
import { GoalsService } from './goals.service.js';

const cases = GOLDEN_CASES.filter((c) => c.query === 'goalAttainment');

describe.each(testDatabases())('goals on $kind', (factory) => {
  let database: Database;
  let service: GoalsService;
  let funderId: (key: string | undefined) => number | null;
  beforeAll(async () => {
    ({ database, funderId } = await createSampleDatabase(factory));
    service = new GoalsService(
      new ScopeService(new ScopeRepository(database), readConfig({})),
      new GoalsRepository(database),
    );
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
      golden.scope,
    );
    expectGolden(toContractShape(attainment), golden.expected);
  });
});
