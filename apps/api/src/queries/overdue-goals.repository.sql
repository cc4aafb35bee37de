-- NOTE: This file is generated from the query builders of src/goals/overdue-goals.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- OverdueGoalsRepository.overdueGoalsQuery(EXAMPLE_SCOPES.filtered, true)
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = '2025-12-31'
-- $6 = 1
-- $7 = '2025-12-31'
-- $8 = '2025-12-31'
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
  )
select
  "g"."key" as "goal",
  "p"."key" as "participant",
  "p"."display_name" as "displayName",
  "n"."name" as "network",
  "c"."key" as "cohort",
  "l"."due_on" as "dueOn",
  "l"."staircase_level" as "level",
  (
    select
      max("ch"."checked_on") as "last"
    from "checkins" as "ch"
    where
      "ch"."goal_id" = "l"."id"
  ) as "lastCheckinOn"
from "levels" as "l"
inner join "goals" as "g" on "g"."id" = "l"."id"
inner join "participants" as "p" on "p"."id" = "l"."participant_id"
inner join "cohorts" as "c" on "c"."id" = "l"."cohort_id"
inner join "networks" as "n" on "n"."id" = "p"."network_id"
where
  "l"."level" is null
  and "l"."due_on" < $8
order by
  "l"."due_on",
  "p"."key",
  "g"."key"
