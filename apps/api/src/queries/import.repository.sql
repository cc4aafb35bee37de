-- NOTE: This file is generated from the query builders of src/import/import.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- ImportRepository.existingKeysQuery('cohorts', ['2024-25'])
-- $1 = ['2024-25']
select
  "key"
from "cohorts"
where
  "key" = any($1::text[])

-- ImportRepository.erasedParticipantsQuery(['P0001', 'P0002'])
-- $1 = ['P0001', 'P0002']
select
  "participant_key",
  min(erased_at)::date::text as "erased_on"
from "person_erasures"
where
  "participant_key" = any($1::text[])
group by
  "participant_key"

-- ImportRepository.existingEnrollmentsQuery([['P0001', '2024-25']])
-- $1 = ['P0001']
-- $2 = ['2024-25']
select
  p.key as participant_key,
  c.key as cohort_key
from unnest($1::text[], $2::text[]) as s(participant_key, cohort_key)
join participants p on p.key = s.participant_key
join cohorts c on c.key = s.cohort_key
join enrollments e on e.participant_id = p.id and e.cohort_id = c.id

-- ImportRepository.wavesQuery(['sa-2024-25-pre'])
-- $1 = ['sa-2024-25-pre']
select
  "w"."key",
  "i"."key" as "instrument_key",
  "c"."key" as "cohort_key"
from "waves" as "w"
inner join "instruments" as "i" on "i"."id" = "w"."instrument_id"
inner join "cohorts" as "c" on "c"."id" = "w"."cohort_id"
where
  "w"."key" = any($1::text[])

-- ImportRepository.itemsQuery(['selbstanalyse'])
-- $1 = ['selbstanalyse']
select
  "i"."key" as "instrument_key",
  "it"."code",
  "it"."scale_min",
  "it"."scale_max"
from "items" as "it"
inner join "instruments" as "i" on "i"."id" = "it"."instrument_id"
where
  "i"."key" = any($1::text[])

-- ImportRepository.buildUpsert(ENTITY_WRITES.programs.upsert, [[], []], ['name'], false)
-- $1 = []
-- $2 = []
with
  up as (
    insert into programs (key, name)
    select
      s.program_key,
      s.name
    from unnest($1::text[], $2::text[]) as s(program_key, name)
    on conflict (key)
    do update set
      name = excluded.name
    where
      (programs.name) is distinct from (excluded.name)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.funders.upsert, [[], [], []], ['name', 'kind'], false)
-- $1 = []
-- $2 = []
-- $3 = []
with
  up as (
    insert into funders (key, name, kind)
    select
      s.funder_key,
      s.name,
      s.kind
    from unnest($1::text[], $2::text[], $3::text[]) as s(funder_key, name, kind)
    on conflict (key)
    do update set
      name = excluded.name,
      kind = excluded.kind
    where
      (funders.name, funders.kind) is distinct from (excluded.name, excluded.kind)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.cohorts.upsert, [[], [], [], [], [], []], ['program_id', 'label', 'starts_on', 'ends_on', 'transfer_workshop_on'], false)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
-- $6 = []
with
  up as (
    insert into cohorts (key, program_id, label, starts_on, ends_on, transfer_workshop_on)
    select
      s.cohort_key,
      p.id,
      s.label,
      s.starts_on,
      s.ends_on,
      s.transfer_workshop_on
    from unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[], $6::date[]) as s(cohort_key, program_key, label, starts_on, ends_on, transfer_workshop_on)
    join programs p on p.key = s.program_key
    on conflict (key)
    do update set
      program_id = excluded.program_id,
      label = excluded.label,
      starts_on = excluded.starts_on,
      ends_on = excluded.ends_on,
      transfer_workshop_on = excluded.transfer_workshop_on
    where
      (cohorts.program_id, cohorts.label, cohorts.starts_on, cohorts.ends_on, cohorts.transfer_workshop_on) is distinct from (excluded.program_id, excluded.label, excluded.starts_on, excluded.ends_on, excluded.transfer_workshop_on)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.fundings.upsert, [[], [], [], []], ['amount_eur'], false)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
