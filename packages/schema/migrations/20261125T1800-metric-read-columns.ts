import { type Kysely, sql } from 'kysely';

/**
 * Copies that the metric queries read instead of joining row-level tables per request:
 *
 * - `activity_initiatives.participant_id` / `occurred_on`: the activity's multiplier and date on
 *   each of its links, so reach counts initiatives from one narrow table (no activity join).
 *   The importer writes them with the link; a trigger follows later changes of an activity.
 * - `occurred_month` on both: the month of `occurred_on`, generated.
 * - `responses.item_ids` / `answer_values`: a response's answers as two parallel arrays (by
 *   item id), so survey outcomes read one row per response instead of its ~30 answer rows.
 *   Kept by statement triggers on `answers`, whoever writes them.
 *
 * `answers` and `activities` stay the source of truth; these columns are derived from them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table activity_initiatives add column participant_id integer, add column occurred_on date`.execute(
    db,
  );
  await sql`
    update activity_initiatives ai set participant_id = a.participant_id, occurred_on = a.occurred_on
    from activities a where a.id = ai.activity_id`.execute(db);
  await sql`
    alter table activity_initiatives
      alter column participant_id set not null,
      alter column occurred_on set not null`.execute(db);
  // The month as a stored date: grouping by month is the heart of the monthly series, and
  // date_trunc on a date goes through timestamptz (time-zone rules) on every row.
  for (const table of ['activities', 'activity_initiatives']) {
    await sql
      .raw(
        `alter table ${table} add column occurred_month date generated always as (date_trunc('month', occurred_on::timestamp)::date) stored`,
      )
      .execute(db);
  }
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

  await sql`
    alter table responses
      add column item_ids integer[] not null default '{}',
      add column answer_values smallint[] not null default '{}'`.execute(db);
  // One function for inserts, updates and deletes: recompute the vectors of the responses the
  // statement touched (transition tables hold its rows), in bulk, once per statement.
  await sql`
    create function responses_refresh_answer_vectors() returns trigger language plpgsql as $$
    begin
      update responses r
      set item_ids = coalesce(v.item_ids, '{}'), answer_values = coalesce(v.answer_values, '{}')
      from (
        select t.response_id, x.item_ids, x.answer_values
        from (select distinct response_id from changed_answers) t
        left join lateral (
          select array_agg(a.item_id order by a.item_id) as item_ids,
                 array_agg(a.value order by a.item_id) as answer_values
          from answers a where a.response_id = t.response_id
        ) x on true
      ) v
      where r.id = v.response_id;
      return null;
    end $$`.execute(db);
  for (const [event, table] of [
    ['insert', 'new table'],
    ['update', 'new table'],
    ['delete', 'old table'],
  ] as const) {
    await sql
      .raw(
        `create trigger answers_vectors_${event} after ${event} on answers referencing ${table} as changed_answers
         for each statement execute function responses_refresh_answer_vectors()`,
      )
      .execute(db);
  }
  await sql`
    update responses r set item_ids = v.item_ids, answer_values = v.answer_values
    from (
      select response_id, array_agg(item_id order by item_id) as item_ids, array_agg(value order by item_id) as answer_values
      from answers group by response_id
    ) v
    where r.id = v.response_id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const event of ['insert', 'update', 'delete']) {
    await sql.raw(`drop trigger answers_vectors_${event} on answers`).execute(db);
  }
  await sql`drop function responses_refresh_answer_vectors()`.execute(db);
  await sql`alter table responses drop column item_ids, drop column answer_values`.execute(db);
  await sql`drop trigger activities_links_follow on activities`.execute(db);
  await sql`drop function activity_links_follow()`.execute(db);
  await sql`drop index activity_initiatives_participant_date`.execute(db);
  await sql`alter table activity_initiatives drop column occurred_month, drop column participant_id, drop column occurred_on`.execute(
    db,
  );
  await sql`alter table activities drop column occurred_month`.execute(db);
}
