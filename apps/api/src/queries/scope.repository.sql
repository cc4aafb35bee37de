-- NOTE: This file is generated from the query builders of src/scope/scope.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- ScopeRepository.listCohortsQuery()
select
  "id",
  "key",
  "starts_on"
from "cohorts"
order by
  "key"

-- ScopeRepository.findFunderLinesQuery('aqtivator')
-- $1 = 'aqtivator'
select
  "f"."id",
  "f"."key",
  "l"."cohort_id",
  "l"."state_code"
from "funders" as "f"
left join "fundings" as "l" on "l"."funder_id" = "f"."id"
where
  "f"."key" = $1
