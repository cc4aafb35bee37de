import type { Database } from '../database/database.js';
import { openBundleSource } from '../import/bundle-source.js';
import { ImportService } from '../import/import.service.js';
import { SAMPLE_BUNDLE } from './sample-bundle.js';
import type { TestDatabaseFactory } from './test-databases.js';

/** A fresh database of the factory's kind holding the sample bundle, and the funders' ids. */
export async function createSampleDatabase(factory: TestDatabaseFactory) {
  const database: Database = await factory.create();
  const source = await openBundleSource(SAMPLE_BUNDLE);
  const report = await new ImportService(database.db).importBundle(source);
  if (!report.ok) throw new Error(`sample bundle rejected: ${report.errors.join('; ')}`);
  const funders = await database.db.selectFrom('funders').select(['id', 'key']).execute();
  const funderIds = new Map(funders.map((f) => [f.key, f.id]));
  return {
    database,
    funderId: (key: string | undefined) => (key === undefined ? null : (funderIds.get(key) ?? null)),
  };
}
