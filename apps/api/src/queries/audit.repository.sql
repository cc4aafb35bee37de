-- NOTE: This file is generated from the query builders of src/audit/audit.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- AuditRepository.auditLogQuery({"actions":["user.invited","login.failed"],"user":"telekom","from":"2026-01-01","to":"2026-12-31"}, {"limit":50,"beforeId":"120"})
-- $1 = 'user.invited'
-- $2 = 'login.failed'
-- $3 = 'telekom'
-- $4 = 'telekom'
-- $5 = '2026-01-01'
-- $6 = '2026-12-31'
-- $7 = '120'
-- $8 = 51
select
  a.id::text as "id",
  "a"."at",
  "a"."action",
  "actor"."email" as "actor",
  coalesce(affected.email, a.subject) as "subject",
  a.details::text as "details"
from "audit_log" as "a"
left join "users" as "actor" on "actor"."id" = "a"."user_id"
left join "users" as "affected" on a.subject = 'user:' || affected.id
where
  "a"."action" in ($1, $2)
  and (strpos(lower(actor.email), lower($3)) > 0 or strpos(lower(affected.email), lower($4)) > 0)
  and "a"."at" >= ($5::date)::timestamp at time zone 'Europe/Berlin'
  and "a"."at" < ($6::date + 1)::timestamp at time zone 'Europe/Berlin'
  and "a"."id" < $7::bigint
order by
  "a"."id" desc
limit $8

-- AuditRepository.auditCountQuery({"actions":["user.invited"],"user":"telekom","from":"2026-01-01","to":"2026-12-31"})
-- $1 = 'user.invited'
-- $2 = 'telekom'
-- $3 = 'telekom'
-- $4 = '2026-01-01'
-- $5 = '2026-12-31'
select
  count(*)::int as "total"
from "audit_log" as "a"
left join "users" as "actor" on "actor"."id" = "a"."user_id"
left join "users" as "affected" on a.subject = 'user:' || affected.id
where
  "a"."action" in ($1)
  and (strpos(lower(actor.email), lower($2)) > 0 or strpos(lower(affected.email), lower($3)) > 0)
  and "a"."at" >= ($4::date)::timestamp at time zone 'Europe/Berlin'
  and "a"."at" < ($5::date + 1)::timestamp at time zone 'Europe/Berlin'

-- AuditRepository.mailOutboxQuery(50)
-- $1 = 50
select
  "id",
  "created_at",
  "kind",
  "recipient",
  "subject",
  "body",
  "sent_at",
  "error"
from "mail_outbox"
order by
  "id" desc
limit $1
