import { afterAll, beforeAll } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeRepository } from '../scope/scope.repository.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { createSampleDatabase } from './sample-database.js';
import type { TestDatabaseFactory } from './test-databases.js';

/** An administrator: every scope is open to it, and nothing is suppressed. */
export const TEST_ADMIN: Viewer = {
  userId: 0,
  email: 'admin@test.example',
  role: 'ADMIN',
  funderId: null,
  funderKey: null,
};

/** The sample database of a describe block; read its fields in tests and hooks, once it is open. */
export interface SampleSuite {
  database: Database;
  /** A funder's id by key (null for none or an unknown one). */
  funderId(key: string | undefined): number | null;
  /** The scope {@link TEST_ADMIN} asking with `input` gets. */
  scope(input: ScopeInput): Promise<ResolvedScope>;
}

/**
 * For the specs of repositories and services that read the sample data: a migrated database
 * of the factory's kind holding the sample bundle, opened before the describe block's tests
 * (before its own `beforeAll` hooks, which may use it) and closed after them.
 */
export function useSampleDatabase(factory: TestDatabaseFactory): SampleSuite {
  const suite = {} as SampleSuite;
  beforeAll(async () => {
    const { database, funderId } = await createSampleDatabase(factory);
    const scopes = new ScopeService(new ScopeRepository(database), readConfig({}));
    Object.assign(suite, {
      database,
      funderId,
      scope: (input: ScopeInput) => scopes.resolve(TEST_ADMIN, input),
    } satisfies SampleSuite);
  });
  afterAll(async () => {
    await suite.database?.close();
  });
  return suite;
}