with
  up as (
    insert into fundings (funder_id, cohort_id, state_code, amount_eur)
    select
      f.id,
      c.id,
      s.state_code,
      s.amount_eur
    from unnest($1::text[], $2::text[], $3::text[], $4::numeric[]) as s(funder_key, cohort_key, state_code, amount_eur)
    join funders f on f.key = s.funder_key
    join cohorts c on c.key = s.cohort_key
    on conflict (funder_id, cohort_id, state_code)
    do update set
      amount_eur = excluded.amount_eur
    where
      (fundings.amount_eur) is distinct from (excluded.amount_eur)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.networks.upsert, [[], [], [], []], ['name', 'state_code', 'kind'], false)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
with
  up as (
    insert into networks (key, name, state_code, kind)
    select
      s.network_key,
      s.name,
      s.state_code,
      s.kind
    from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as s(network_key, name, state_code, kind)
    on conflict (key)
    do update set
      name = excluded.name,
      state_code = excluded.state_code,
      kind = excluded.kind
    where
      (networks.name, networks.state_code, networks.kind) is distinct from (excluded.name, excluded.state_code, excluded.kind)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.initiatives.upsert, [[], [], [], []], ['network_id', 'name', 'kind'], false)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
with
  up as (
    insert into initiatives (key, network_id, name, kind)
    select
      s.initiative_key,
      n.id,
      s.name,
      s.kind
    from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as s(initiative_key, network_key, name, kind)
    join networks n on n.key = s.network_key
    on conflict (key)
    do update set
      network_id = excluded.network_id,
      name = excluded.name,
      kind = excluded.kind
    where
      (initiatives.network_id, initiatives.name, initiatives.kind) is distinct from (excluded.network_id, excluded.name, excluded.kind)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.participants.upsert, [[], [], [], []], ['network_id', 'display_name', 'email'], false)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
with
  up as (
    insert into participants (key, network_id, display_name, email)
    select
      s.participant_key,
      n.id,
      s.display_name,
      s.email
    from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as s(participant_key, network_key, display_name, email)
    join networks n on n.key = s.network_key
    on conflict (key)
    do update set
      network_id = excluded.network_id,
      display_name = excluded.display_name,
      email = excluded.email
    where
      (participants.network_id, participants.display_name, participants.email) is distinct from (excluded.network_id, excluded.display_name, excluded.email)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.enrollments.upsert, [[], [], [], [], []], ['status', 'certified_on', 'withdrawn_on'], false)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
with
  up as (
    insert into enrollments (participant_id, cohort_id, status, certified_on, withdrawn_on)
    select
      p.id,
      c.id,
      s.status,
      s.certified_on,
      s.withdrawn_on
    from unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[]) as s(participant_key, cohort_key, status, certified_on, withdrawn_on)
    join participants p on p.key = s.participant_key
    join cohorts c on c.key = s.cohort_key
    on conflict (participant_id, cohort_id)
    do update set
      status = excluded.status,
      certified_on = excluded.certified_on,
      withdrawn_on = excluded.withdrawn_on
    where
      (enrollments.status, enrollments.certified_on, enrollments.withdrawn_on) is distinct from (excluded.status, excluded.certified_on, excluded.withdrawn_on)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.instruments.upsert, [[], [], []], ['name', 'kind'], false)
-- $1 = []
-- $2 = []
-- $3 = []
with
  up as (
    insert into instruments (key, name, kind)
    select
      s.instrument_key,
      s.name,
      s.kind
    from unnest($1::text[], $2::text[], $3::text[]) as s(instrument_key, name, kind)
    on conflict (key)
    do update set
      name = excluded.name,
      kind = excluded.kind
    where
      (instruments.name, instruments.kind) is distinct from (excluded.name, excluded.kind)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.items.upsert, [[], [], [], [], [], [], [], [], []], ['scale_min', 'scale_max', 'dimension', 'text_de', 'text_en', 'reversed', 'role'], false)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
