import { type Kysely, sql } from 'kysely';

// Frozen in time: activity links without copies of their activity, as of 2026-12-05; imports
// nothing from the app.
//
// 20261125T1800 gave each activity link its activity's multiplier, date and month, so reach
// could count initiatives from the links alone. Reach has read the activities' bitmaps
// (20261125T2000) since, and nothing reads the copies any more; they were still written by the
// importer, kept by a trigger on every change of an activity, indexed and backed up. They go,
// with their index and the trigger. `activities` holds the multiplier and the date, as before.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop trigger activities_links_follow on activities`.execute(db);
  await sql`drop function activity_links_follow()`.execute(db);
  await sql`drop index activity_initiatives_participant_date`.execute(db);
  await sql`
    alter table activity_initiatives
      drop column occurred_month,
      drop column participant_id,
      drop column occurred_on`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table activity_initiatives add column participant_id integer, add column occurred_on date`.execute(
    db,
  );
  await sql`
    update activity_initiatives l set participant_id = a.participant_id, occurred_on = a.occurred_on
    from activities a where a.id = l.activity_id`.execute(db);
  await sql`
    alter table activity_initiatives
      alter column participant_id set not null,
      alter column occurred_on set not null,
      add column occurred_month date generated always as (date_trunc('month', occurred_on::timestamp)::date) stored`.execute(
    db,
  );
  await sql`create index activity_initiatives_participant_date on activity_initiatives (participant_id, occurred_on)`.execute(
    db,
  );
  await sql`
    create function activity_links_follow() returns trigger language plpgsql as $$
    begin
      update activity_initiatives set participant_id = new.participant_id, occurred_on = new.occurred_on
      where activity_id = new.id;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger activities_links_follow after update of participant_id, occurred_on on activities
    for each row when (old.participant_id is distinct from new.participant_id or old.occurred_on is distinct from new.occurred_on)
    execute function activity_links_follow()`.execute(db);
}
