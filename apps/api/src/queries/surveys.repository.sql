-- NOTE: This file is generated from the query builders of src/surveys/surveys.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- SurveysRepository.instrumentQuery('selbstanalyse')
-- $1 = 'selbstanalyse'
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

-- SurveysRepository.latestResponsesQuery(EXAMPLE_SCOPES.filtered, 'selbstanalyse', ['pre', 'post'])
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = 'selbstanalyse'
-- $6 = ['pre', 'post']
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
  "latest" as (
    select distinct on ("s"."participant_id", "s"."cohort_id", "w"."wave")
      "r"."id",
      "s"."participant_id",
      "s"."cohort_id",
      "w"."wave",
      "r"."answers_text" as "answers"
    from "responses" as "r"
    inner join "waves" as "w" on "w"."id" = "r"."wave_id"
    inner join "instruments" as "ins" on "ins"."id" = "w"."instrument_id"
    inner join "scoped" as "s" on "s"."participant_id" = "r"."participant_id" and "s"."cohort_id" = "w"."cohort_id"
    where
      "ins"."key" = $5
      and "w"."wave" = any($6::text[])
    order by
      "s"."participant_id",
      "s"."cohort_id",
      "w"."wave",
      "r"."submitted_at" desc nulls last,
      "r"."listed_order" desc,
      "r"."id" desc
  )
select
  "l"."participant_id",
  "l"."cohort_id",
  "l"."wave",
  "l"."answers"
from "latest" as "l"
order by
  "l"."participant_id",
  "l"."cohort_id",
  "l"."wave"

-- SurveysRepository.responseRatesQuery(EXAMPLE_SCOPES.filtered, 'selbstanalyse')
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = 'selbstanalyse'
-- $6 = [2]
-- $7 = 'withdrawn'
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
  "instrument_waves" as (
    select
      "w"."id",
      "w"."cohort_id",
      "w"."wave",
      "c"."key" as "cohort"
    from "waves" as "w"
    inner join "instruments" as "ins" on "ins"."id" = "w"."instrument_id"
    inner join "cohorts" as "c" on "c"."id" = "w"."cohort_id"
    where
      "ins"."key" = $5
      and "w"."cohort_id" = any($6::int[])
  ),
  "respondents" as (
    select distinct
      "r"."wave_id",
      "r"."participant_id"
    from "responses" as "r"
    inner join "instrument_waves" as "iw" on "iw"."id" = "r"."wave_id"
    where
      "r"."participant_id" is not null
  )
select
  "iw"."cohort",
  "iw"."wave",
  count(s.participant_id)::int as "eligible",
  count(rs.participant_id)::int as "responded"
from "instrument_waves" as "iw"
left join "scoped" as "s" on "s"."cohort_id" = "iw"."cohort_id" and "s"."status" <> $7
left join "respondents" as "rs" on "rs"."wave_id" = "iw"."id" and "rs"."participant_id" = "s"."participant_id"
group by
  "iw"."id",
  "iw"."cohort",
  "iw"."wave"
order by
  "iw"."cohort",
  "iw"."id"
