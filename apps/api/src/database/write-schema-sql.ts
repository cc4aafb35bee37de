import { writeFile } from 'node:fs/promises';
import { dumpSchema } from '@mintq/schema/schema-sql';
import { openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';
import { SCHEMA_SQL_FILE } from './schema-sql-file.js';

// `pnpm --filter @mintq/schema schema:dump`: migrates a fresh embedded database in memory and
// writes its schema to packages/schema/schema.sql.
const database = await openDatabase({ memory: true });
try {
  await migrateToLatest(database.db);
  await writeFile(SCHEMA_SQL_FILE, await dumpSchema(database.db));
} finally {
  await database.close();
}
console.log(`Wrote ${SCHEMA_SQL_FILE}`);
