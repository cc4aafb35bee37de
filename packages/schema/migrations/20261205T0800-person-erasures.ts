import { type Kysely, sql } from 'kysely';

// Frozen in time: the register of erased people, as of 2026-12-05; imports nothing from the app.
//
// Erasing a person (GDPR Art. 17) removes their roster row and everything that belongs to them;
// what stays is this row: who erased whom (by pseudonymous key, which the operator needs to
// prove the erasure and to spot the key coming back with an old bundle), when, and how many
// rows went. `import_batch_id` is the batch that records the change of data: funder releases
// are built per data version (the newest imported batch), so the erasure moves it on.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('person_erasures')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('erased_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('participant_key', 'text', (c) => c.notNull())
    .addColumn('removed', 'jsonb', (c) => c.notNull())
    .addColumn('import_batch_id', 'integer', (c) => c.notNull().references('import_batches.id'))
    .execute();
  await db.schema
    .createIndex('person_erasures_key')
    .on('person_erasures')
    .column('participant_key')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person_erasures').execute();
}