-- $6 = []
-- $7 = []
-- $8 = []
-- $9 = []
with
  up as (
    insert into items (instrument_id, code, scale_min, scale_max, dimension, text_de, text_en, reversed, role)
    select
      i.id,
      s.item_code,
      s.scale_min,
      s.scale_max,
      s.dimension,
      s.text_de,
      s.text_en,
      s.reversed,
      s.role
    from unnest($1::text[], $2::text[], $3::smallint[], $4::smallint[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::text[]) as s(instrument_key, item_code, scale_min, scale_max, dimension, text_de, text_en, reversed, role)
    join instruments i on i.key = s.instrument_key
    on conflict (instrument_id, code)
    do update set
      scale_min = excluded.scale_min,
      scale_max = excluded.scale_max,
      dimension = excluded.dimension,
      text_de = excluded.text_de,
      text_en = excluded.text_en,
      reversed = excluded.reversed,
      role = excluded.role
    where
      (items.scale_min, items.scale_max, items.dimension, items.text_de, items.text_en, items.reversed, items.role) is distinct from (excluded.scale_min, excluded.scale_max, excluded.dimension, excluded.text_de, excluded.text_en, excluded.reversed, excluded.role)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.changedRowsQuery(ENTITY_WRITES.items.upsert, [[], [], [], [], [], [], [], [], []], ['scale_min', 'scale_max', 'dimension', 'text_de', 'text_en', 'reversed', 'role'], ['instrument_key', 'item_code'], 50)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
-- $6 = []
-- $7 = []
-- $8 = []
-- $9 = []
-- $10 = 50
select
  n.key_0,
  n.key_1,
  t.scale_min::text as old_0,
  n.scale_min::text as new_0,
  t.scale_max::text as old_1,
  n.scale_max::text as new_1,
  t.dimension::text as old_2,
  n.dimension::text as new_2,
  t.text_de::text as old_3,
  n.text_de::text as new_3,
  t.text_en::text as old_4,
  n.text_en::text as new_4,
  t.reversed::text as old_5,
  n.reversed::text as new_5,
  t.role::text as old_6,
  n.role::text as new_6
from (
  select
    s.instrument_key::text as key_0,
    s.item_code::text as key_1,
    i.id as instrument_id,
    s.item_code as code,
    s.scale_min as scale_min,
    s.scale_max as scale_max,
    s.dimension as dimension,
    s.text_de as text_de,
    s.text_en as text_en,
    s.reversed as reversed,
    s.role as role
  from unnest($1::text[], $2::text[], $3::smallint[], $4::smallint[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::text[]) as s(instrument_key, item_code, scale_min, scale_max, dimension, text_de, text_en, reversed, role)
  join instruments i on i.key = s.instrument_key
) n
join items t on t.instrument_id = n.instrument_id and t.code = n.code
where
  (t.scale_min, t.scale_max, t.dimension, t.text_de, t.text_en, t.reversed, t.role) is distinct from (n.scale_min, n.scale_max, n.dimension, n.text_de, n.text_en, n.reversed, n.role)
order by
  n.key_0,
  n.key_1
limit $10

-- ImportRepository.buildUpsert(ENTITY_WRITES.waves.upsert, [[], [], [], [], [], []], ['instrument_id', 'cohort_id', 'wave', 'opens_on', 'closes_on'], false)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
-- $6 = []
with
  up as (
    insert into waves (key, instrument_id, cohort_id, wave, opens_on, closes_on)
    select
      s.wave_key,
      i.id,
      c.id,
      s.wave,
      s.opens_on,
      s.closes_on
    from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[]) as s(wave_key, instrument_key, cohort_key, wave, opens_on, closes_on)
    join instruments i on i.key = s.instrument_key
    join cohorts c on c.key = s.cohort_key
    on conflict (key)
    do update set
      instrument_id = excluded.instrument_id,
      cohort_id = excluded.cohort_id,
      wave = excluded.wave,
      opens_on = excluded.opens_on,
      closes_on = excluded.closes_on
    where
      (waves.instrument_id, waves.cohort_id, waves.wave, waves.opens_on, waves.closes_on) is distinct from (excluded.instrument_id, excluded.cohort_id, excluded.wave, excluded.opens_on, excluded.closes_on)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.responses.upsert, [[], [], [], [], []], ['participant_id', 'submitted_at', 'listed_order'], false)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
with
  up as (
    insert into responses (wave_id, response_key, participant_id, submitted_at, listed_order)
    select
      w.id,
      s.response_id,
      p.id,
      s.submitted_at,
      s.listed_order
    from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::integer[]) as s(wave_key, response_id, participant_key, submitted_at, listed_order)
    join waves w on w.key = s.wave_key
    left join participants p on p.key = s.participant_key
    on conflict (wave_id, response_key)
    do update set
      participant_id = excluded.participant_id,
      submitted_at = excluded.submitted_at,
      listed_order = excluded.listed_order
    where
      (responses.participant_id, responses.submitted_at, responses.listed_order) is distinct from (excluded.participant_id, excluded.submitted_at, excluded.listed_order)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.responses.upsert, [[], [], [], [], []], ['participant_id', 'submitted_at', 'listed_order'], true)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
with
  up as (
    insert into responses (wave_id, response_key, participant_id, submitted_at, listed_order)
    select
      w.id,
      s.response_id,
      p.id,
      s.submitted_at,
      s.listed_order
    from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::integer[]) as s(wave_key, response_id, participant_key, submitted_at, listed_order)
    join waves w on w.key = s.wave_key
    left join participants p on p.key = s.participant_key
    on conflict (wave_id, response_key)
    do update set
      participant_id = excluded.participant_id,
      submitted_at = excluded.submitted_at,
      listed_order = excluded.listed_order
    where
      (responses.participant_id, responses.submitted_at, responses.listed_order) is distinct from (excluded.participant_id, excluded.submitted_at, excluded.listed_order)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated,
  coalesce(array_agg(id) filter (where inserted), '{}') as inserted_ids,
  coalesce(array_agg(id) filter (where not inserted), '{}') as updated_ids
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.goals.upsert, [[], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], []], ['participant_id', 'cohort_id', 'title', 'staircase_level', 'set_on', 'due_on', 'indicator', 'method', 'baseline', 'target', 'weight', 'description', 'level_minus_2', 'level_minus_1', 'level_0', 'level_plus_1', 'level_plus_2'], false)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
-- $6 = []
-- $7 = []
-- $8 = []
-- $9 = []
-- $10 = []
-- $11 = []
-- $12 = []
-- $13 = []
-- $14 = []
-- $15 = []
-- $16 = []
-- $17 = []
-- $18 = []
with
  up as (
    insert into goals (key, participant_id, cohort_id, title, staircase_level, set_on, due_on, indicator, method, baseline, target, weight, description, level_minus_2, level_minus_1, level_0, level_plus_1, level_plus_2)
    select
      s.goal_key,
      p.id,
      c.id,
      s.title,
      s.staircase_level,
      s.set_on,
      s.due_on,
      s.indicator,
      s.method,
      s.baseline,
      s.target,
      s.weight,
      s.description,
      s.level_minus_2,
      s.level_minus_1,
      s.level_0,
      s.level_plus_1,
      s.level_plus_2
    from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::smallint[], $6::date[], $7::date[], $8::text[], $9::text[], $10::text[], $11::text[], $12::double precision[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[]) as s(goal_key, participant_key, cohort_key, title, staircase_level, set_on, due_on, indicator, method, baseline, target, weight, description, level_minus_2, level_minus_1, level_0, level_plus_1, level_plus_2)
    join participants p on p.key = s.participant_key
    join cohorts c on c.key = s.cohort_key
    on conflict (key)
    do update set
      participant_id = excluded.participant_id,
      cohort_id = excluded.cohort_id,
      title = excluded.title,
      staircase_level = excluded.staircase_level,
      set_on = excluded.set_on,
      due_on = excluded.due_on,
      indicator = excluded.indicator,
      method = excluded.method,
      baseline = excluded.baseline,
      target = excluded.target,
      weight = excluded.weight,
      description = excluded.description,
      level_minus_2 = excluded.level_minus_2,
      level_minus_1 = excluded.level_minus_1,
      level_0 = excluded.level_0,
      level_plus_1 = excluded.level_plus_1,
      level_plus_2 = excluded.level_plus_2
    where
      (goals.participant_id, goals.cohort_id, goals.title, goals.staircase_level, goals.set_on, goals.due_on, goals.indicator, goals.method, goals.baseline, goals.target, goals.weight, goals.description, goals.level_minus_2, goals.level_minus_1, goals.level_0, goals.level_plus_1, goals.level_plus_2) is distinct from (excluded.participant_id, excluded.cohort_id, excluded.title, excluded.staircase_level, excluded.set_on, excluded.due_on, excluded.indicator, excluded.method, excluded.baseline, excluded.target, excluded.weight, excluded.description, excluded.level_minus_2, excluded.level_minus_1, excluded.level_0, excluded.level_plus_1, excluded.level_plus_2)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.buildUpsert(ENTITY_WRITES.activities.upsert, [[], [], [], [], [], [], []], ['participant_id', 'occurred_on', 'format', 'title', 'educators_reached', 'youth_reached_estimate'], false)
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
-- $6 = []
-- $7 = []
with
  up as (
    insert into activities (key, participant_id, occurred_on, format, title, educators_reached, youth_reached_estimate)
    select
      s.activity_key,
      p.id,
      s.occurred_on,
      s.format,
      s.title,
      s.educators_reached,
      s.youth_reached_estimate
    from unnest($1::text[], $2::text[], $3::date[], $4::text[], $5::text[], $6::integer[], $7::integer[]) as s(activity_key, participant_key, occurred_on, format, title, educators_reached, youth_reached_estimate)
    join participants p on p.key = s.participant_key
    on conflict (key)
    do update set
      participant_id = excluded.participant_id,
      occurred_on = excluded.occurred_on,
      format = excluded.format,
      title = excluded.title,
      educators_reached = excluded.educators_reached,
      youth_reached_estimate = excluded.youth_reached_estimate
    where
      (activities.participant_id, activities.occurred_on, activities.format, activities.title, activities.educators_reached, activities.youth_reached_estimate) is distinct from (excluded.participant_id, excluded.occurred_on, excluded.format, excluded.title, excluded.educators_reached, excluded.youth_reached_estimate)
    returning
      id,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated
from up

-- ImportRepository.createStageQuery(ENTITY_WRITES.checkins.replace.sync)
create temp table stage_checkins (goal_id integer, position integer, checked_on date, gas_level smallint, value text, note text, primary key (goal_id, position)) on commit drop

-- ImportRepository.createStageParentsQuery(ENTITY_WRITES.checkins.replace.sync)
create temp table stage_checkins_parents (id integer primary key) on commit drop

-- ImportRepository.stageQuery(ENTITY_WRITES.checkins.replace.sync, 'parents', [[]])
-- $1 = []
insert into stage_checkins_parents (id)
select
  g.id
from unnest($1::text[]) as s(goal_key)
join goals g on g.key = s.goal_key
on conflict do nothing

-- ImportRepository.stageQuery(ENTITY_WRITES.checkins.replace.sync, 'rows', [[], [], [], [], [], []])
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
-- $6 = []
insert into stage_checkins (goal_id, position, checked_on, gas_level, value, note)
select
  g.id,
  s.position,
  s.checked_on,
  s.gas_level,
  s.value,
  s.note
from unnest($1::text[], $2::integer[], $3::date[], $4::smallint[], $5::text[], $6::text[]) as s(goal_key, position, checked_on, gas_level, value, note)
join goals g on g.key = s.goal_key
on conflict do nothing

-- ImportRepository.upsertStagedQuery(ENTITY_WRITES.checkins.replace.sync)
with
  up as (
    insert into checkins (goal_id, position, checked_on, gas_level, value, note)
    select
      goal_id,
      position,
      checked_on,
      gas_level,
      value,
      note
    from stage_checkins
    on conflict (goal_id, position)
    do update set
      checked_on = excluded.checked_on,
      gas_level = excluded.gas_level,
      value = excluded.value,
      note = excluded.note
    where
      (checkins.checked_on, checkins.gas_level, checkins.value, checkins.note) is distinct from (excluded.checked_on, excluded.gas_level, excluded.value, excluded.note)
    returning
      goal_id as parent,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated,
  coalesce(array_agg(distinct parent), '{}') as changed
from up

-- ImportRepository.deleteUnstagedQuery(ENTITY_WRITES.checkins.replace.sync)
with
  del as (
    delete from checkins t
    where
      t.goal_id in (
        select
          id
        from stage_checkins_parents
      )
      and not exists (
        select
          1
        from stage_checkins n
        where
          n.goal_id = t.goal_id
          and n.position = t.position
      )
    returning
      t.goal_id as parent
  )
select
  count(*)::int as deleted,
  coalesce(array_agg(distinct parent), '{}') as changed
from del

-- ImportRepository.countStagedQuery(ENTITY_WRITES.checkins.replace.sync)
select
  count(*)::int as total
from stage_checkins

-- ImportRepository.dropStageQuery(ENTITY_WRITES.checkins.replace.sync)
drop table stage_checkins

-- ImportRepository.dropStageParentsQuery(ENTITY_WRITES.checkins.replace.sync)
drop table stage_checkins_parents

-- ImportRepository.insertChildrenQuery(ENTITY_WRITES.checkins.replace.sync, [[], [], [], [], [], []])
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
-- $6 = []
insert into checkins (goal_id, position, checked_on, gas_level, value, note)
select
  g.id,
  s.position,
  s.checked_on,
  s.gas_level,
  s.value,
  s.note
from unnest($1::text[], $2::integer[], $3::date[], $4::smallint[], $5::text[], $6::text[]) as s(goal_key, position, checked_on, gas_level, value, note)
join goals g on g.key = s.goal_key

-- ImportRepository.createStageQuery(ENTITY_WRITES.activities.links.sync)
create temp table stage_activity_initiatives (activity_id integer, initiative_id integer, primary key (activity_id, initiative_id)) on commit drop

-- ImportRepository.createStageParentsQuery(ENTITY_WRITES.activities.links.sync)
create temp table stage_activity_initiatives_parents (id integer primary key) on commit drop

-- ImportRepository.stageQuery(ENTITY_WRITES.activities.links.sync, 'parents', [[]])
-- $1 = []
insert into stage_activity_initiatives_parents (id)
select
  a.id
from unnest($1::text[]) as s(activity_key)
join activities a on a.key = s.activity_key
on conflict do nothing

-- ImportRepository.stageQuery(ENTITY_WRITES.activities.links.sync, 'rows', [[], []])
-- $1 = []
-- $2 = []
insert into stage_activity_initiatives (activity_id, initiative_id)
select
  a.id,
  i.id
from unnest($1::text[], $2::text[]) as s(activity_key, initiative_key)
join activities a on a.key = s.activity_key
join initiatives i on i.key = s.initiative_key
on conflict do nothing

-- ImportRepository.upsertStagedQuery(ENTITY_WRITES.activities.links.sync)
with
  up as (
    insert into activity_initiatives (activity_id, initiative_id)
    select
      activity_id,
      initiative_id
    from stage_activity_initiatives
    on conflict (activity_id, initiative_id) do nothing
    returning
      activity_id as parent,
      (xmax = 0) as inserted
  )
select
  count(*) filter (where inserted)::int as inserted,
  count(*) filter (where not inserted)::int as updated,
  coalesce(array_agg(distinct parent), '{}') as changed
from up

-- ImportRepository.deleteUnstagedQuery(ENTITY_WRITES.activities.links.sync)
with
  del as (
    delete from activity_initiatives t
    where
      t.activity_id in (
        select
          id
        from stage_activity_initiatives_parents
      )
      and not exists (
        select
          1
        from stage_activity_initiatives n
        where
          n.activity_id = t.activity_id
          and n.initiative_id = t.initiative_id
      )
    returning
      t.activity_id as parent
  )
select
  count(*)::int as deleted,
  coalesce(array_agg(distinct parent), '{}') as changed
from del

-- ImportRepository.countStagedQuery(ENTITY_WRITES.activities.links.sync)
select
  count(*)::int as total
from stage_activity_initiatives

-- ImportRepository.dropStageQuery(ENTITY_WRITES.activities.links.sync)
drop table stage_activity_initiatives

-- ImportRepository.dropStageParentsQuery(ENTITY_WRITES.activities.links.sync)
drop table stage_activity_initiatives_parents

-- ImportRepository.insertChildrenQuery(ENTITY_WRITES.activities.links.sync, [[], []])
-- $1 = []
-- $2 = []
insert into activity_initiatives (activity_id, initiative_id)
select
  a.id,
  i.id
from unnest($1::text[], $2::text[]) as s(activity_key, initiative_key)
join activities a on a.key = s.activity_key
join initiatives i on i.key = s.initiative_key

-- ImportRepository.responseIdsQuery(db, ['sa-2024-25-pre'])
-- $1 = ['sa-2024-25-pre']
select
  "w"."key",
  "r"."response_key",
  "r"."id"
from "responses" as "r"
inner join "waves" as "w" on "w"."id" = "r"."wave_id"
where
  "w"."key" = any($1::text[])

-- ImportRepository.itemIdsByWaveQuery(db, ['sa-2024-25-pre'])
-- $1 = ['sa-2024-25-pre']
select
  "w"."key",
  "i"."code",
  "i"."id"
from "waves" as "w"
inner join "items" as "i" on "i"."instrument_id" = "w"."instrument_id"
where
  "w"."key" = any($1::text[])

-- ImportRepository.insertBatchQuery(db, batch, '2026-11-25T09:01:30.000Z')
-- $1 = 3
-- $2 = 'projektleitung@mintq.example'
-- $3 = 'bundle.zip'
-- $4 = '2026-11-25T09:00:00.000Z'
-- $5 = '2026-11-25T09:01:30.000Z'
-- $6 = 'imported'
-- $7 = '[{"name":"programs.csv","sha256":"c0ffee","bytes":120}]'
-- $8 = '{"inserted":{"programs":1}}'
-- $9 = '[]'
insert into "import_batches" ("user_id", "actor", "source", "started_at", "finished_at", "outcome", "files", "counts", "errors")
values
  ($1, $2, $3, $4, $5, $6, $7, $8, $9)
returning
  "id"

-- ImportRepository.insertBatchAuditQuery(db, batch, 12)
-- $1 = 3
-- $2 = 'projektleitung@mintq.example'
-- $3 = 'import.imported'
-- $4 = 'import_batch:12'
-- $5 = '{"source":"bundle.zip","errors":0}'
insert into "audit_log" ("user_id", "actor", "action", "subject", "details")
values
  ($1, $2, $3, $4, $5)

-- ImportRepository.vacuumQuery()
vacuum (analyze) enrollments, responses, answers, goals, checkins, activities, activity_initiatives

-- ImportRepository.appEditedRowsQuery(ENTITY_WRITES.activities.upsert, [[], [], [], [], [], [], []], [], ['title'], {"entity":"activity","clear":["app_entered_at","app_edited_at"]}, {"keys":[],"stored":{"column":"initiative_keys","table":"activity_initiatives","parent":"activity_id","to":"initiative_id","linked":"initiatives"}})
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
-- $6 = []
-- $7 = []
-- $8 = []
-- $9 = []
select
  n.line_no as line,
  t.key,
  to_char(coalesce(t.app_edited_at, t.app_entered_at) at time zone 'Europe/Berlin', 'DD.MM.YYYY') as changed_on,
  jsonb_build_object('activity_key', t.key, 'participant_key', (
    select
      key
    from participants
    where
      id = t.participant_id
  ), 'occurred_on', t.occurred_on, 'format', t.format, 'title', t.title, 'educators_reached', t.educators_reached, 'youth_reached_estimate', t.youth_reached_estimate, 'initiative_keys', coalesce((
    select
      jsonb_agg(l.key order by l.key collate "C")
    from activity_initiatives x
    join initiatives l on l.id = x.initiative_id
    where
      x.activity_id = t.id
  ), '[]'::jsonb))::text as before
from (
  select
    s.line_no,
    s.link_keys,
    s.activity_key as key,
    p.id as participant_id,
    s.occurred_on as occurred_on,
    s.format as format,
    s.title as title,
    s.educators_reached as educators_reached,
    s.youth_reached_estimate as youth_reached_estimate
  from unnest($1::text[], $2::text[], $3::date[], $4::text[], $5::text[], $6::integer[], $7::integer[], $8::integer[], $9::text[]) as s(activity_key, participant_key, occurred_on, format, title, educators_reached, youth_reached_estimate, line_no, link_keys)
  join participants p on p.key = s.participant_key
) n
join activities t on t.key = n.key
where
  coalesce(t.app_edited_at, t.app_entered_at) is not null
  and ((t.title) is distinct from (n.title) or coalesce((
    select
      string_agg(l.key, ';' order by l.key collate "C")
    from activity_initiatives x
    join initiatives l on l.id = x.initiative_id
    where
      x.activity_id = t.id
  ), '') is distinct from n.link_keys)
order by
  n.line_no

-- ImportRepository.appEnteredChildrenQuery(ENTITY_WRITES.checkins.replace.sync, 'goals', [[], [], [], [], [], [], []])
-- $1 = []
-- $2 = []
-- $3 = []
-- $4 = []
-- $5 = []
-- $6 = []
-- $7 = []
with
  f as (
    select
      s.*,
      g.id as parent_id
    from unnest($1::text[], $2::integer[], $3::date[], $4::smallint[], $5::text[], $6::text[], $7::integer[]) as s(goal_key, position, checked_on, gas_level, value, note, line_no)
    join goals g on g.key = s.goal_key
  ),
  marked as (
    select
      c.goal_id as parent_id,
      max(c.app_entered_at) as entered
    from checkins c
    where
      c.goal_id in (
        select
          parent_id
        from f
      )
      and c.app_entered_at is not null
    group by
      c.goal_id
  )
select
  (
    select
      min(f.line_no)
    from f
    where
      f.parent_id = m.parent_id
  ) as line,
  p.key,
  to_char(m.entered at time zone 'Europe/Berlin', 'DD.MM.YYYY') as changed_on,
  coalesce((
    select
      jsonb_agg(jsonb_build_object('position', c.position, 'checked_on', c.checked_on, 'gas_level', c.gas_level, 'value', c.value, 'note', c.note) order by c.position)
    from checkins c
    where
      c.goal_id = m.parent_id
  ), '[]'::jsonb)::text as before
from marked m
join goals p on p.id = m.parent_id
where
  exists ((
    select
      f.position,
      f.checked_on,
      f.gas_level,
      f.value,
      f.note
    from f
    where
      f.parent_id = m.parent_id
    except
    select
      c.position,
      c.checked_on,
      c.gas_level,
      c.value,
      c.note
    from checkins c
    where
      c.goal_id = m.parent_id
  ) union all (
    select
      c.position,
      c.checked_on,
      c.gas_level,
      c.value,
      c.note
    from checkins c
    where
      c.goal_id = m.parent_id
    except
    select
      f.position,
      f.checked_on,
      f.gas_level,
      f.value,
      f.note
    from f
    where
      f.parent_id = m.parent_id
  ))
order by
  1

-- ImportRepository.overwrittenRowsQuery(ENTITY_WRITES.goals.upsert, {"entity":"goal","clear":["app_edited_at"]}, {"keys":["G0001"],"befores":["{}"],"actor":"import:12","userId":7})
-- $1 = ['G0001']
-- $2 = 7
-- $3 = 'import:12'
-- $4 = 'goal'
-- $5 = ['G0001']
-- $6 = ['{}']
with
  cleared as (
    update goals t
    set
      app_edited_at = null
    where
      t.key = any($1::text[])
    returning
      t.key,
      t.participant_id,
      t.version as version,
      jsonb_build_object('goal_key', t.key, 'participant_key', (
        select
          key
        from participants
        where
          id = t.participant_id
      ), 'cohort_key', (
        select
          key
        from cohorts
        where
          id = t.cohort_id
      ), 'title', t.title, 'staircase_level', t.staircase_level, 'set_on', t.set_on, 'due_on', t.due_on, 'indicator', t.indicator, 'method', t.method, 'baseline', t.baseline, 'target', t.target, 'weight', t.weight, 'description', t.description, 'level_minus_2', t.level_minus_2, 'level_minus_1', t.level_minus_1, 'level_0', t.level_0, 'level_plus_1', t.level_plus_1, 'level_plus_2', t.level_plus_2) as after
  )
insert into entry_history (user_id, actor, source, participant_id, entity, entity_key, action, version, before, after)
select
  $2::integer,
  $3::text,
  'import',
  c.participant_id,
  $4::text,
  c.key,
  'updated',
  c.version,
  b.before::jsonb,
  c.after
from cleared c
join unnest($5::text[], $6::text[]) as b(key, before) on b.key = c.key

-- ImportRepository.overwrittenChildrenQuery(ENTITY_WRITES.checkins.replace.sync, 'goals', {"keys":["G0001"],"befores":["{}"],"actor":"import:12","userId":7})
-- $1 = ['G0001']
-- $2 = 7
-- $3 = 'import:12'
-- $4 = ['G0001']
-- $5 = ['{}']
with
  cleared as (
    update checkins c
    set
      app_entered_at = null
    where
      c.goal_id in (
        select
          id
        from goals
        where
          key = any($1::text[])
      )
    returning
      c.goal_id
  )
insert into entry_history (user_id, actor, source, participant_id, entity, entity_key, action, version, before, after)
select
  $2::integer,
  $3::text,
  'import',
  p.participant_id,
  'checkin',
  p.key,
  'updated',
  null,
  b.before::jsonb,
  coalesce((
    select
      jsonb_agg(jsonb_build_object('position', c.position, 'checked_on', c.checked_on, 'gas_level', c.gas_level, 'value', c.value, 'note', c.note) order by c.position)
    from checkins c
    where
      c.goal_id = p.id
  ), '[]'::jsonb)
from goals p
join unnest($4::text[], $5::text[]) as b(key, before) on b.key = p.key

-- ImportRepository.countUpVersionsQuery(db, [12, 13])
-- $1 = [12, 13]
update "goals"
set
  "version" = version + 1
where
  "id" = any($1::integer[])
