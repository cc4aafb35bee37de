-- NOTE: This file is generated from the query builders of src/reach/network-reach.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- NetworkReachRepository.stateNetworksQuery(EXAMPLE_SCOPES.filtered, 'DE-NW')
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = 'completed'
-- $6 = '2025-12-31'
-- $7 = '2025-01-01'
-- $8 = '2025-12-31'
-- $9 = 'DE-NW'
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
  "multipliers" as not materialized (
    select distinct
      "participant_id"
    from "scoped"
    where
      "status" = $5
      and "certified_on" <= $6
  ),
  "links" as (
    select
      "ai"."initiative_id",
      "a"."id" as "activity_id",
      "a"."participant_id"
    from "activities" as "a"
    inner join "activity_initiatives" as "ai" on "ai"."activity_id" = "a"."id"
    where
      "a"."participant_id" in (
        select
          "participant_id"
        from "multipliers"
      )
      and "a"."occurred_on" >= $7
      and "a"."occurred_on" <= $8
  )
select
  "n"."key" as "network",
  "n"."name",
  count(distinct i.id)::int as "initiatives",
  count(distinct l.initiative_id)::int as "initiativesReached",
  count(distinct l.participant_id)::int as "multipliers",
  count(distinct l.activity_id)::int as "activities"
from "networks" as "n"
left join "initiatives" as "i" on "i"."network_id" = "n"."id"
left join "links" as "l" on "l"."initiative_id" = "i"."id"
where
  "n"."state_code" = $9
group by
  "n"."id",
  "n"."key",
  "n"."name"
order by
  "n"."name",
  "n"."key"

-- NetworkReachRepository.networkInitiativesQuery(EXAMPLE_SCOPES.filtered, 'mint-ostalb')
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = 'completed'
-- $6 = '2025-12-31'
-- $7 = '2025-01-01'
-- $8 = '2025-12-31'
-- $9 = 'mint-ostalb'
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
  "multipliers" as not materialized (
    select distinct
      "participant_id"
    from "scoped"
    where
      "status" = $5
      and "certified_on" <= $6
  ),
  "links" as (
    select
      "ai"."initiative_id",
      "a"."id" as "activity_id",
      "a"."participant_id"
    from "activities" as "a"
    inner join "activity_initiatives" as "ai" on "ai"."activity_id" = "a"."id"
    where
      "a"."participant_id" in (
        select
          "participant_id"
        from "multipliers"
      )
      and "a"."occurred_on" >= $7
      and "a"."occurred_on" <= $8
  )
select
  "i"."key" as "initiative",
  "i"."name",
  "i"."kind",
  count(distinct l.activity_id)::int as "activities",
  count(distinct l.participant_id)::int as "multipliers"
from "initiatives" as "i"
inner join "networks" as "n" on "n"."id" = "i"."network_id"
left join "links" as "l" on "l"."initiative_id" = "i"."id"
where
  "n"."key" = $9
group by
  "i"."id",
  "i"."key",
  "i"."name",
  "i"."kind"
order by
  count(distinct l.activity_id) desc,
  "i"."name",
  "i"."key"
