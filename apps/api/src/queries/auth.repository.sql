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
  "funders"."key" as "funder_key",
  "users"."participant_id",
  "participants"."key" as "participant_key",
  "users"."status"
from "users"
left join "funders" on "funders"."id" = "users"."funder_id"
left join "participants" on "participants"."id" = "users"."participant_id"
where
  lower(users.email) = $1

-- AuthRepository.findUserByIdQuery(7)
-- $1 = 7
select
  "users"."id",
  "users"."email",
  "users"."password_hash",
  "users"."role",
  "users"."funder_id",
  "funders"."key" as "funder_key",
  "users"."participant_id",
  "participants"."key" as "participant_key",
  "users"."status"
from "users"
left join "funders" on "funders"."id" = "users"."funder_id"
left join "participants" on "participants"."id" = "users"."participant_id"
where
  "users"."id" = $1

-- AuthRepository.findSessionUserQuery('J2pWv0y6Yq3cR1mT8sXa9kLb', 7)
-- $1 = 'J2pWv0y6Yq3cR1mT8sXa9kLb'
-- $2 = 7
-- $3 = 'active'
select
  "users"."id",
  "users"."email",
  "users"."password_hash",
  "users"."role",
  "users"."funder_id",
  "funders"."key" as "funder_key",
  "users"."participant_id",
  "participants"."key" as "participant_key",
  "users"."status"
from "users"
left join "funders" on "funders"."id" = "users"."funder_id"
left join "participants" on "participants"."id" = "users"."participant_id"
inner join "sessions" on "sessions"."user_id" = "users"."id"
where
  "sessions"."id" = $1
  and "users"."id" = $2
  and "sessions"."revoked_at" is null
  and "sessions"."expires_at" > now()
  and "users"."status" = $3

-- AuthRepository.insertSessionQuery({"id":"J2pWv0y6Yq3cR1mT8sXa9kLb","userId":7,"method":"password","expiresAt":"2026-12-05T21:00:00.000Z","ip":"127.0.0.1"})
-- $1 = 'J2pWv0y6Yq3cR1mT8sXa9kLb'
-- $2 = 7
-- $3 = 'password'
-- $4 = '2026-12-05T21:00:00.000Z'
-- $5 = '127.0.0.1'
insert into "sessions" ("id", "user_id", "method", "expires_at", "ip")
values
  ($1, $2, $3, $4, $5)

-- AuthRepository.markSignedInQuery(7)
-- $1 = 7
update "users"
set
  "last_sign_in_at" = now()
where
  "id" = $1

-- AuthRepository.deleteEndedSessionsQuery(7)
-- $1 = 7
delete from "sessions"
where
  "user_id" = $1
  and ("expires_at" <= now() or "revoked_at" is not null)

-- AuthRepository.revokeSessionsQuery({"sessionId":"J2pWv0y6Yq3cR1mT8sXa9kLb"})
-- $1 = 'J2pWv0y6Yq3cR1mT8sXa9kLb'
update "sessions"
set
  "revoked_at" = now()
where
  "revoked_at" is null
  and "id" = $1

-- AuthRepository.revokeSessionsQuery({"userId":7})
-- $1 = 7
update "sessions"
set
  "revoked_at" = now()
where
  "revoked_at" is null
  and "user_id" = $1

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
