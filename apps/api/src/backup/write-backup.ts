import type { DB } from '@mintq/schema';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../database/database.js';
import { createBackupWriter } from './backup-file.js';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, type BackupHeader } from './backup-format.js';
import { appliedMigrations, readSequences, readTables } from './schema-catalog.js';
import { useCanonicalText } from './text-settings.js';

/** Rows fetched per round trip: enough to keep the database busy, few enough to stay small in memory. */
const FETCH_ROWS = 2_000;

export interface BackupSummary {
  header: BackupHeader;
  /** Rows per table, in the order written. */
  tables: Record<string, number>;
  bytes: number;
}

/**
 * Writes a backup of the whole database (backup-format.ts) to `file`. Everything is read in one
 * REPEATABLE READ, read-only transaction: one snapshot, so the backup is consistent (every
 * enrollment's participant is in it) while imports and sign-ins go on writing.
 */
export async function writeBackup(database: Database, file: string): Promise<BackupSummary> {
  const writer = createBackupWriter(file);
  try {
    const summary = await database.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        await useCanonicalText(trx);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          migration: await migrationLevel(trx),
          createdAt: await snapshotInstant(trx),
          databaseKind: database.kind,
          serverVersion: await serverVersion(trx),
        };
        await writer.write(header);
        const tables: Record<string, number> = {};
        for (const table of await readTables(trx)) {
          const { rows } = await sql<{ n: number }>`
            select count(*)::int as n from ${sql.table(table.name)}`.execute(trx);
          const count = rows[0]?.n ?? 0;
          const columns = table.columns.map((c) => c.name);
          await writer.write({ table: table.name, columns, rows: count });
          const written = await writeRows(trx, table.name, columns, table.orderBy, writer.write);
          // Inside one snapshot the two cannot differ; if they do, the file must not pass as whole.
          if (written !== count) throw new Error(`${table.name}: counted ${count} rows but read ${written}`);
          tables[table.name] = count;
        }
        for (const name of await readSequences(trx)) {
          const { rows } = await sql<{ last_value: string; is_called: boolean }>`
            select last_value::text, is_called from ${sql.table(name)}`.execute(trx);
          const row = rows[0];
          if (row) await writer.write({ sequence: name, lastValue: row.last_value, isCalled: row.is_called });
        }
        const total = Object.values(tables).reduce((sum, n) => sum + n, 0);
        await writer.write({ end: true, tables: Object.keys(tables).length, rows: total });
        return { header, tables };
      });
    return { ...summary, bytes: await writer.finish() };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/** Streams a table's rows through a cursor, each as PostgreSQL's JSON array of its columns' text. */
async function writeRows(
  trx: Transaction<DB>,
  table: string,
  columns: string[],
  orderBy: string[],
  write: (line: string) => Promise<void>,
): Promise<number> {
  const values = sql.join(columns.map((c) => sql`${sql.ref(c)}::text`));
  const order = sql.join(orderBy.map((c) => sql.ref(c)));
  await sql`
    declare mintq_backup_rows no scroll cursor for
    select to_json(array[${values}])::text as line from ${sql.table(table)} order by ${order}`.execute(trx);
  let written = 0;
  for (;;) {
    const { rows } = await sql<{ line: string }>`
      fetch forward ${sql.raw(String(FETCH_ROWS))} from mintq_backup_rows`.execute(trx);
    for (const row of rows) await write(row.line);
    written += rows.length;
    if (rows.length < FETCH_ROWS) break;
  }
  await sql`close mintq_backup_rows`.execute(trx);
  return written;
}

async function migrationLevel(db: Kysely<DB>): Promise<string> {
  const applied = await appliedMigrations(db);
  const latest = applied.at(-1);
  if (!latest) throw new BackupError('the database holds no mintq schema: there is nothing to back up');
  return latest;
}

/** When the snapshot was taken (the transaction's start), as an ISO instant. */
async function snapshotInstant(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ at: Date }>`select transaction_timestamp() as at`.execute(db);
  return new Date(rows[0]?.at ?? Date.now()).toISOString();
}

async function serverVersion(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ server_version: string }>`show server_version`.execute(db);
  return rows[0]?.server_version ?? '';
}
