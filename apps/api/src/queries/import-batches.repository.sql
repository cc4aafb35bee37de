-- NOTE: This file is generated from the query builders of src/import-http/import-batches.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- ImportBatchesRepository.batchesQuery({"limit":20,"beforeId":7})
-- $1 = 20
-- $2 = 7
-- $3 = 21
select
  "b"."id",
  "b"."outcome",
  "b"."actor",
  "b"."source",
  "b"."started_at",
  "b"."finished_at",
  "b"."files",
  "b"."counts",
  jsonb_array_length(b.errors) as "error_count",
  (
    select
      coalesce(jsonb_agg(e.value order by e.position), '[]'::jsonb)
    from jsonb_array_elements_text(b.errors) with ordinality as e(value, position)
    where
      e.position <= $1
  ) as "errors"
from "import_batches" as "b"
where
  "b"."id" < $2
order by
  "b"."id" desc
limit $3

-- ImportBatchesRepository.countQuery()
select
  count(*)::int as "total"
from "import_batches"
