import { type Kysely, sql } from 'kysely';

// Frozen in time: response answers as text, as of 2026-11-25; imports nothing from the app.
//
// Survey outcomes read the answers of tens of thousands of responses per request. They came
// from the arrays `responses.item_ids` / `answer_values` (20261125T1800), turned into text per
// request, which cost a third of the query. The response now keeps that text itself,
// `{item id,…}{value,…}` ordered by item id, written by the same statement triggers on `answers`
// (whoever writes them); the arrays, read by nothing else, go.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table responses add column answers_text text not null default '{}{}'`.execute(db);
  await sql`
    create or replace function responses_refresh_answer_vectors() returns trigger language plpgsql as $$
    begin
      update responses r
      set answers_text = coalesce(v.answers_text, '{}{}')
      from (
        select t.response_id, x.answers_text
        from (select distinct response_id from changed_answers) t
        left join lateral (
          select array_agg(a.item_id order by a.item_id)::text
                 || array_agg(a.value order by a.item_id)::text as answers_text
          from answers a where a.response_id = t.response_id
        ) x on true
      ) v
      where r.id = v.response_id and r.answers_text is distinct from coalesce(v.answers_text, '{}{}');
      return null;
    end $$`.execute(db);
  await sql`update responses set answers_text = item_ids::text || answer_values::text`.execute(db);
  await sql`alter table responses drop column item_ids, drop column answer_values`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table responses
      add column item_ids integer[] not null default '{}',
      add column answer_values smallint[] not null default '{}'`.execute(db);
  await sql`
    create or replace function responses_refresh_answer_vectors() returns trigger language plpgsql as $$
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
  await sql`
    update responses r set item_ids = v.item_ids, answer_values = v.answer_values
    from (
      select response_id, array_agg(item_id order by item_id) as item_ids, array_agg(value order by item_id) as answer_values
      from answers group by response_id
    ) v
    where r.id = v.response_id`.execute(db);
  await sql`alter table responses drop column answers_text`.execute(db);
}
