-- NOTE: This file is generated from the query builders of src/cohorts/cohorts.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- CohortsRepository.listCohortsQuery()
select
  "key",
  "label",
  "starts_on",
  "ends_on"
from "cohorts"
order by
  "key"

-- CohortsRepository.funnelQuery(EXAMPLE_SCOPES.filtered)
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = '2025-12-31'
-- $6 = 1
-- $7 = '2025-12-31'
-- $8 = 'pre'
-- $9 = 'self_assessment'
-- $10 = [2]
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
  "statuses" as (
    select
      "cohort_id",
      count(*)::int as "enrolled",
      (count(*) filter (where status = 'withdrawn'))::int as "withdrawn",
      (count(*) filter (where status = 'completed'))::int as "completed"
    from "scoped"
    group by
      "cohort_id"
  ),
  "pre" as (
    select
      "s"."cohort_id",
      count(distinct s.participant_id)::int as "participants"
    from "scoped" as "s"
    inner join "waves" as "w" on "w"."cohort_id" = "s"."cohort_id" and "w"."wave" = $8
    inner join "instruments" as "i" on "i"."id" = "w"."instrument_id" and "i"."kind" = $9
    inner join "responses" as "r" on "r"."wave_id" = "w"."id" and "r"."participant_id" = "s"."participant_id"
    group by
      "s"."cohort_id"
  ),
  "goal_people" as (
    select
      "cohort_id",
      count(distinct participant_id)::int as "set",
      (count(distinct participant_id) filter (where level >= 0))::int as "attained"
    from "levels"
    group by
      "cohort_id"
  )
select
  "c"."key" as "cohort",
  coalesce(st.enrolled, 0)::int as "enrolled",
  coalesce(st.withdrawn, 0)::int as "withdrawn",
  coalesce(st.completed, 0)::int as "completed",
  coalesce(pre.participants, 0)::int as "selfAssessmentPre",
  coalesce(gp.set, 0)::int as "goalsSet",
  coalesce(gp.attained, 0)::int as "goalAttained"
from "cohorts" as "c"
left join "statuses" as "st" on "st"."cohort_id" = "c"."id"
left join "pre" on "pre"."cohort_id" = "c"."id"
left join "goal_people" as "gp" on "gp"."cohort_id" = "c"."id"
where
  "c"."id" = any($10::int[])
order by
  "c"."key"
