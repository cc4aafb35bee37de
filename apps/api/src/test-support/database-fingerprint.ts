import { type DB, IMPORTED_TABLES } from '@mintq/schema';
import { type Kysely, sql } from 'kysely';

/** Tables that hold imported data (import_batches and audit_log record attempts and are left out). */
export const DATA_TABLES = IMPORTED_TABLES;

/** Row count and an md5 over every row's text of each data table: equal fingerprints, equal data. */
export async function fingerprintData(db: Kysely<DB>): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of DATA_TABLES) {
    const { rows } = await sql<{ n: number; digest: string | null }>`
      select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as digest
      from ${sql.table(table)} t`.execute(db);
    result[table] = `${rows[0]?.n}:${rows[0]?.digest ?? '-'}`;
  }
  return result;
}

/** Row counts of the data tables. */
export async function countRows(db: Kysely<DB>): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of DATA_TABLES) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    result[table] = rows[0]?.n ?? 0;
  }
  return result;
}
