-- NOTE: This file is generated from the query builders of src/cohort-headlines/cohort-headlines.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- CohortHeadlinesRepository.reachByCohortQuery(EXAMPLE_SCOPES.filtered, 1271)
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = 'completed'
-- $6 = '2025-12-31'
-- $7 = '2025-01-01'
-- $8 = '2025-12-31'
-- $9 = [2]
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
  "multipliers" as (
    select distinct
      "cohort_id",
      "participant_id"
    from "scoped"
    where
      "status" = $5
      and "certified_on" <= $6
  ),
  "per_multiplier" as (
    select
      "m"."cohort_id",
      count(a.id) as "activities",
      sum(a.educators_reached) as "educators",
      sum(a.youth_reached_estimate) as "youth",
      bit_or(a.initiative_bits::bit(1271)) as "reached"
    from "multipliers" as "m"
    left join "activities" as "a" on "a"."participant_id" = "m"."participant_id" and "a"."occurred_on" >= $7 and "a"."occurred_on" <= $8
    group by
      "m"."cohort_id",
      "m"."participant_id"
  )
select
  "c"."key" as "cohort",
  count(pm.cohort_id)::int as "multipliers",
  count(*) filter (where pm.activities > 0)::int as "activeMultipliers",
  coalesce(bit_count(bit_or(pm.reached)), 0)::int as "initiativesReached",
  coalesce(sum(pm.educators), 0)::int as "educatorsReached",
  coalesce(sum(pm.youth), 0)::int as "youthReachedEstimate"
from "cohorts" as "c"
left join "per_multiplier" as "pm" on "pm"."cohort_id" = "c"."id"
where
  "c"."id" = any($9::int[])
group by
  "c"."key"
order by
  "c"."key"

-- CohortHeadlinesRepository.goalsByCohortQuery(EXAMPLE_SCOPES.filtered)
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = '2025-12-31'
-- $6 = 1
-- $7 = '2025-12-31'
-- $8 = [2]
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
  "levels" as (
    select
      "g"."id",
      "g"."participant_id",
      "g"."cohort_id",
      "g"."staircase_level",
      "g"."weight",
      "g"."due_on",
      latest.gas_level as "level"
    from "goals" as "g"
    inner join "scoped" as "s" on "s"."participant_id" = "g"."participant_id" and "s"."cohort_id" = "g"."cohort_id"
    left join lateral (
      select
        "c"."gas_level"
      from "checkins" as "c"
      where
        "c"."goal_id" = "g"."id"
        and "c"."checked_on" <= $5
      order by
        "c"."checked_on" desc,
        "c"."position" desc
      limit $6
    ) as "latest" on true
    where
      "g"."set_on" <= $7
  ),
  "per_participant" as (
    select
      "cohort_id",
      count(*) as "goals",
      count(*) filter (where level >= 0) as "attained",
      count(level) as "levelled",
      50 + 10 * sum(coalesce(weight, 1) * level) / nullif(sqrt(0.7 * sum(coalesce(weight, 1) ^ 2) filter (where level is not null) + 0.3 * (sum(coalesce(weight, 1)) filter (where level is not null)) ^ 2), 0) as "t"
    from "levels"
    group by
      "cohort_id",
      "participant_id"
  )
select
  "c"."key" as "cohort",
  coalesce(sum(pp.goals), 0)::int as "goals",
  sum(pp.attained)::float8 / nullif(sum(pp.levelled), 0) as "attainmentRate",
  avg(pp.t)::float8 as "meanTScore",
  count(pp.t)::int as "tScoreParticipants"
from "cohorts" as "c"
left join "per_participant" as "pp" on "pp"."cohort_id" = "c"."id"
where
  "c"."id" = any($8::int[])
group by
  "c"."key"
order by
  "c"."key"
