import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { openBundleSource } from '../import/bundle-source.js';
import { ImportService } from '../import/import.service.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { testDatabases } from '../test-support/test-databases.js';
import {
  createTestUser,
  startTestServer,
  TEST_JWT_SECRET,
  type TestServer,
} from '../test-support/test-server.js';
import { createApp } from './create-app.js';

describe.each(testDatabases())('the mintq server on $kind', ({ create }) => {
  let database: Database;
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    database = await create();
    await new ImportService(database.db).importBundle(await openBundleSource(SAMPLE_BUNDLE));
    const analyst = await createTestUser(database.db, { email: 'analyst@example.org', role: 'analyst' });
    server = await startTestServer(database);
    token = await server.login(analyst.email, analyst.password);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers /healthz and /readyz without a session', async () => {
    const live = await fetch(`${server.base}/healthz`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${server.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: database.kind });
  });

  it('answers GraphQL with the imported cohorts and funders', async () => {
    const { body } = await server.graphql<{ cohorts: unknown[]; funders: unknown[] }>(
      '{ cohorts { key label startsOn endsOn } funders { key kind } }',
      { token },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.cohorts).toEqual([
      {
        key: '2023-24',
        label: 'Qualifizierungsdurchgang 2023/24',
        startsOn: '2023-11-15',
        endsOn: '2024-05-23',
      },
      {
        key: '2024-25',
        label: 'Qualifizierungsdurchgang 2024/25',
        startsOn: '2024-11-15',
        endsOn: '2025-05-23',
      },
    ]);
    expect(body.data?.funders).toHaveLength(7);
  });

  it('refuses a GraphQL GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${server.base}/graphql?query=${encodeURIComponent('{ cohorts { key } }')}`);
    expect(response.status).toBe(400);
  });
});

describe('readiness without a database', () => {
  it('/readyz answers 503 once the database is gone, /healthz still 200', async () => {
    const [factory] = testDatabases();
    const database = await (factory as typeof testDatabases extends () => (infer F)[] ? F : never).create();
    const app = await createApp(
      database,
      readConfig({ MINTQ_JWT_SECRET: TEST_JWT_SECRET, MINTQ_LOG_LEVEL: 'silent' }),
    );
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    try {
      await database.db.destroy();
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await app.close().catch(() => undefined);
    }
  });
});
