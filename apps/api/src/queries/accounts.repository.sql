-- NOTE: This file is generated from the query builders of src/accounts/accounts.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- AccountsRepository.findRecipientQuery({"userId":7})
-- $1 = 7
select
  "users"."id",
  "users"."email",
  "users"."status",
  "users"."role",
  "users"."language",
  "funders"."name" as "funder_name"
from "users"
left join "funders" on "funders"."id" = "users"."funder_id"
where
  "users"."id" = $1

-- AccountsRepository.findRecipientQuery({"email":"Lea@Stiftung.example"})
-- $1 = 'lea@stiftung.example'
select
  "users"."id",
  "users"."email",
  "users"."status",
  "users"."role",
  "users"."language",
  "funders"."name" as "funder_name"
from "users"
left join "funders" on "funders"."id" = "users"."funder_id"
where
  lower(users.email) = $1

-- AccountsRepository.retireLinksQuery(7, 'invitation')
-- $1 = 7
-- $2 = 'invitation'
update "user_tokens"
set
  "used_at" = now()
where
  "user_id" = $1
  and "kind" = $2
  and "used_at" is null

-- AccountsRepository.insertLinkQuery({"userId":7,"kind":"password_reset","tokenHash":"c0ffee","expiresAt":"2026-12-05T18:00:00.000Z"})
-- $1 = 7
-- $2 = 'password_reset'
-- $3 = 'c0ffee'
-- $4 = '2026-12-05T18:00:00.000Z'
insert into "user_tokens" ("user_id", "kind", "token_hash", "expires_at")
values
  ($1, $2, $3, $4)

-- AccountsRepository.countLinksSinceQuery(7, 'password_reset', '2026-12-05T16:00:00.000Z')
-- $1 = 7
-- $2 = 'password_reset'
-- $3 = '2026-12-05T16:00:00.000Z'
select
  count(*) as "count"
from "user_tokens"
where
  "user_id" = $1
  and "kind" = $2
  and "created_at" > $3

-- AccountsRepository.findOpenLinkQuery('c0ffee', 'invitation')
-- $1 = 'c0ffee'
-- $2 = 'invitation'
select
  "user_tokens"."id",
  "user_tokens"."user_id",
  "user_tokens"."expires_at",
  "users"."email",
  "users"."status"
from "user_tokens"
inner join "users" on "users"."id" = "user_tokens"."user_id"
where
  "user_tokens"."token_hash" = $1
  and "user_tokens"."kind" = $2
  and "user_tokens"."used_at" is null
  and "user_tokens"."expires_at" > now()

-- AccountsRepository.useLinkQuery(12)
-- $1 = 12
update "user_tokens"
set
  "used_at" = now()
where
  "id" = $1
  and "used_at" is null
  and "expires_at" > now()
returning
  "user_id"

-- AccountsRepository.setPasswordQuery(7, 'scrypt$…', true)
-- $1 = 'scrypt$…'
-- $2 = 'active'
-- $3 = 7
update "users"
set
  "password_hash" = $1,
  "updated_at" = now(),
  "status" = $2
where
  "id" = $3

-- AccountsRepository.findPasswordHashQuery(7)
-- $1 = 7
-- $2 = 'active'
select
  "email",
  "password_hash"
from "users"
where
  "id" = $1
  and "status" = $2
