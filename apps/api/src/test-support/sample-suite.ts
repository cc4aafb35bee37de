import type { StoredRole } from '@mintq/contract';
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
import { createTestUser, startTestServer, type TestServer } from './test-server.js';

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

/** A user of {@link useSampleServer}: signed in as `tokens[name]`. */
export interface SampleUser {
  name: string;
  role: StoredRole;
  funderKey: string | null;
  /** The participant a `participant` user is (a coordinator), by key. */
  participantKey?: string | null;
}

/** The sample server of a describe block; read its fields in tests, once it is up. */
export interface SampleServer {
  database: Database;
  server: TestServer;
  /** A bearer token per user name. */
  tokens: Record<string, string>;
}

/**
 * For the specs that ask over HTTP: mintq serving the sample database of the factory's kind,
 * with each user created and signed in (e-mail `<name>@<domain>`), started before the describe
 * block's tests and stopped after them.
 */
export function useSampleServer(
  factory: TestDatabaseFactory,
  users: readonly SampleUser[],
  domain = 'sample.example',
): SampleServer {
  const suite = { tokens: {} } as SampleServer;
  beforeAll(async () => {
    ({ database: suite.database } = await createSampleDatabase(factory));
    suite.server = await startTestServer(suite.database);
    for (const user of users) {
      const created = await createTestUser(suite.database.db, { ...user, email: `${user.name}@${domain}` });
      suite.tokens[user.name] = await suite.server.login(created.email, created.password);
    }
  }, 180_000);
  afterAll(async () => {
    await suite.server?.close();
    await suite.database?.close();
  }, 180_000);
  return suite;
}
