import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError } from '../backup/backup-format.js';
import { restoreBackup } from '../backup/restore-backup.js';
import { writeBackup } from '../backup/write-backup.js';
import type { Database } from '../database/database.js';
import { migrateToLatest } from '../database/migrate.js';

/** Opens the configured database, runs a command on it and closes it (run-cli's `withDatabase`). */
export type WithDatabase = (run: (database: Database) => Promise<number>) => Promise<number>;

const KIND = { pglite: 'PGlite', postgres: 'PostgreSQL' } as const;

/** The one file argument of `backup` and `restore`; null (after saying so) when there is not exactly one. */
function fileArgument(command: string, args: string[]): string | null {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length === 1 && positionals[0]) return resolve(positionals[0]);
  console.error(`${command} takes one file: pnpm mintq ${command} <file>`);
  return null;
}

/** `mintq backup <file>`: the whole database, consistent while others write, into one gzip file. */
export async function commandBackup(args: string[], withDatabase: WithDatabase): Promise<number> {
  const file = fileArgument('backup', args);
  if (!file) return 2;
  // A backup never replaces another: yesterday's file may be the only good one.
  if (existsSync(file)) {
    console.error(`${file} exists already: choose another name (e.g. with the date) or remove it first`);
    return 1;
  }
  return withDatabase(async (database) => {
    const summary = await writeBackup(database, file);
    const rows = Object.values(summary.tables).reduce((sum, n) => sum + n, 0);
    console.log(
      `Backed up ${KIND[database.kind]} (migration ${summary.header.migration}): ${rows} rows in ${Object.keys(summary.tables).length} tables, ${summary.bytes} bytes`,
    );
    console.log(`  ${file}`);
    return 0;
  });
}

/**
 * `mintq restore <file>`: into an empty embedded folder or empty PostgreSQL database only.
 * Opened without migrating (the restore migrates to the backup's level itself); the migrations
 * that came after the backup run once its rows are in, as every other command would run them.
 */
export async function commandRestore(args: string[], withDatabase: WithDatabase): Promise<number> {
  const file = fileArgument('restore', args);
  if (!file) return 2;
  // Before opening anything: a mistyped name must not leave a new, empty database folder behind.
  if (!existsSync(file)) {
    console.error(`Nothing was restored: ${file} does not exist`);
    return 1;
  }
  return withDatabase(async (database) => {
    try {
      const summary = await restoreBackup(database, file);
      const applied = await migrateToLatest(database.db);
      const rows = Object.values(summary.tables).reduce((sum, n) => sum + n, 0);
      const { header } = summary;
      console.log(
        `Restored ${rows} rows in ${Object.keys(summary.tables).length} tables and ${summary.sequences} sequences into ${KIND[database.kind]}`,
      );
      console.log(
        `  from the ${KIND[header.databaseKind]} backup of ${header.createdAt} (migration ${header.migration})`,
      );
      if (applied.length > 0) console.log(`  then applied: ${applied.join(', ')}`);
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      console.error(`Nothing was restored: ${error.message}`);
      return 1;
    }
  });
}
