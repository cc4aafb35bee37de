-- NOTE: This file is generated from the query builders of src/catalog/catalog.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- CatalogRepository.networksQuery('DE-NW')
-- $1 = 'DE-NW'
select
  "n"."key",
  "n"."name",
  "n"."state_code" as "state",
  "n"."kind",
  (
    select
      count(*)::int as "n"
    from "initiatives" as "i"
    where
      "i"."network_id" = "n"."id"
  ) as "initiatives",
  (
    select
      count(*)::int as "n"
    from "participants" as "p"
    where
      "p"."network_id" = "n"."id"
  ) as "participants"
from "networks" as "n"
where
  "n"."state_code" = $1
order by
  "n"."key"

-- CatalogRepository.initiativesQuery({"network":"mint-ostalb","state":"DE-BW"}, {"limit":20,"afterKey":"mint-ostalb-i01"})
-- $1 = 'mint-ostalb'
-- $2 = 'DE-BW'
-- $3 = 'mint-ostalb-i01'
-- $4 = 21
select
  "i"."key",
  "i"."name",
  "i"."kind",
  "n"."key" as "network",
  "n"."state_code" as "state"
from "initiatives" as "i"
inner join "networks" as "n" on "n"."id" = "i"."network_id"
where
  "n"."key" = $1
  and "n"."state_code" = $2
  and "i"."key" > $3
order by
  "i"."key"
limit $4

-- CatalogRepository.countInitiativesQuery({"network":"mint-ostalb","state":"DE-BW"})
-- $1 = 'mint-ostalb'
-- $2 = 'DE-BW'
select
  count(*)::int as "total"
from "initiatives" as "i"
inner join "networks" as "n" on "n"."id" = "i"."network_id"
where
  "n"."key" = $1
  and "n"."state_code" = $2

-- CatalogRepository.shownNetworksQuery(5)
-- $1 = 5
-- $2 = 5
-- $3 = 5
-- $4 = 1
-- $5 = 1
select
  "ranked"."id",
  "ranked"."key",
  "ranked"."state"
from (
  select
    "n"."id",
    "n"."key",
    "n"."state_code" as "state",
    "s"."size",
    (count(*) filter (where s.size < $1) over ())::int as "small",
    row_number() over (order by s.size < $2, s.size, n.key)::int as "rank"
  from "networks" as "n"
  inner join (
    select
      "network_id",
      count(*)::int as "size"
    from "participants"
    group by
      "network_id"
  ) as "s" on "s"."network_id" = "n"."id"
) as "ranked"
where
  "ranked"."size" >= $3
  and not ("ranked"."small" = $4 and "ranked"."rank" = $5)

-- CatalogRepository.participantsQuery({"cohort":"2024-25","state":"DE-NW"}, {"limit":20,"afterKey":"P0040"}, true, 5)
-- $1 = 5
-- $2 = 5
-- $3 = 5
-- $4 = 1
-- $5 = 1
-- $6 = 'DE-NW'
-- $7 = '2024-25'
-- $8 = 'P0040'
-- $9 = 21
with
  "shown_networks" as (
    select
      "ranked"."id",
      "ranked"."key",
      "ranked"."state"
    from (
      select
        "n"."id",
        "n"."key",
        "n"."state_code" as "state",
        "s"."size",
        (count(*) filter (where s.size < $1) over ())::int as "small",
        row_number() over (order by s.size < $2, s.size, n.key)::int as "rank"
      from "networks" as "n"
      inner join (
        select
          "network_id",
          count(*)::int as "size"
        from "participants"
        group by
          "network_id"
      ) as "s" on "s"."network_id" = "n"."id"
    ) as "ranked"
    where
      "ranked"."size" >= $3
      and not ("ranked"."small" = $4 and "ranked"."rank" = $5)
  )
select
  "p"."key",
  "sn"."key" as "network",
  "sn"."state" as "state",
  (
    select
      coalesce(json_agg(json_build_object('cohort', c.key, 'status', e.status, 'certifiedOn', e.certified_on) order by c.key), '[]') as "list"
    from "enrollments" as "e"
    inner join "cohorts" as "c" on "c"."id" = "e"."cohort_id"
    where
      "e"."participant_id" = "p"."id"
  ) as "enrollments",
  "p"."display_name",
  "p"."email"
from "participants" as "p"
left join "shown_networks" as "sn" on "sn"."id" = "p"."network_id"
where
  "sn"."state" = $6
  and exists (
    select
      1 as "one"
    from "enrollments" as "e"
    inner join "cohorts" as "c" on "c"."id" = "e"."cohort_id"
    where
      "e"."participant_id" = "p"."id"
      and "c"."key" = $7
  )
  and "p"."key" > $8
order by
  "p"."key"
limit $9

-- CatalogRepository.countParticipantsQuery({"cohort":"2024-25","state":"DE-NW"}, 5)
-- $1 = 5
-- $2 = 5
-- $3 = 5
-- $4 = 1
-- $5 = 1
-- $6 = 'DE-NW'
-- $7 = '2024-25'
with
  "shown_networks" as (
    select
      "ranked"."id",
      "ranked"."key",
      "ranked"."state"
    from (
      select
        "n"."id",
        "n"."key",
        "n"."state_code" as "state",
        "s"."size",
        (count(*) filter (where s.size < $1) over ())::int as "small",
        row_number() over (order by s.size < $2, s.size, n.key)::int as "rank"
      from "networks" as "n"
      inner join (
        select
          "network_id",
          count(*)::int as "size"
        from "participants"
        group by
          "network_id"
      ) as "s" on "s"."network_id" = "n"."id"
    ) as "ranked"
    where
      "ranked"."size" >= $3
      and not ("ranked"."small" = $4 and "ranked"."rank" = $5)
  )
select
  count(*)::int as "total"
from "participants" as "p"
left join "shown_networks" as "sn" on "sn"."id" = "p"."network_id"
where
  "sn"."state" = $6
  and exists (
    select
      1 as "one"
    from "enrollments" as "e"
    inner join "cohorts" as "c" on "c"."id" = "e"."cohort_id"
    where
      "e"."participant_id" = "p"."id"
      and "c"."key" = $7
  )

-- CatalogRepository.instrumentsQuery()
select
  "i"."key",
  "i"."name",
  "i"."kind",
  (
    select
      coalesce(json_agg(json_build_object('code', it.code, 'dimension', it.dimension, 'textDe', it.text_de, 'textEn', it.text_en, 'scaleMin', it.scale_min, 'scaleMax', it.scale_max, 'reversed', it.reversed, 'role', it.role) order by it.code), '[]') as "list"
    from "items" as "it"
    where
      "it"."instrument_id" = "i"."id"
  ) as "items"
from "instruments" as "i"
order by
  "i"."key"

-- CatalogRepository.wavesQuery({"instrument":"selbstanalyse","cohort":"2024-25"})
-- $1 = 'selbstanalyse'
-- $2 = '2024-25'
select
  "w"."key",
  "i"."key" as "instrument",
  "c"."key" as "cohort",
  "w"."wave",
  "w"."opens_on" as "opensOn",
  "w"."closes_on" as "closesOn",
  (
    select
      count(*)::int as "n"
    from "responses" as "r"
    where
      "r"."wave_id" = "w"."id"
  ) as "responses"
from "waves" as "w"
inner join "instruments" as "i" on "i"."id" = "w"."instrument_id"
inner join "cohorts" as "c" on "c"."id" = "w"."cohort_id"
where
  "i"."key" = $1
  and "c"."key" = $2
order by
  "c"."key",
  array_position(array['pre','post','follow_up','event'], w.wave),
  "w"."key"
