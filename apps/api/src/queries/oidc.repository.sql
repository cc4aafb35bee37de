-- NOTE: This file is generated from the query builders of src/oidc/oidc.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- OidcRepository.findUserByEmailQuery('Lea@Stiftung.example')
-- $1 = 'lea@stiftung.example'
select
  "id",
  "status"
from "users"
where
  lower(email) = $1

-- OidcRepository.activateInvitedQuery(7)
-- $1 = 'active'
-- $2 = 7
-- $3 = 'invited'
update "users"
set
  "status" = $1
where
  "id" = $2
  and "status" = $3

-- OidcRepository.insertAuditEntryQuery({"userId":null,"action":"login.sso_refused","details":{"reason":"NOT_INVITED"}})
-- $1 = null
-- $2 = 'api'
-- $3 = 'login.sso_refused'
-- $4 = null
-- $5 = '{"reason":"NOT_INVITED"}'
insert into "audit_log" ("user_id", "actor", "action", "subject", "details")
values
  ($1, $2, $3, $4, $5)
