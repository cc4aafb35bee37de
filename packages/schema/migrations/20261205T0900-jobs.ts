import { type Kysely, sql } from 'kysely';

// Frozen in time: the job queue as of 2026-12-05; imports nothing from the app.
//
// Work that must happen once however many mintq instances share the database (printing a
// report's PDF, later scheduled reminders) is a row here. An instance claims a row with
// `FOR UPDATE SKIP LOCKED`, so exactly one runs it; a claim expires (`locked_until`) when its
// instance dies, and another takes the job over. (kind, key) is unique: asking for the same
// work twice joins the first request instead of queueing it again.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c.notNull().defaultTo('queued').check(sql`state in ('queued', 'running', 'done', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('run_after', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('error', 'text')
    .addUniqueConstraint('jobs_kind_key', ['kind', 'key'])
    .execute();
  await sql`create index jobs_waiting on jobs (run_after) where state in ('queued', 'running')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('jobs').execute();
}
