-- NOTE: This file is generated from the query builders of src/funders/funders.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- FundersRepository.listFundersQuery()
select
  "key",
  "name",
  "kind"
from "funders"
order by
  "key"
