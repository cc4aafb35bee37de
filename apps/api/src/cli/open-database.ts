import type { MintqConfig } from '../config/config.js';
import { acquireDataDirLock, type DataDirLock } from '../database/data-dir-lock.js';
import { type Database, openDatabase } from '../database/database.js';
import { migrateToLatest } from '../database/migrate.js';

export interface OpenOptions {
  /** Apply pending migrations first (all commands but `migrate` itself, which reports them). */
  migrate?: boolean;
  /** Names the command in the embedded folder's lock, for the message a second process gets. */
  command?: string;
}

/** An open database and, on the embedded one, the lock that makes this process its only user. */
export interface OpenedDatabase extends Database {
  lock: DataDirLock | null;
}

/**
 * Opens the configured database. The embedded folder is locked first, so no command ever
 * opens it beside a running `serve` or another command (see data-dir-lock.ts); PostgreSQL
 * needs no such lock. Closing the database releases the lock.
 */
export async function openConfiguredDatabase(
  config: MintqConfig,
  { migrate = true, command = process.argv[2] ?? 'cli' }: OpenOptions = {},
): Promise<OpenedDatabase> {
  const lock = config.databaseUrl ? null : await acquireDataDirLock(config.dataDir, command);
  try {
    const database = await openDatabase(
      config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
    );
    try {
      if (migrate) await migrateToLatest(database.db);
    } catch (error) {
      await database.close();
      throw error;
    }
    // Closed once, whoever asks first (serve's shutdown and the app's database module both do).
    let closing: Promise<void> | undefined;
    const closeOnce = async () => {
      try {
        await database.close();
      } finally {
        lock?.release();
      }
    };
    return { ...database, lock, close: () => (closing ??= closeOnce()) };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** Runs `run` with the configured database open, and closes it (and its lock) afterwards. */
export async function withDatabase<T>(
  config: MintqConfig,
  run: (database: Database) => Promise<T>,
  options: OpenOptions = {},
): Promise<T> {
  const database = await openConfiguredDatabase(config, options);
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

export function describeDatabase(config: MintqConfig): string {
  return config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
}
