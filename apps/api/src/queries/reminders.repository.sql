-- NOTE: This file is generated from the query builders of src/reminders/reminders.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- RemindersRepository.cohortQuery('2024-25')
-- $1 = '2024-25'
select
  "id",
  "key"
from "cohorts"
where
  "key" = $1

-- RemindersRepository.enrolledQuery(4, ['P0001', 'P0002'])
-- $1 = 4
-- $2 = 'withdrawn'
-- $3 = 'P0001'
-- $4 = 'P0002'
select
  "p"."id",
  "p"."key"
from "enrollments" as "e"
inner join "participants" as "p" on "p"."id" = "e"."participant_id"
where
  "e"."cohort_id" = $1
  and "e"."status" <> $2
  and "p"."key" in ($3, $4)

-- RemindersRepository.openGoalsQuery(4, [11, 12], 'goal_due_soon', '2026-12-05')
-- $1 = 4
-- $2 = 11
-- $3 = 12
-- $4 = '2026-12-05'
select distinct on ("g"."participant_id")
  "g"."participant_id",
  "g"."id" as "goal_id",
  "g"."title",
  "g"."due_on"
from "goals" as "g"
where
  "g"."cohort_id" = $1
  and "g"."participant_id" in ($2, $3)
  and "g"."due_on" >= $4
  and not exists (
    select
      "c"."id"
    from "checkins" as "c"
    where
      "c"."goal_id" = "g"."id"
      and c.checked_on >= g.due_on - 14
  )
order by
  "g"."participant_id",
  "g"."due_on",
  "g"."id"

-- RemindersRepository.openGoalsQuery(4, [11, 12], 'goal_overdue', '2026-12-05')
-- $1 = 4
-- $2 = 11
-- $3 = 12
-- $4 = '2026-12-05'
select distinct on ("g"."participant_id")
  "g"."participant_id",
  "g"."id" as "goal_id",
  "g"."title",
  "g"."due_on"
from "goals" as "g"
where
  "g"."cohort_id" = $1
  and "g"."participant_id" in ($2, $3)
  and "g"."due_on" < $4
  and not exists (
    select
      "c"."id"
    from "checkins" as "c"
    where
      "c"."goal_id" = "g"."id"
  )
order by
  "g"."participant_id",
  "g"."due_on",
  "g"."id"

-- RemindersRepository.withGoalQuery(4, [11, 12])
-- $1 = 4
-- $2 = 11
-- $3 = 12
select distinct
  "participant_id"
from "goals"
where
  "cohort_id" = $1
  and "participant_id" in ($2, $3)

-- RemindersRepository.recipientsQuery([11, 12])
-- $1 = 'deactivated'
-- $2 = 11
-- $3 = 12
select
  "p"."id" as "participant_id",
  "p"."key" as "participant_key",
  "p"."display_name",
  coalesce(u.email, nullif(trim(p.email), '')) as "email",
  coalesce(u.language, 'de') as "language"
from "participants" as "p"
left join "users" as "u" on "u"."participant_id" = "p"."id" and "u"."status" <> $1
where
  "p"."id" in ($2, $3)
order by
  "p"."key"

-- RemindersRepository.insertRemindersQuery([{"key":"manual:6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d:P0001","kind":"goal_overdue","participantId":11,"goalId":31,"message":"Bitte denken Sie an die Zielüberprüfung.","sendAfter":"2026-12-05T09:00:00.000Z","createdBy":3}])
-- $1 = 'manual:6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d:P0001'
-- $2 = 'goal_overdue'
-- $3 = 11
-- $4 = 31
-- $5 = 'Bitte denken Sie an die Zielüberprüfung.'
-- $6 = '2026-12-05T09:00:00.000Z'
-- $7 = 3
insert into "reminders" ("key", "kind", "participant_id", "goal_id", "message", "send_after", "created_by")
values
  ($1, $2, $3, $4, $5, $6, $7)
returning
  "key"

