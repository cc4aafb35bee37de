import { type Kysely, sql } from 'kysely';

// Frozen in time: accounts for a real deployment, as of 2026-12-05; imports nothing from the app.
//
// - users: an invited user has no password until they set one from the invitation link;
//   `status` says whether they may sign in; `last_sign_in_at` for the user list.
// - sessions: every sign-in is a row, and a token names its session (`sid`), so signing out,
//   deactivating a user and the server's own lifetime cap end a session whatever its token says.
// - user_tokens: single-use links (invitation, password reset), stored only as SHA-256 hashes.
// - mail_outbox: every mail mintq writes; without SMTP it stays here for an admin to pass on.
// - login_throttle: failed sign-ins per account and per client address, shared by every
//   instance on the database and kept across restarts.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table users alter column password_hash drop not null`.execute(db);
  await db.schema
    .alterTable('users')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('active').check(sql`status in ('invited', 'active', 'deactivated')`),
    )
    .addColumn('last_sign_in_at', 'timestamptz')
    .addColumn('invited_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('de').check(sql`language in ('de', 'en')`))
    .execute();
  // Only an invited user may lack a password.
  await sql`alter table users add constraint users_password check (password_hash is not null or status = 'invited')`.execute(
    db,
  );

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('password', 'oidc')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('user_tokens')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('invitation', 'password_reset')`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('user_tokens_user').on('user_tokens').columns(['user_id', 'kind']).execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('mail_outbox_created').on('mail_outbox').column('created_at').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_failure_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('blocked_until', 'timestamptz')
    .execute();
  await db.schema.createIndex('login_throttle_last').on('login_throttle').column('last_failure_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
  await db.schema.dropTable('mail_outbox').execute();
  await db.schema.dropTable('user_tokens').execute();
  await db.schema.dropTable('sessions').execute();
  await sql`alter table users drop constraint users_password`.execute(db);
  await db.schema
    .alterTable('users')
    .dropColumn('language')
    .dropColumn('invited_by')
    .dropColumn('last_sign_in_at')
    .dropColumn('status')
    .execute();
  await sql`alter table users alter column password_hash set not null`.execute(db);
}
