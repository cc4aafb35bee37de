-- NOTE: This file is generated from the query builders of src/events/events.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- EventsRepository.instrumentQuery('transfer-feedback')
-- $1 = 'transfer-feedback'
select
  "ins"."id",
  "ins"."key",
  "ins"."kind",
  (
    select
      coalesce(json_agg(agg), '[]')
    from (
      select
        "it"."id",
        "it"."code",
        "it"."dimension",
        "it"."reversed",
        "it"."scale_min",
        "it"."scale_max",
        "it"."role"
      from "items" as "it"
      where
        "it"."instrument_id" = "ins"."id"
      order by
        "it"."code"
    ) as agg
  ) as "items"
from "instruments" as "ins"
where
  "ins"."key" = $1

-- EventsRepository.eventResponsesQuery(EXAMPLE_SCOPES.filtered, 'transfer-feedback')
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = 'transfer-feedback'
-- $6 = 'event'
-- $7 = [2]
-- $8 = []
with
  "scoped" as (
    select
      "e"."participant_id",
      "e"."cohort_id",
      "e"."status",
      "e"."certified_on"
    from "enrollments" as "e"
    where
      "e"."cohort_id" = any($1::int[])
      and exists (
        select
          1 as "one"
        from "participants" as "p"
        inner join "networks" as "n" on "n"."id" = "p"."network_id"
        where
          "p"."id" = "e"."participant_id"
          and "n"."state_code" = any($2::text[])
          and (e.cohort_id = any($3::int[]) or e.cohort_id::text || '/' || n.state_code = any($4::text[]))
      )
  ),
  "event_waves" as (
    select
      "w"."id",
      "w"."cohort_id"
    from "waves" as "w"
    inner join "instruments" as "ins" on "ins"."id" = "w"."instrument_id"
    where
      "ins"."key" = $5
      and "w"."wave" = $6
      and "w"."cohort_id" = any($7::int[])
  ),
  "latest" as (
    select distinct on ("s"."participant_id", "r"."wave_id")
      "r"."id",
      "r"."participant_id",
      "r"."answers_text" as "answers"
    from "responses" as "r"
    inner join "event_waves" as "ew" on "ew"."id" = "r"."wave_id"
    inner join "scoped" as "s" on "s"."participant_id" = "r"."participant_id" and "s"."cohort_id" = "ew"."cohort_id"
    order by
      "s"."participant_id",
      "r"."wave_id",
      "r"."submitted_at" desc nulls last,
      "r"."listed_order" desc,
      "r"."id" desc
  ),
  "anonymous" as (
    select
      "r"."id",
      "r"."participant_id",
      "r"."answers_text" as "answers"
    from "responses" as "r"
    inner join "event_waves" as "ew" on "ew"."id" = "r"."wave_id"
    where
      "r"."participant_id" is null
      and false
      and "ew"."cohort_id" = any($8::int[])
  ),
  "counted" as (
    select
      "id",
      "participant_id",
      "answers"
    from "latest"
    union all
    select
      "id",
      "participant_id",
      "answers"
    from "anonymous"
  )
select
  "c"."participant_id",
  "c"."answers"
from "counted" as "c"
order by
  "c"."id"

-- EventsRepository.eventResponsesQuery(OPEN_FUNDER_SCOPE, 'transfer-feedback')
-- $1 = [1, 2]
-- $2 = 'transfer-feedback'
-- $3 = 'event'
-- $4 = [1, 2]
-- $5 = [1, 2]
with
  "scoped" as (
    select
      "e"."participant_id",
      "e"."cohort_id",
      "e"."status",
      "e"."certified_on"
    from "enrollments" as "e"
    where
      "e"."cohort_id" = any($1::int[])
  ),
  "event_waves" as (
    select
      "w"."id",
      "w"."cohort_id"
    from "waves" as "w"
    inner join "instruments" as "ins" on "ins"."id" = "w"."instrument_id"
    where
      "ins"."key" = $2
      and "w"."wave" = $3
      and "w"."cohort_id" = any($4::int[])
  ),
  "latest" as (
    select distinct on ("s"."participant_id", "r"."wave_id")
      "r"."id",
      "r"."participant_id",
      "r"."answers_text" as "answers"
    from "responses" as "r"
    inner join "event_waves" as "ew" on "ew"."id" = "r"."wave_id"
    inner join "scoped" as "s" on "s"."participant_id" = "r"."participant_id" and "s"."cohort_id" = "ew"."cohort_id"
    order by
      "s"."participant_id",
      "r"."wave_id",
      "r"."submitted_at" desc nulls last,
      "r"."listed_order" desc,
      "r"."id" desc
  ),
  "anonymous" as (
    select
      "r"."id",
      "r"."participant_id",
      "r"."answers_text" as "answers"
    from "responses" as "r"
    inner join "event_waves" as "ew" on "ew"."id" = "r"."wave_id"
    where
      "r"."participant_id" is null
      and "ew"."cohort_id" = any($5::int[])
  ),
  "counted" as (
    select
      "id",
      "participant_id",
      "answers"
    from "latest"
    union all
    select
      "id",
      "participant_id",
      "answers"
    from "anonymous"
  )
select
  "c"."participant_id",
  "c"."answers"
from "counted" as "c"
order by
  "c"."id"
