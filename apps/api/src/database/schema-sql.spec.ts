import { readFile } from 'node:fs/promises';
import { dumpSchema } from '@mintq/schema/schema-sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../test-support/test-databases.js';
import type { Database } from './database.js';
import { SCHEMA_SQL_COMMAND, SCHEMA_SQL_FILE } from './schema-sql-file.js';

describe.each(testDatabases())('the committed schema (packages/schema/schema.sql) on $kind', ({ create }) => {
  let database: Database;
  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => {
    await database?.close();
  });

  it(`is what the migrations build; run \`${SCHEMA_SQL_COMMAND}\` after adding one`, async () => {
    const committed = await readFile(SCHEMA_SQL_FILE, 'utf8').catch(() => '(missing)');
    expect(committed, `packages/schema/schema.sql is stale: run \`${SCHEMA_SQL_COMMAND}\``).toBe(
      await dumpSchema(database.db),
    );
  });
});
