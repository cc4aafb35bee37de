-- NOTE: This file is generated from the query builders of src/reach/reach.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- ReachRepository.bitmapWidthQuery()
select
  coalesce(max(id), 0)::int + 1 as "width"
from "initiatives"

-- ReachRepository.multipliersQuery(EXAMPLE_SCOPES.filtered)
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = 'completed'
-- $6 = '2025-12-31'
-- $7 = '2025-01-01'
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
  "multipliers" as not materialized (
    select distinct
      "participant_id"
    from "scoped"
    where
      "status" = $5
      and "certified_on" <= $6
  ),
  "per_multiplier" as (
    select
      "a"."participant_id",
      count(*) as "activities",
      sum(a.educators_reached) as "educators",
      sum(a.youth_reached_estimate) as "youth",
      bit_or(a.state_bits) as "states"
    from "activities" as "a"
    where
      "a"."participant_id" in (
        select
          "participant_id"
        from "multipliers"
      )
      and "a"."occurred_on" >= $7
      and "a"."occurred_on" <= $8
    group by
      "a"."participant_id"
  ),
  "state_multipliers" as (
    select
      "s"."state_code",
      sum(m.n)::int as "multipliers"
    from (
      select
        "states",
        count(*) as "n"
      from "per_multiplier"
      group by
        "states"
    ) as "m"
    inner join (
      select distinct
        "state_code"
      from "networks"
    ) as "s" on m.states & state_bit(s.state_code) <> 0
    group by
      "s"."state_code"
  )
select
  (
    select
      count(*)::int as "n"
    from "multipliers"
  ) as "multipliers",
  count(*)::int as "activeMultipliers",
  coalesce(sum(activities), 0)::int as "activities",
  coalesce(sum(educators), 0)::int as "educatorsReached",
  coalesce(sum(youth), 0)::int as "youthReachedEstimate",
  (
    select
      coalesce(json_object_agg(state_code, multipliers), '{}') as "m"
    from "state_multipliers"
  ) as "stateMultipliers"
from "per_multiplier"

-- ReachRepository.initiativesQuery(EXAMPLE_SCOPES.filtered, 1271)
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = 'completed'
-- $6 = '2025-12-31'
-- $7 = '2025-01-01'
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
  "multipliers" as not materialized (
    select distinct
      "participant_id"
    from "scoped"
    where
      "status" = $5
      and "certified_on" <= $6
  ),
  "monthly" as (
    select
      "a"."occurred_month",
      count(*)::int as "activities",
      bit_or(a.initiative_bits::bit(1271)) as "reached"
    from "activities" as "a"
    where
      "a"."participant_id" in (
        select
          "participant_id"
        from "multipliers"
      )
      and "a"."occurred_on" >= $7
      and "a"."occurred_on" <= $8
    group by
      "a"."occurred_month"
  ),
  "series" as (
    select
      "occurred_month",
      "activities",
      bit_count(reached)::int as "initiatives",
      bit_count(bit_or(reached) over (order by occurred_month))::int as "cumulative"
    from "monthly"
  ),
  "month_rows" as (
    select
      to_char(occurred_month, 'YYYY-MM') as "month",
      "activities",
      "initiatives" as "initiativesReached",
      cumulative - coalesce(lag(cumulative) over (order by occurred_month), 0) as "newInitiativesReached"
    from "series"
  ),
  "reached_initiatives" as (
    select
      "i"."id",
      "i"."network_id"
    from "initiatives" as "i"
    inner join (
      select
        bit_or(reached) as "bits"
      from "monthly"
    ) as "r" on i.id < length(r.bits) and get_bit(r.bits, i.id) = 1
  ),
  "state_reach" as (
    select
      "n"."state_code",
      count(distinct n.id)::int as "networks_reached",
      count(*)::int as "initiatives_reached"
    from "reached_initiatives" as "ri"
    inner join "networks" as "n" on "n"."id" = "ri"."network_id"
    group by
      "n"."state_code"
  ),
  "state_networks" as (
    select
      "state_code",
      count(*)::int as "networks"
    from "networks"
    group by
      "state_code"
  ),
  "state_rows" as (
    select
      "s"."state_code" as "state",
      "s"."networks",
      coalesce(r.networks_reached, 0) as "networksReached",
      coalesce(r.initiatives_reached, 0) as "initiativesReached"
    from "state_networks" as "s"
    left join "state_reach" as "r" on "r"."state_code" = "s"."state_code"
  )
select
  (
    select
      coalesce(json_agg(m order by m.month), '[]') as "j"
    from "month_rows" as "m"
  ) as "months",
  (
    select
      coalesce(json_agg(s order by s.state), '[]') as "j"
    from "state_rows" as "s"
  ) as "states"

-- ReachRepository.monthMultipliersQuery(EXAMPLE_SCOPES.filtered)
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = 'completed'
-- $6 = '2025-12-31'
-- $7 = '2025-01-01'
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
  "multipliers" as not materialized (
    select distinct
      "participant_id"
    from "scoped"
    where
      "status" = $5
      and "certified_on" <= $6
  )
select
  to_char(a.occurred_month, 'YYYY-MM') as "month",
  count(distinct a.participant_id)::int as "multipliers"
from "activities" as "a"
where
  "a"."participant_id" in (
    select
      "participant_id"
    from "multipliers"
  )
  and "a"."occurred_on" >= $7
  and "a"."occurred_on" <= $8
group by
  "a"."occurred_month"