-- RemindersRepository.queueJobsQuery()
-- $1 = 'reminder'
insert into "jobs" ("kind", "key", "run_after")
select
  'reminder' as "kind",
  "r"."key",
  "r"."send_after"
from "reminders" as "r"
where
  "r"."sent_at" is null
  and "r"."cancelled_at" is null
  and not exists (
    select
      "j"."id"
    from "jobs" as "j"
    where
      "j"."kind" = $1
      and "j"."key" = "r"."key"
  )
on conflict ("kind", "key") do nothing

-- RemindersRepository.remindersQuery(4)
-- $1 = 4
-- $2 = 4
select
  "r"."key",
  r.kind as "kind",
  "p"."key" as "participant_key",
  "g"."key" as "goal_key",
  "r"."send_after",
  "r"."sent_at",
  "r"."cancelled_at",
  "r"."cancel_reason"
from "reminders" as "r"
inner join "participants" as "p" on "p"."id" = "r"."participant_id"
left join "goals" as "g" on "g"."id" = "r"."goal_id"
where
  ("g"."cohort_id" = $1 or ("r"."goal_id" is null and exists (
    select
      "e"."id"
    from "enrollments" as "e"
    where
      "e"."participant_id" = "r"."participant_id"
      and "e"."cohort_id" = $2
  )))
order by
  "r"."send_after" desc,
  "r"."id" desc

-- RemindersRepository.reminderQuery('goal_overdue:P0001-goal-1:2026-12-04')
-- $1 = 'goal_overdue:P0001-goal-1:2026-12-04'
select
  "r"."key",
  r.kind as "kind",
  "p"."key" as "participant_key",
  "g"."key" as "goal_key",
  "r"."send_after",
  "r"."sent_at",
  "r"."cancelled_at",
  "r"."cancel_reason"
from "reminders" as "r"
inner join "participants" as "p" on "p"."id" = "r"."participant_id"
left join "goals" as "g" on "g"."id" = "r"."goal_id"
where
  "r"."key" = $1

-- RemindersRepository.remindersByKeysQuery(['manual:6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d:P0001'])
-- $1 = 'manual:6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d:P0001'
select
  "r"."key",
  r.kind as "kind",
  "p"."key" as "participant_key",
  "g"."key" as "goal_key",
  "r"."send_after",
  "r"."sent_at",
  "r"."cancelled_at",
  "r"."cancel_reason"
from "reminders" as "r"
inner join "participants" as "p" on "p"."id" = "r"."participant_id"
left join "goals" as "g" on "g"."id" = "r"."goal_id"
where
  "r"."key" in ($1)
order by
  "p"."key"

-- RemindersRepository.lockReminderQuery('goal_overdue:P0001-goal-1:2026-12-04')
-- $1 = 'goal_overdue:P0001-goal-1:2026-12-04'
select
  "r"."id",
  "r"."key",
  r.kind as "kind",
  "r"."participant_id",
  "r"."goal_id",
  "r"."message",
  "r"."sent_at",
  "r"."cancelled_at",
  "g"."key" as "goal_key",
  "g"."title" as "goal_title",
  "g"."due_on" as "goal_due_on",
  "e"."status" as "goal_enrollment_status",
  exists (
    select
      1
    from checkins c
    where
      c.goal_id = r.goal_id
  ) as "goal_checked_in",
  exists (
    select
      1
    from checkins c
    where
      c.goal_id = r.goal_id
      and c.checked_on >= g.due_on - 14
  ) as "goal_checked_in_due_soon",
  exists (
    select
      1
    from goals x
    where
      x.participant_id = r.participant_id
      and (x.set_on >= (r.created_at at time zone 'Europe/Berlin')::date or x.app_edited_at >= r.created_at)
  ) as "goal_set_since",
  exists (
    select
      1
    from enrollments x
    where
      x.participant_id = r.participant_id
      and x.status <> 'withdrawn'
  ) as "enrolled"
