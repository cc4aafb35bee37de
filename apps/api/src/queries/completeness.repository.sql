-- NOTE: This file is generated from the query builders of src/completeness/completeness.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- CompletenessRepository.cohortQuery('2024-25')
-- $1 = '2024-25'
select
  "id",
  "key",
  "label",
  "activity_edit_days"
from "cohorts"
where
  "key" = $1

-- CompletenessRepository.completenessQuery(4, '2026-12-05')
-- $1 = 4
-- $2 = 4
-- $3 = '2026-12-05'
-- $4 = 4
-- $5 = 4
with
  "goal_facts" as (
    select
      "g"."participant_id",
      "g"."id",
      "g"."due_on",
      coalesce(json_agg(c.checked_on order by c.checked_on) filter (where c.id is not null), '[]'::json) as "checkin_dates"
    from "goals" as "g"
    left join "checkins" as "c" on "c"."goal_id" = "g"."id"
    where
      "g"."cohort_id" = $1
    group by
      "g"."participant_id",
      "g"."id",
      "g"."due_on"
  ),
  "person_goals" as (
    select
      "participant_id",
      json_agg(json_build_object('dueOn', due_on, 'checkinDates', checkin_dates) order by due_on, id) as "goals"
    from "goal_facts"
    group by
      "participant_id"
  ),
  "person_activities" as (
    select
      "participant_id",
      max("occurred_on") as "last_activity_on"
    from "activities"
    where
      "participant_id" in (
        select
          "participant_id"
        from "enrollments"
        where
          "cohort_id" = $2
      )
      and "occurred_on" <= $3
    group by
      "participant_id"
  ),
  "person_reminders" as (
    select
      "participant_id",
      max("sent_at") as "last_reminded_at",
      (count(*) filter (where sent_at is null and cancelled_at is null))::int as "scheduled_reminders"
    from "reminders"
    where
      "participant_id" in (
        select
          "participant_id"
        from "enrollments"
        where
          "cohort_id" = $4
      )
    group by
      "participant_id"
  )
select
  "p"."key" as "participant_key",
  "p"."display_name",
  "p"."email",
  "e"."status" as "enrollment_status",
  "u"."status" as "account_status",
  coalesce(pg.goals, '[]'::json) as "goals",
  "pa"."last_activity_on",
  "pr"."last_reminded_at",
  coalesce(pr.scheduled_reminders, 0) as "scheduled_reminders"
from "enrollments" as "e"
inner join "participants" as "p" on "p"."id" = "e"."participant_id"
left join "users" as "u" on "u"."participant_id" = "p"."id"
left join "person_goals" as "pg" on "pg"."participant_id" = "p"."id"
left join "person_activities" as "pa" on "pa"."participant_id" = "p"."id"
left join "person_reminders" as "pr" on "pr"."participant_id" = "p"."id"
where
  "e"."cohort_id" = $5
order by
  "p"."key"

-- CompletenessRepository.entryHistoryQuery({"cohortId":4,"participantKey":"P0042"}, 50, 100)
-- $1 = 4
-- $2 = 'P0042'
-- $3 = 50
-- $4 = 100
select
  h.id::text as "id",
  "h"."at",
  "h"."actor",
  "h"."source",
  "p"."key" as "participant_key",
  "h"."entity",
  "h"."entity_key",
  "h"."action",
  "h"."version",
  "h"."before",
  "h"."after"
from "entry_history" as "h"
inner join "participants" as "p" on "p"."id" = "h"."participant_id"
where
  "h"."participant_id" in (
    select
      "participant_id"
    from "enrollments"
    where
      "cohort_id" = $1
  )
  and "p"."key" = $2
order by
  "h"."at" desc,
  "h"."id" desc
limit $3
offset $4

-- CompletenessRepository.entryHistoryCountQuery({"cohortId":4,"participantKey":"P0042"})
-- $1 = 4
-- $2 = 'P0042'
select
  count(*)::int as "n"
from "entry_history" as "h"
inner join "participants" as "p" on "p"."id" = "h"."participant_id"
where
  "h"."participant_id" in (
    select
      "participant_id"
    from "enrollments"
    where
      "cohort_id" = $1
  )
  and "p"."key" = $2

-- CompletenessRepository.lockCohortQuery('2024-25', db)
-- $1 = '2024-25'
select
  "id",
  "key",
  "label",
  "activity_edit_days"
from "cohorts"
where
  "key" = $1 for
update

-- CompletenessRepository.setActivityEditDaysQuery(4, 30)
-- $1 = 30
-- $2 = 4
update "cohorts"
set
  "activity_edit_days" = $1
where
  "id" = $2

-- CompletenessRepository.rosterQuery(4, ['P0041', 'P0042'])
-- $1 = 1
-- $2 = 4
-- $3 = 'P0041'
-- $4 = 'P0042'
select
  "p"."id" as "participant_id",
  "p"."key" as "participant_key",
  "p"."email",
  "e"."status" as "enrollment_status",
  "own"."id" as "own_user_id",
  (
    select
      "other"."id"
    from "users" as "other"
    where
      lower(other.email) = lower(p.email)
    limit $1
  ) as "email_user_id"
from "enrollments" as "e"
inner join "participants" as "p" on "p"."id" = "e"."participant_id"
left join "users" as "own" on "own"."participant_id" = "p"."id"
where
  "e"."cohort_id" = $2
  and "p"."key" in ($3, $4)
order by
  "p"."key"

-- CompletenessRepository.insertCohortAuditQuery({"actorId":3,"actorEmail":"projektleitung@mintq.example","action":"cohort.activity_edit_window_set","cohortKey":"2024-25","details":{"cohort":"2024-25","from":14,"to":30}})
-- $1 = 3
-- $2 = 'projektleitung@mintq.example'
-- $3 = 'cohort.activity_edit_window_set'
-- $4 = 'cohort:2024-25'
-- $5 = '{"cohort":"2024-25","from":14,"to":30}'
insert into "audit_log" ("user_id", "actor", "action", "subject", "details")
values
  ($1, $2, $3, $4, $5)
