import { type Kysely, sql } from 'kysely';

// Frozen in time: the coordinators' own area, as of 2026-12-05; imports nothing from the app.
//
// - users: a PARTICIPANT user is one coordinator (`participant_id`) and sees only their own data.
// - goals: what should change, the expected outcome for each GAS level −2…+2 (written before the
//   work starts, frozen after the first check-in), a version counted up by every change made in
//   the app, and `app_edited_at`: the last change made in the app (null: as imported). An import
//   refuses to overwrite a row changed in the app unless told to.
// - checkins / activities: `app_entered_at` marks rows entered in the app; an activity's
//   `app_edited_at` its last change there. `initiatives.added_by` names the coordinator who added it.
// - cohorts.activity_edit_days: how long a coordinator may edit or delete an activity they
//   entered, set by the project lead per cohort.
// - entry_history: every change made in the app, and every app entry an import overwrote,
//   with the values before and after; project leads read it.
// - reminders: each reminder mail once (`key` is unique); a job in `jobs` sends it.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table users drop constraint users_role`.execute(db);
  await sql`alter table users add constraint users_role check (role in ('admin', 'project_lead', 'analyst', 'funder', 'participant'))`.execute(
    db,
  );
  await db.schema
    .alterTable('users')
    .addColumn('participant_id', 'integer', (c) => c.references('participants.id'))
    .execute();
  await sql`alter table users add constraint users_participant check ((role = 'participant') = (participant_id is not null))`.execute(
    db,
  );
  await sql`create unique index users_participant on users (participant_id) where participant_id is not null`.execute(
    db,
  );

  await db.schema
    .alterTable('goals')
    .addColumn('description', 'text')
    .addColumn('level_minus_2', 'text')
    .addColumn('level_minus_1', 'text')
    .addColumn('level_0', 'text')
    .addColumn('level_plus_1', 'text')
    .addColumn('level_plus_2', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
    .addColumn('app_edited_at', 'timestamptz')
    .execute();
  await db.schema.alterTable('checkins').addColumn('app_entered_at', 'timestamptz').execute();
  await db.schema
    .alterTable('activities')
    .addColumn('app_entered_at', 'timestamptz')
    .addColumn('app_edited_at', 'timestamptz')
    .execute();
  await db.schema
    .alterTable('initiatives')
    .addColumn('added_by', 'integer', (c) => c.references('participants.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('cohorts')
    .addColumn('activity_edit_days', 'integer', (c) =>
      c.notNull().defaultTo(14).check(sql`activity_edit_days between 0 and 366`),
    )
    .execute();

  await db.schema
    .createTable('entry_history')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('app', 'import')`))
    .addColumn('participant_id', 'integer', (c) =>
      c.notNull().references('participants.id').onDelete('cascade'),
    )
    .addColumn('entity', 'text', (c) =>
      c.notNull().check(sql`entity in ('goal', 'checkin', 'activity', 'initiative')`),
    )
    .addColumn('entity_key', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('created', 'updated', 'deleted')`))
    .addColumn('version', 'integer')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .execute();
  await db.schema
    .createIndex('entry_history_participant')
    .on('entry_history')
    .columns(['participant_id', 'at'])
    .execute();
  await db.schema
    .createIndex('entry_history_entity')
    .on('entry_history')
    .columns(['entity', 'entity_key', 'at'])
    .execute();

  await db.schema
    .createTable('reminders')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('goal_due_soon', 'goal_overdue', 'set_goal', 'log_activity')`),
    )
    .addColumn('participant_id', 'integer', (c) =>
      c.notNull().references('participants.id').onDelete('cascade'),
    )
    .addColumn('goal_id', 'integer', (c) => c.references('goals.id').onDelete('cascade'))
    .addColumn('message', 'text')
    .addColumn('send_after', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('mail_id', 'integer', (c) => c.references('mail_outbox.id'))
    .addColumn('sent_at', 'timestamptz')
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('cancel_reason', 'text')
    .execute();
  await db.schema
    .createIndex('reminders_participant')
    .on('reminders')
    .columns(['participant_id', 'send_after'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reminders').execute();
  await db.schema.dropTable('entry_history').execute();
  await db.schema.alterTable('cohorts').dropColumn('activity_edit_days').execute();
  await db.schema.alterTable('initiatives').dropColumn('added_by').execute();
  await db.schema.alterTable('activities').dropColumn('app_entered_at').dropColumn('app_edited_at').execute();
  await db.schema.alterTable('checkins').dropColumn('app_entered_at').execute();
  await db.schema
    .alterTable('goals')
    .dropColumn('description')
    .dropColumn('level_minus_2')
    .dropColumn('level_minus_1')
    .dropColumn('level_0')
    .dropColumn('level_plus_1')
    .dropColumn('level_plus_2')
    .dropColumn('version')
    .dropColumn('app_edited_at')
    .execute();
  await sql`delete from users where role = 'participant'`.execute(db);
  await sql`drop index users_participant`.execute(db);
  await sql`alter table users drop constraint users_participant`.execute(db);
  await db.schema.alterTable('users').dropColumn('participant_id').execute();
  await sql`alter table users drop constraint users_role`.execute(db);
  await sql`alter table users add constraint users_role check (role in ('admin', 'project_lead', 'analyst', 'funder'))`.execute(
    db,
  );
}
