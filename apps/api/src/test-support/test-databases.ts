import { type Database, type DatabaseKind, openDatabase } from '../database/database.js';
import { migrateToLatest } from '../database/migrate.js';
import { createScratchPostgres, type ScratchPostgres } from '../database/scratch-database.js';

export interface TestDatabaseFactory {
  kind: DatabaseKind;
  /** A fresh, migrated, empty database of its own; `close` drops it again. */
  create(): Promise<Database>;
}

/**
 * The databases every database test runs on: PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set. In CI a missing TEST_DATABASE_URL is an error, never a skip.
 */
export function testDatabases(): TestDatabaseFactory[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI === 'true') {
    throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI');
  }
  const factories: TestDatabaseFactory[] = [{ kind: 'pglite', create: createPgliteDatabase }];
  if (url) factories.push({ kind: 'postgres', create: () => createMigratedScratch(url) });
  return factories;
}

async function createPgliteDatabase(): Promise<Database> {
  const database = await openDatabase({ memory: true });
  await migrateToLatest(database.db);
  return database;
}

/** A new, empty PostgreSQL database next to the admin URL's one; `drop` removes it again. */
export function createScratchPostgresUrl(adminUrl: string): Promise<ScratchPostgres> {
  return createScratchPostgres(adminUrl, `mintq_test_${process.pid}`);
}

/** Each test file gets its own database: parallel files must not see each other's rows. */
async function createMigratedScratch(adminUrl: string): Promise<Database> {
  const scratch = await createScratchPostgresUrl(adminUrl);
  const database = await openDatabase({ url: scratch.url });
  await migrateToLatest(database.db);
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}
