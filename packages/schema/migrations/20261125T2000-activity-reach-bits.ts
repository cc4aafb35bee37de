import { type Kysely, sql } from 'kysely';

// Frozen in time: reach bitmaps as of 2026-11-25; imports nothing from the app.
//
// Reach counts distinct initiatives over hundreds of thousands of activity links, per month,
// cumulatively and per state. Grouping those links per request cost most of a reach query.
// Each activity now carries the set of initiatives it reached as a bitmap (bit i = initiative
// id i) and the states of those initiatives as a 16-bit mask, so reach ORs one bitmap per
// activity instead of grouping its links: a union of sets is a bitwise OR, its size a
// bit count. Initiatives number in the thousands (hundreds of bytes per bitmap).
//
// `activity_initiatives`, `initiatives.network_id` and `networks.state_code` stay the source of
// truth: statement triggers recompute the bits of the activities a change touches, whoever
// writes.

/** The states in code order; bit i of `state_bits` is the i-th (as the 16 codes of DOMAIN.md). */
const STATES = [
  'DE-BB',
  'DE-BE',
  'DE-BW',
  'DE-BY',
  'DE-HB',
  'DE-HE',
  'DE-HH',
  'DE-MV',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SH',
  'DE-SL',
  'DE-SN',
  'DE-ST',
  'DE-TH',
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table activities
      add column initiative_bits bit varying not null default B'',
      add column state_bits integer not null default 0`.execute(db);

  await sql
    .raw(
      `create function state_bit(code text) returns integer language sql immutable parallel safe
       return 1 << (array_position(array[${STATES.map((s) => `'${s}'`).join(', ')}], code) - 1)`,
    )
    .execute(db);

  // Bitmaps of one refresh share one width (the highest initiative id + 1); readers cast to the
  // width of the day, which pads with zeros, so older, shorter bitmaps stay valid.
  await sql`
    create function activities_refresh_reach_bits(activity_ids integer[]) returns void language sql as $$
      with changed as (select distinct id from unnest(activity_ids) as t(id)),
      blank as (select repeat('0', coalesce(max(id), 0) + 1)::bit varying as bits from initiatives),
      computed as (
        select l.activity_id,
               bit_or(set_bit(b.bits, l.initiative_id, 1)) as initiative_bits,
               bit_or(state_bit(n.state_code)) as state_bits
        from changed c
        join activity_initiatives l on l.activity_id = c.id
        join initiatives i on i.id = l.initiative_id
        join networks n on n.id = i.network_id
        cross join blank b
        group by l.activity_id
      )
      update activities a
      set initiative_bits = coalesce(v.initiative_bits, B''), state_bits = coalesce(v.state_bits, 0)
      from changed c left join computed v on v.activity_id = c.id
      where a.id = c.id
        and (a.initiative_bits, a.state_bits)
          is distinct from (coalesce(v.initiative_bits, B''), coalesce(v.state_bits, 0))
    $$`.execute(db);

  // Links: the activities of the statement's rows (both sides of an update).
  await sql`
    create function activity_links_refresh_bits() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform activities_refresh_reach_bits(array(select activity_id from new_links));
      elsif tg_op = 'DELETE' then
        perform activities_refresh_reach_bits(array(select activity_id from old_links));
      else
        perform activities_refresh_reach_bits(
          array(select activity_id from new_links union select activity_id from old_links));
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger activity_links_bits_insert after insert on activity_initiatives
    referencing new table as new_links for each statement execute function activity_links_refresh_bits()`.execute(
    db,
  );
  await sql`
    create trigger activity_links_bits_delete after delete on activity_initiatives
    referencing old table as old_links for each statement execute function activity_links_refresh_bits()`.execute(
    db,
  );
  await sql`
    create trigger activity_links_bits_update after update on activity_initiatives
    referencing old table as old_links new table as new_links
    for each statement execute function activity_links_refresh_bits()`.execute(db);

  // An initiative moved to another network, or a network to another state: its activities'
  // state masks change.
  await sql`
    create function initiatives_refresh_reach_bits() returns trigger language plpgsql as $$
    begin
      perform activities_refresh_reach_bits(array(
        select l.activity_id
        from new_rows n join old_rows o on o.id = n.id
        join activity_initiatives l on l.initiative_id = n.id
        where n.network_id is distinct from o.network_id));
      return null;
    end $$`.execute(db);
  await sql`
    create trigger initiatives_reach_bits after update on initiatives
    referencing old table as old_rows new table as new_rows
    for each statement execute function initiatives_refresh_reach_bits()`.execute(db);
  await sql`
    create function networks_refresh_reach_bits() returns trigger language plpgsql as $$
    begin
      perform activities_refresh_reach_bits(array(
        select l.activity_id
        from new_rows n join old_rows o on o.id = n.id
        join initiatives i on i.network_id = n.id
        join activity_initiatives l on l.initiative_id = i.id
        where n.state_code is distinct from o.state_code));
      return null;
    end $$`.execute(db);
  await sql`
    create trigger networks_reach_bits after update on networks
    referencing old table as old_rows new table as new_rows
    for each statement execute function networks_refresh_reach_bits()`.execute(db);

  await sql`select activities_refresh_reach_bits(array(select id from activities))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger networks_reach_bits on networks`.execute(db);
  await sql`drop function networks_refresh_reach_bits()`.execute(db);
  await sql`drop trigger initiatives_reach_bits on initiatives`.execute(db);
  await sql`drop function initiatives_refresh_reach_bits()`.execute(db);
  for (const event of ['insert', 'delete', 'update']) {
    await sql.raw(`drop trigger activity_links_bits_${event} on activity_initiatives`).execute(db);
  }
  await sql`drop function activity_links_refresh_bits()`.execute(db);
  await sql`drop function activities_refresh_reach_bits(integer[])`.execute(db);
  await sql`drop function state_bit(text)`.execute(db);
  await sql`alter table activities drop column initiative_bits, drop column state_bits`.execute(db);
}
