import { type Kysely, sql } from 'kysely';

// Frozen in time: an invited user who never set a password can be deactivated too (an
// invitation sent to the wrong address, someone who left before starting). Such a user stays
// without a password, so the rule "only an invited user may lack a password" widens to
// "only a user who never set one": invited, or deactivated before setting it.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table users drop constraint users_password`.execute(db);
  await sql`alter table users add constraint users_password check (password_hash is not null or status in ('invited', 'deactivated'))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table users drop constraint users_password`.execute(db);
  await sql`alter table users add constraint users_password check (password_hash is not null or status = 'invited')`.execute(
    db,
  );
}
