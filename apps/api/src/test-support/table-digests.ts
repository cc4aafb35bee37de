import type { DB } from '@mintq/schema';
import { type Kysely, sql } from 'kysely';

/**
 * Every table of the schema (Kysely's bookkeeping aside) as its row count and an md5 over its
 * rows' full text, generated and trigger-kept columns included, and every sequence's state.
 * Read in UTC, so instants compare by value across servers with other time zones.
 */
export async function digestDatabase(db: Kysely<DB>): Promise<Record<string, string>> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('TimeZone', 'UTC', true)`.execute(trx);
    const { rows: tables } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely%'
      order by table_name`.execute(trx);
    const digest: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await sql<{ n: number; md5: string }>`
        select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5
        from ${sql.table(name)} t`.execute(trx);
      digest[name] = `${rows[0]?.n}:${rows[0]?.md5}`;
    }
    const { rows: sequences } = await sql<{ name: string }>`
      select sequence_name as name from information_schema.sequences
      where sequence_schema = current_schema() order by sequence_name`.execute(trx);
    for (const { name } of sequences) {
      const { rows } = await sql<{ state: string }>`
        select last_value::text || ':' || is_called::text as state from ${sql.table(name)}`.execute(trx);
      digest[`sequence ${name}`] = rows[0]?.state ?? '';
    }
    return digest;
  });
}
