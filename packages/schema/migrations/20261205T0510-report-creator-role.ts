import { type Kysely, sql } from 'kysely';

// Frozen in time: the creator's role on funder reports, as of 2026-12-05; imports nothing from the app.
//
// A report's snapshot names who made it by role (`ADMIN`, `PROJECT_LEAD`), never by e-mail:
// the e-mail stays in `created_by` for the audit, but a funder downloads the snapshot. Stored
// reports are append-only, so their rows are not updated: the check holds for rows inserted
// from now on (`not valid`), and a report stored before reads its creator's role from `users`
// (ADMIN where there is no user row: the command line stands for the operator).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('funder_reports').addColumn('created_by_role', 'text').execute();
  await sql`
    alter table funder_reports add constraint funder_reports_created_by_role
    check (created_by_role is not null and created_by_role in ('ADMIN', 'PROJECT_LEAD')) not valid`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('funder_reports').dropConstraint('funder_reports_created_by_role').execute();
  await db.schema.alterTable('funder_reports').dropColumn('created_by_role').execute();
}
