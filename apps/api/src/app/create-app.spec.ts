import type { INestApplication } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { openBundleSource } from '../import/bundle-source.js';
import { ImportService } from '../import/import.service.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createApp } from './create-app.js';

describe.each(testDatabases())('the mintq server on $kind', ({ create }) => {
  let database: Database;
  let app: INestApplication;
  let base: string;
  beforeAll(async () => {
    database = await create();
    await new ImportService(database.db).importBundle(await openBundleSource(SAMPLE_BUNDLE));
    app = await createApp(database, readConfig({}));
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers /healthz and /readyz', async () => {
    const live = await fetch(`${base}/healthz`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: database.kind });
  });

  it('answers GraphQL with the imported cohorts and funders', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ cohorts { key label startsOn endsOn } funders { key kind } }' }),
    });
    const body = (await response.json()) as {
      errors?: unknown;
      data: { cohorts: unknown[]; funders: unknown[] };
    };
    expect(body.errors).toBeUndefined();
    expect(body.data.cohorts).toEqual([
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
    expect(body.data.funders).toHaveLength(7);
  });

  it('refuses a GraphQL GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent('{ cohorts { key } }')}`);
    expect(response.status).toBe(400);
  });
});

describe('readiness without a database', () => {
  it('/readyz answers 503 once the database is gone, /healthz still 200', async () => {
    const [factory] = testDatabases();
    const database = await (factory as typeof testDatabases extends () => (infer F)[] ? F : never).create();
    const app = await createApp(database, readConfig({}));
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
