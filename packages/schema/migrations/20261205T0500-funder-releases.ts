import type { Kysely } from 'kysely';

// Frozen in time: funder releases as of 2026-12-05; imports nothing from the app.
//
// A release holds every answer a funder may get (docs/privacy.md), suppressed jointly and
// audited. It is built once per funder, data version (newest import batch), cap month, k and
// release logic version, and read by the funder's queries and reports. `answers` is the JSON
// text of the published answers (no people counts in it); `audit` what the audit found.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('funder_releases')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('funder_id', 'integer', (c) => c.notNull().references('funders.id'))
    .addColumn('data_version', 'integer', (c) => c.notNull())
    .addColumn('cap', 'text', (c) => c.notNull())
    .addColumn('k', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('passed', 'boolean', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('audit', 'text', (c) => c.notNull())
    .addColumn('built_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('funder_releases_key', ['funder_id', 'data_version', 'cap', 'k', 'version'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('funder_releases').execute();
}
