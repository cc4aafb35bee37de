import { type Kysely, sql } from 'kysely';

// Frozen in time: funder reports as of 2026-12-01; imports nothing from the app.
//
// A report is a frozen snapshot: `content` holds the canonical JSON exactly as hashed (text,
// not jsonb, because jsonb would reorder keys and reformat numbers, and the bytes must stay
// the ones `content_hash` fingerprints). Its PDF and XLSX are rendered on first download and
// stored in `funder_report_files`: Chromium and exceljs embed creation dates, so rendering
// again would give other bytes. Both tables are append-only, enforced by triggers.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('funder_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('funder_id', 'integer', (c) => c.notNull().references('funders.id'))
    .addColumn('from', 'date', (c) => c.notNull())
    .addColumn('to', 'date', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('suppression_k', 'integer', (c) => c.notNull())
    .addColumn('definitions_version', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('funder_reports_language', sql`language in ('de', 'en')`)
    .addCheckConstraint('funder_reports_period', sql`"from" <= "to"`)
    .addCheckConstraint('funder_reports_hash', sql`content_hash ~ '^[0-9a-f]{64}$'`)
    .execute();
  await db.schema
    .createIndex('funder_reports_funder_created')
    .on('funder_reports')
    .columns(['funder_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('funder_report_files')
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('funder_reports.id'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('funder_report_files_pk', ['report_id', 'format'])
    .addCheckConstraint('funder_report_files_format', sql`format in ('pdf', 'xlsx')`)
    .execute();

  // What a funder received must never change: no UPDATE, no DELETE, not even by a later bug.
  await sql`
    create function funder_reports_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'funder reports are immutable: % on % is not allowed', tg_op, tg_table_name;
    end
    $$`.execute(db);
  for (const table of ['funder_reports', 'funder_report_files']) {
    await sql`
      create trigger ${sql.raw(`${table}_append_only`)}
      before update or delete on ${sql.table(table)}
      for each row execute function funder_reports_append_only()`.execute(db);
  }
}
