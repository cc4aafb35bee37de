import type { DB } from '@mintq/schema';
import { migrations } from '@mintq/schema/migrations';
import { type Kysely, Migrator } from 'kysely';
import { BackupError } from './backup-format.js';
import { appliedMigrations } from './schema-catalog.js';

/** Whether this mintq knows a migration (a backup from a newer mintq names one it does not). */
export function isKnownMigration(name: string): boolean {
  return Object.hasOwn(migrations, name);
}

/**
 * Brings a target up to exactly the backup's migration, not further: the backup's rows fit
 * that schema. Migrations after it run once the rows are in (as on the source, had it stayed).
 * A target that is already further along cannot take the rows, so it is refused.
 */
export async function migrateToLevel(db: Kysely<DB>, level: string): Promise<void> {
  const latest = (await appliedMigrations(db)).at(-1);
  if (latest !== undefined && latest > level)
    throw new BackupError(
      `the target database is at migration ${latest}, newer than the backup's ${level}: restore into an empty folder or a new, unmigrated database`,
    );
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateTo(level);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
