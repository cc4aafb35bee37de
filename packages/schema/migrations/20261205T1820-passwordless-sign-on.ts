import { type Kysely, sql } from 'kysely';

// Frozen in time: a user who signs in with their organisation's account (single sign-on)
// becomes active without ever setting a password, and needs none. So any user may lack a
// password; a missing one matches no password at sign-in.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table users drop constraint users_password`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table users add constraint users_password check (password_hash is not null or status in ('invited', 'deactivated'))`.execute(
    db,
  );
}
