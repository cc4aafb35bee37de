-- NOTE: This file is generated from the query builders of src/mail/mail-outbox.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- MailOutboxRepository.insertMailQuery({"kind":"invitation","recipient":"lea@stiftung.example","subject":"Einladung zu mintq","body":"…"})
-- $1 = 'invitation'
-- $2 = 'lea@stiftung.example'
-- $3 = 'Einladung zu mintq'
-- $4 = '…'
insert into "mail_outbox" ("kind", "recipient", "subject", "body")
values
  ($1, $2, $3, $4)
returning
  "id"

-- MailOutboxRepository.markSentQuery(12)
-- $1 = null
-- $2 = 12
update "mail_outbox"
set
  "sent_at" = now(),
  "error" = $1
where
  "id" = $2

-- MailOutboxRepository.markFailedQuery(12, {"error":"connect ECONNREFUSED 127.0.0.1:25","body":"…"})
-- $1 = 'connect ECONNREFUSED 127.0.0.1:25'
-- $2 = '…'
-- $3 = 12
update "mail_outbox"
set
  "error" = $1,
  "body" = $2
where
  "id" = $3