from "reminders" as "r"
left join "goals" as "g" on "g"."id" = "r"."goal_id"
left join "enrollments" as "e" on "e"."participant_id" = "g"."participant_id" and "e"."cohort_id" = "g"."cohort_id"
where
  "r"."key" = $1 for
update of "r"

-- RemindersRepository.cancelQuery(7, 'CANCELLED')
-- $1 = 'CANCELLED'
-- $2 = 7
update "reminders"
set
  "cancelled_at" = now(),
  "cancel_reason" = $1
where
  "id" = $2
  and "sent_at" is null
  and "cancelled_at" is null

-- RemindersRepository.insertMailQuery({"recipient":"miriam@example.org","subject":"Erinnerung","body":"…"})
-- $1 = 'reminder'
-- $2 = 'miriam@example.org'
-- $3 = 'Erinnerung'
-- $4 = '…'
insert into "mail_outbox" ("kind", "recipient", "subject", "body")
values
  ($1, $2, $3, $4)
returning
  "id"

-- RemindersRepository.markSentQuery(7, 42)
-- $1 = 42
-- $2 = 7
update "reminders"
set
  "mail_id" = $1,
  "sent_at" = now()
where
  "id" = $2

-- RemindersRepository.insertAuditQuery({"userId":3,"actor":"projektleitung@mintq.example","action":"reminder.cancelled","subject":"reminder:goal_overdue:P0001-goal-1:2026-12-04","details":{"key":"goal_overdue:P0001-goal-1:2026-12-04"}})
-- $1 = 3
-- $2 = 'projektleitung@mintq.example'
-- $3 = 'reminder.cancelled'
-- $4 = 'reminder:goal_overdue:P0001-goal-1:2026-12-04'
-- $5 = '{"key":"goal_overdue:P0001-goal-1:2026-12-04"}'
insert into "audit_log" ("user_id", "actor", "action", "subject", "details")
values
  ($1, $2, $3, $4, $5)

-- RemindersRepository.cancelMovedQuery()
-- $1 = 'DUE_DATE_MOVED'
-- $2 = 'goal_due_soon'
-- $3 = 'goal_overdue'
update "reminders" as "r"
set
  "cancelled_at" = now(),
  "cancel_reason" = $1
from "goals" as "g"
where
  "g"."id" = "r"."goal_id"
  and "r"."kind" in ($2, $3)
  and r.key like r.kind || ':%'
  and r.key <> r.kind || ':' || g.key || ':' || g.due_on::text
  and "r"."sent_at" is null
  and "r"."cancelled_at" is null

-- RemindersRepository.scheduleDueSoonQuery()
insert into reminders (key, kind, participant_id, goal_id, send_after)
select
  'goal_due_soon:' || g.key || ':' || g.due_on::text,
  'goal_due_soon',
  g.participant_id,
  g.id,
  ((g.due_on - 14) + make_time(8, 0, 0)) at time zone 'Europe/Berlin'
from goals g
join enrollments e on e.participant_id = g.participant_id and e.cohort_id = g.cohort_id
where
  e.status <> 'withdrawn'
  and g.due_on >= (now() at time zone 'Europe/Berlin')::date
  and not exists (
    select
      1
    from checkins c
    where
      c.goal_id = g.id
      and c.checked_on >= g.due_on - 14
  )
on conflict (key) do nothing

-- RemindersRepository.scheduleOverdueQuery()
insert into reminders (key, kind, participant_id, goal_id, send_after)
select
  'goal_overdue:' || g.key || ':' || g.due_on::text,
  'goal_overdue',
  g.participant_id,
  g.id,
  ((g.due_on + 1) + make_time(8, 0, 0)) at time zone 'Europe/Berlin'
from goals g
join enrollments e on e.participant_id = g.participant_id and e.cohort_id = g.cohort_id
where
  e.status <> 'withdrawn'
  and ((g.due_on + 1) + make_time(8, 0, 0)) at time zone 'Europe/Berlin' > now() - make_interval(days => 30)
  and not exists (
    select
      1
    from checkins c
    where
      c.goal_id = g.id
  )
on conflict (key) do nothing
