import { vi } from 'vitest';
import { type Database, openDatabase } from '../database/database.js';

/** Collects what a command prints (console.log and console.error) until `vi.restoreAllMocks()`. */
export function captureOutput(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(args.join(' ')));
  return { out, err };
}

/** Opens the database a command's environment names (DATABASE_URL or MINTQ_DATA_DIR), runs `read`, closes it. */
export async function readDatabaseOf<T>(
  env: NodeJS.ProcessEnv,
  read: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(
    env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.MINTQ_DATA_DIR as string },
  );
  try {
    return await read(database);
  } finally {
    await database.close();
  }
}
