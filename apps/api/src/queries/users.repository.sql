-- NOTE: This file is generated from the query builders of src/users/users.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- UsersRepository.funderIdQuery('aqtivator')
-- $1 = 'aqtivator'
select
  "id"
from "funders"
where
  "key" = $1

-- UsersRepository.participantIdQuery('P0001')
-- $1 = 'P0001'
select
  "id"
from "participants"
where
  "key" = $1

-- UsersRepository.participantUserQuery(12, 'koordination@mintq.example')
-- $1 = 12
-- $2 = 'koordination@mintq.example'
select
  "email"
from "users"
where
  "participant_id" = $1
  and lower(email) <> $2

-- UsersRepository.userIdQuery('Telekom@mintq.example')
-- $1 = 'telekom@mintq.example'
select
  "id"
from "users"
where
  lower(email) = $1

-- UsersRepository.updateUserQuery(7, {"password_hash":"scrypt$…","role":"funder","funder_id":3,"participant_id":null})
-- $1 = 'scrypt$…'
-- $2 = 'funder'
-- $3 = 3
-- $4 = null
-- $5 = 7
update "users"
set
  "password_hash" = $1,
  "role" = $2,
  "funder_id" = $3,
  "participant_id" = $4,
  "status" = case when status = 'invited' then 'active' else status end,
  "updated_at" = now()
where
  "id" = $5
returning
  "id",
  "email",
  "role"

-- UsersRepository.insertUserQuery('telekom@mintq.example', {"password_hash":"scrypt$…","role":"funder","funder_id":3,"participant_id":null})
-- $1 = 'scrypt$…'
-- $2 = 'funder'
-- $3 = 3
-- $4 = null
-- $5 = 'telekom@mintq.example'
insert into "users" ("password_hash", "role", "funder_id", "participant_id", "email")
values
  ($1, $2, $3, $4, $5)
returning
  "id",
  "email",
  "role"

-- UsersRepository.insertAuditQuery({"created":true,"userId":7,"role":"funder","funderKey":"telekom-stiftung"})
-- $1 = null
-- $2 = 'cli'
-- $3 = 'user.created'
-- $4 = 'user:7'
-- $5 = '{"role":"funder","funder":"telekom-stiftung"}'
insert into "audit_log" ("user_id", "actor", "action", "subject", "details")
values
  ($1, $2, $3, $4, $5)
