-- NOTE: This file is generated from the query builders of src/surveys/item-distributions.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- ItemDistributionsRepository.tallyQuery(EXAMPLE_SCOPES.filtered, 'selbstanalyse', 'pre')
-- $1 = [2]
-- $2 = ['DE-NW', 'DE-BY']
-- $3 = []
-- $4 = ['2/DE-NW']
-- $5 = 'selbstanalyse'
-- $6 = ['pre']
-- $7 = 'selbstanalyse'
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
  ),
  "tallies" as (
    select
      "a"."item_id",
      case when grouping(a.value) = 0 then a.value end as "value",
      count(*)::int as "responses",
      count(distinct l.participant_id)::int as "people"
    from "latest" as "l"
    inner join "answers" as "a" on "a"."response_id" = "l"."id"
    group by
      grouping sets ((a.item_id, a.value), (a.item_id))
  )
select
  "it"."code" as "item",
  "it"."dimension",
  "it"."text_de",
  "it"."text_en",
  "it"."scale_min",
  "it"."scale_max",
  "it"."reversed",
  "t"."value",
  "t"."responses",
  "t"."people"
from "instruments" as "ins"
left join "items" as "it" on "it"."instrument_id" = "ins"."id"
left join "tallies" as "t" on "t"."item_id" = "it"."id"
where
  "ins"."key" = $7
order by
  "it"."code",
  t.value nulls first
