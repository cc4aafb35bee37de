-- NOTE: This file is generated from the query builders of src/auth/auth.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- AuthRepository.findUserByEmailQuery('Admin@mintq.example')
-- $1 = 'admin@mintq.example'
select
  "users"."id",
  "users"."email",
  "users"."password_hash",
  "users"."role",
  "users"."funder_id",
  "funders"."key" as "funder_key"
from "users"
left join "funders" on "funders"."id" = "users"."funder_id"
where
  "users"."password_hash" is not null
  and lower(users.email) = $1

-- AuthRepository.findUserByIdQuery(7)
-- $1 = 7
select
  "users"."id",
  "users"."email",
  "users"."password_hash",
  "users"."role",
  "users"."funder_id",
  "funders"."key" as "funder_key"
from "users"
left join "funders" on "funders"."id" = "users"."funder_id"
where
  "users"."password_hash" is not null
  and "users"."id" = $1

-- AuthRepository.findFunderQuery(3)
-- $1 = 3
select
  "key",
  "name",
  "kind"
from "funders"
where
  "id" = $1

-- AuthRepository.insertAuditEntryQuery({"userId":7,"action":"auth.login","subject":"user:7","details":{"ip":"127.0.0.1"}})
-- $1 = 7
-- $2 = 'api'
-- $3 = 'auth.login'
-- $4 = 'user:7'
-- $5 = '{"ip":"127.0.0.1"}'
insert into "audit_log" ("user_id", "actor", "action", "subject", "details")
values
  ($1, $2, $3, $4, $5)
