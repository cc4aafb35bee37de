-- NOTE: This file is generated from the query builders of src/releases/releases.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- ReleasesRepository.dataVersionQuery()
-- $1 = 'imported'
select
  (coalesce(max(id), 0) + (
    select
      case when is_called then last_value else 0 end
    from entry_history_id_seq
  ))::int as "version"
from "import_batches"
where
  "outcome" = $1

-- ReleasesRepository.funderKeysQuery()
select
  "key"
from "funders"
order by
  "key"

-- ReleasesRepository.findFunderQuery('aqtivator')
-- $1 = 'aqtivator'
select
  "id",
  "key"
from "funders"
where
  "key" = $1

-- ReleasesRepository.instrumentsQuery([1, 2])
-- $1 = 1
-- $2 = 2
select distinct
  "instruments"."key",
  "instruments"."kind"
from "instruments"
inner join "waves" on "waves"."instrument_id" = "instruments"."id"
where
  "waves"."cohort_id" in ($1, $2)
order by
  "instruments"."key"

-- ReleasesRepository.instrumentsQuery([])
-- $1 = -1
select distinct
  "instruments"."key",
  "instruments"."kind"
from "instruments"
inner join "waves" on "waves"."instrument_id" = "instruments"."id"
where
  "waves"."cohort_id" in ($1)
order by
  "instruments"."key"

-- ReleasesRepository.findQuery(releaseKey)
-- $1 = 3
-- $2 = 12
-- $3 = '2026-10-31'
-- $4 = 5
-- $5 = 4
select
  "passed",
  "answers",
  "audit"
from "funder_releases"
where
  "funder_id" = $1
  and "data_version" = $2
  and "cap" = $3
  and "k" = $4
  and "version" = $5

-- ReleasesRepository.insertQuery(releaseKey, {"passed":true,"answers":"{}","audit":"{}"}, '2026-11-25T09:00:00.000Z')
-- $1 = 3
-- $2 = 12
-- $3 = '2026-10-31'
-- $4 = 5
-- $5 = 4
-- $6 = true
-- $7 = '{}'
-- $8 = '{}'
-- $9 = '2026-11-25T09:00:00.000Z'
insert into "funder_releases" ("funder_id", "data_version", "cap", "k", "version", "passed", "answers", "audit", "built_at")
values
  ($1, $2, $3, $4, $5, $6, $7, $8, $9)
on conflict on constraint "funder_releases_key" do nothing
