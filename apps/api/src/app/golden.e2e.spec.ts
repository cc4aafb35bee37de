import type { INestApplication } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.js';
import { readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { expectGoldenCase, GOLDEN_CASES } from '../test-support/golden-cases.js';
import { GOLDEN_FUNDERS, goldenDocument, goldenVariables } from '../test-support/golden-documents.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { TEST_JWT_SECRET } from '../test-support/test-server.js';
import { UsersRepository } from '../users/users.repository.js';
import { createApp } from './create-app.js';

const PASSWORD = 'golden-test-password';

describe.each(testDatabases())('every case of expected.json over HTTP on $kind', (factory) => {
  let database: Database;
  let app: INestApplication;
  let base: string;
  const tokens = new Map<string, string>();

  async function post(body: unknown, token?: string) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: Array<{ message: string }>;
    };
  }

  beforeAll(async () => {
    ({ database } = await createSampleDatabase(factory));
    const users = new UsersRepository(database.db);
    const passwordHash = await hashPassword(PASSWORD);
    await users.upsertUser({ email: 'admin@golden.example', passwordHash, role: 'admin', funderKey: null });
    for (const funder of GOLDEN_FUNDERS) {
      await users.upsertUser({
        email: `${funder}@golden.example`,
        passwordHash,
        role: 'funder',
        funderKey: funder,
      });
    }
    app = await createApp(
      database,
      readConfig({ MINTQ_LOG_LEVEL: 'silent', MINTQ_JWT_SECRET: TEST_JWT_SECRET }),
    );
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
    for (const login of ['admin', ...GOLDEN_FUNDERS]) {
      const result = await post({
        query:
          'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        variables: { email: `${login}@golden.example`, password: PASSWORD },
      });
      const token = (result.data?.login as { token?: string } | undefined)?.token;
      if (!token) throw new Error(`login as ${login} failed: ${JSON.stringify(result.errors)}`);
      tokens.set(login, token);
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has a case for every query of the contract', () => {
    expect(new Set(GOLDEN_CASES.map((c) => c.query))).toEqual(
      new Set(['reach', 'cohortFunnel', 'goalAttainment', 'surveyOutcomes', 'eventFeedback']),
    );
  });

  it.each(GOLDEN_CASES.map((c) => [c.name, c] as const))('%s', async (_name, golden) => {
    const token = tokens.get(golden.role === 'FUNDER' ? (golden.funder as string) : 'admin');
    const result = await post({ query: goldenDocument(golden), variables: goldenVariables(golden) }, token);
    expect(result.errors).toBeUndefined();
    expectGoldenCase(golden, result.data?.result);
  });
});
