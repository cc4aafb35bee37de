-- NOTE: This file is generated from the query builders of src/users/user-admin.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- UserAdminRepository.listUsersQuery(['funder'])
-- $1 = 'funder'
select
  "u"."id",
  "u"."email",
  "u"."role",
  "u"."status",
  "u"."language",
  u.password_hash is not null as "has_password",
  "u"."last_sign_in_at",
  "u"."created_at",
  "f"."key" as "funder_key",
  "f"."name" as "funder_name",
  "f"."kind" as "funder_kind",
  (
    select
      max(t.expires_at)
    from user_tokens t
    where
      t.user_id = u.id
      and t.kind = 'invitation'
      and t.used_at is null
  ) as "invitation_expires_at"
from "users" as "u"
left join "funders" as "f" on "f"."id" = "u"."funder_id"
where
  "u"."role" in ($1)
order by
  lower(u.email),
  "u"."id"

-- UserAdminRepository.userQuery(7)
-- $1 = 7
select
  "u"."id",
  "u"."email",
  "u"."role",
  "u"."status",
  "u"."language",
  u.password_hash is not null as "has_password",
  "u"."last_sign_in_at",
  "u"."created_at",
  "f"."key" as "funder_key",
  "f"."name" as "funder_name",
  "f"."kind" as "funder_kind",
  (
    select
      max(t.expires_at)
    from user_tokens t
    where
      t.user_id = u.id
      and t.kind = 'invitation'
      and t.used_at is null
  ) as "invitation_expires_at"
from "users" as "u"
left join "funders" as "f" on "f"."id" = "u"."funder_id"
where
  "u"."id" = $1
order by
  lower(u.email),
  "u"."id"

-- UserAdminRepository.lockActiveAdminsQuery()
-- $1 = 'admin'
-- $2 = 'active'
select
  "id"
from "users"
where
  "role" = $1
  and "status" = $2 for
update

-- UserAdminRepository.insertInvitedUserQuery({"email":"telekom@mintq.example","role":"funder","funderId":3,"language":"de","invitedBy":1})
-- $1 = 'telekom@mintq.example'
-- $2 = 'funder'
-- $3 = 3
-- $4 = null
-- $5 = 'de'
-- $6 = 1
-- $7 = 'invited'
-- $8 = null
insert into "users" ("email", "role", "funder_id", "participant_id", "language", "invited_by", "status", "password_hash")
values
  ($1, $2, $3, $4, $5, $6, $7, $8)
returning
  "id"

-- UserAdminRepository.updateRoleQuery(7, 'funder', 3)
-- $1 = 'funder'
-- $2 = 3
-- $3 = 7
update "users"
set
  "role" = $1,
  "funder_id" = $2,
  "updated_at" = now()
where
  "id" = $3

-- UserAdminRepository.updateStatusQuery(7, 'deactivated')
-- $1 = 'deactivated'
-- $2 = 7
update "users"
set
  "status" = $1,
  "updated_at" = now()
where
  "id" = $2

-- UserAdminRepository.revokeSessionsQuery(7)
-- $1 = 7
update "sessions"
set
  "revoked_at" = now()
where
  "user_id" = $1
  and "revoked_at" is null

-- UserAdminRepository.expireLinksQuery(7)
-- $1 = 7
update "user_tokens"
set
  "expires_at" = least(expires_at, now())
where
  "user_id" = $1
  and "used_at" is null

-- UserAdminRepository.insertAuditQuery({"actorId":1,"actorEmail":"admin@mintq.example","action":"user.role_changed","userId":7,"details":{"from":{"role":"ANALYST","funder":null},"to":{"role":"FUNDER","funder":"telekom-stiftung"}}})
-- $1 = 1
-- $2 = 'admin@mintq.example'
-- $3 = 'user.role_changed'
-- $4 = 'user:7'
-- $5 = '{"from":{"role":"ANALYST","funder":null},"to":{"role":"FUNDER","funder":"telekom-stiftung"}}'
insert into "audit_log" ("user_id", "actor", "action", "subject", "details")
values
  ($1, $2, $3, $4, $5)
