-- NOTE: This file is generated from the query builders of src/my-entries/my-entries.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- MyEntriesRepository.participantQuery(7)
-- $1 = 7
select
  "p"."id",
  "p"."key",
  "p"."display_name",
  "p"."email",
  "p"."network_id",
  "n"."key" as "network_key",
  "n"."name" as "network_name",
  "n"."state_code"
from "participants" as "p"
inner join "networks" as "n" on "n"."id" = "p"."network_id"
where
  "p"."id" = $1

-- MyEntriesRepository.enrollmentsQuery(7)
-- $1 = 7
select
  "c"."id" as "cohort_id",
  "c"."key" as "cohort_key",
  "c"."label",
  "c"."starts_on",
  "c"."ends_on",
  "c"."transfer_workshop_on",
  "c"."activity_edit_days",
  "e"."status",
  "e"."certified_on"
from "enrollments" as "e"
inner join "cohorts" as "c" on "c"."id" = "e"."cohort_id"
where
  "e"."participant_id" = $1
order by
  "c"."starts_on" desc,
  "c"."id" desc

-- MyEntriesRepository.wavesQuery(7)
-- $1 = 7
-- $2 = 7
select
  "w"."cohort_id",
  "w"."wave",
  "i"."kind",
  "w"."opens_on",
  "w"."closes_on",
  exists (
    select
      "r"."id"
    from "responses" as "r"
    where
      "r"."wave_id" = "w"."id"
      and "r"."participant_id" = $1
  ) as "responded"
from "waves" as "w"
inner join "enrollments" as "e" on "e"."cohort_id" = "w"."cohort_id"
inner join "instruments" as "i" on "i"."id" = "w"."instrument_id"
where
  "e"."participant_id" = $2
order by
  "w"."opens_on",
  "w"."id"

-- MyEntriesRepository.goalsQuery(7, 'P0007-goal-1')
-- $1 = 7
-- $2 = 'P0007-goal-1'
select
  "g"."id",
  "g"."key",
  "c"."key" as "cohort_key",
  "g"."cohort_id",
  "g"."title",
  "g"."description",
  "g"."staircase_level",
  "g"."weight",
  "g"."level_minus_2",
  "g"."level_minus_1",
  "g"."level_0",
  "g"."level_plus_1",
  "g"."level_plus_2",
  "g"."method",
  "g"."set_on",
  "g"."due_on",
  "g"."version"
from "goals" as "g"
inner join "cohorts" as "c" on "c"."id" = "g"."cohort_id"
where
  "g"."participant_id" = $1
  and "g"."key" = $2
order by
  "g"."set_on" desc,
  "g"."id" desc

-- MyEntriesRepository.lockGoalQuery(7, 'P0007-goal-1')
-- $1 = 7
-- $2 = 'P0007-goal-1'
select
  "id",
  "version",
  "set_on"
from "goals"
where
  "participant_id" = $1
  and "key" = $2 for
update

-- MyEntriesRepository.checkinsQuery([12, 13])
-- $1 = 12
-- $2 = 13
select
  "goal_id",
  "position",
  "checked_on",
  "gas_level",
  "note",
  "app_entered_at"
from "checkins"
where
  "goal_id" in ($1, $2)
order by
  "goal_id",
  "position"

-- MyEntriesRepository.takenKeysQuery('goals', 'P0007', 'goal')
-- $1 = 'P0007-goal-'
select
  "key"
from "goals"
where
  starts_with(key, $1)

-- MyEntriesRepository.insertGoalQuery(7, 'P0007-goal-1', '2026-12-05', {"cohort_id":2,"title":"Zwei Initiativen zur Wirkungsmessung beraten","description":"Initiativen planen ihre Wirkung","staircase_level":3,"weight":1,"level_minus_2":"keine","level_minus_1":"eine beraten","level_0":"zwei beraten","level_plus_1":"drei beraten","level_plus_2":"vier beraten","method":"Dokumentenanalyse","due_on":"2027-06-05"})
-- $1 = 2
-- $2 = 'Zwei Initiativen zur Wirkungsmessung beraten'
-- $3 = 'Initiativen planen ihre Wirkung'
-- $4 = 3
-- $5 = 1
-- $6 = 'keine'
-- $7 = 'eine beraten'
-- $8 = 'zwei beraten'
-- $9 = 'drei beraten'
-- $10 = 'vier beraten'
-- $11 = 'Dokumentenanalyse'
-- $12 = '2027-06-05'
-- $13 = 'P0007-goal-1'
-- $14 = 7
-- $15 = '2026-12-05'
insert into "goals" ("cohort_id", "title", "description", "staircase_level", "weight", "level_minus_2", "level_minus_1", "level_0", "level_plus_1", "level_plus_2", "method", "due_on", "key", "participant_id", "set_on", "app_edited_at")
values
  ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, now())
returning
  "id"

-- MyEntriesRepository.updateGoalQuery(12, {"cohort_id":2,"title":"Zwei Initiativen zur Wirkungsmessung beraten","description":"Initiativen planen ihre Wirkung","staircase_level":3,"weight":1,"level_minus_2":"keine","level_minus_1":"eine beraten","level_0":"zwei beraten","level_plus_1":"drei beraten","level_plus_2":"vier beraten","method":"Dokumentenanalyse","due_on":"2027-06-05"})
-- $1 = 2
-- $2 = 'Zwei Initiativen zur Wirkungsmessung beraten'
-- $3 = 'Initiativen planen ihre Wirkung'
-- $4 = 3
-- $5 = 1
-- $6 = 'keine'
-- $7 = 'eine beraten'
-- $8 = 'zwei beraten'
-- $9 = 'drei beraten'
-- $10 = 'vier beraten'
-- $11 = 'Dokumentenanalyse'
-- $12 = '2027-06-05'
-- $13 = 12
update "goals"
set
  "cohort_id" = $1,
  "title" = $2,
  "description" = $3,
  "staircase_level" = $4,
  "weight" = $5,
  "level_minus_2" = $6,
  "level_minus_1" = $7,
  "level_0" = $8,
  "level_plus_1" = $9,
  "level_plus_2" = $10,
  "method" = $11,
  "due_on" = $12,
  "version" = version + 1,
  "app_edited_at" = now()
where
  "id" = $13
returning
  "version"

-- MyEntriesRepository.insertCheckinQuery(12, {"checkedOn":"2026-12-05","gasLevel":0,"note":"Zwischenstand"})
-- $1 = 12
-- $2 = 12
-- $3 = '2026-12-05'
-- $4 = 0
-- $5 = 'Zwischenstand'
insert into "checkins" ("goal_id", "position", "checked_on", "gas_level", "note", "app_entered_at")
values
  ($1, (
    select
      coalesce(max(position), 0) + 1 as "next"
    from "checkins"
    where
      "goal_id" = $2
  ), $3, $4, $5, now())
returning
  "position"

-- MyEntriesRepository.activitiesQuery(7, 'P0007-act-1')
-- $1 = 7
-- $2 = 'P0007-act-1'
select
  "id",
  "key",
  "occurred_on",
  "format",
  "title",
  "educators_reached",
  "youth_reached_estimate",
  "app_entered_at"
from "activities"
where
  "participant_id" = $1
  and "key" = $2
order by
  "occurred_on" desc,
  "id" desc

-- MyEntriesRepository.lockActivityQuery(7, 'P0007-act-1')
-- $1 = 7
-- $2 = 'P0007-act-1'
select
  "id",
  "app_entered_at"
from "activities"
where
  "participant_id" = $1
  and "key" = $2 for
update

-- MyEntriesRepository.activityInitiativesQuery([40, 41])
-- $1 = 40
-- $2 = 41
select
  "l"."activity_id",
  "i"."id",
  "i"."key",
  "i"."name",
  "i"."kind"
from "activity_initiatives" as "l"
inner join "initiatives" as "i" on "i"."id" = "l"."initiative_id"
where
  "l"."activity_id" in ($1, $2)
order by
  "i"."name",
  "i"."key"

-- MyEntriesRepository.networkInitiativesQuery(3, ['mint-ostalb-i01', 'mint-ostalb-ini-1'])
-- $1 = 3
-- $2 = 'mint-ostalb-i01'
-- $3 = 'mint-ostalb-ini-1'
select
  "id",
  "key",
  "name",
  "kind"
from "initiatives"
where
  "network_id" = $1
  and "key" in ($2, $3)
order by
  "name",
  "key"

-- MyEntriesRepository.insertInitiativeQuery({"key":"mint-ostalb-ini-1","networkId":3,"name":"Makerspace Aalen","kind":"other","addedBy":7})
-- $1 = 'mint-ostalb-ini-1'
-- $2 = 3
-- $3 = 'Makerspace Aalen'
-- $4 = 'other'
-- $5 = 7
insert into "initiatives" ("key", "network_id", "name", "kind", "added_by")
values
  ($1, $2, $3, $4, $5)
returning
  "id"

-- MyEntriesRepository.insertActivityQuery(7, 'P0007-act-1', {"occurred_on":"2026-11-20","format":"workshop","title":"Netzwerktreffen Qualität","educators_reached":12,"youth_reached_estimate":120})
-- $1 = '2026-11-20'
-- $2 = 'workshop'
-- $3 = 'Netzwerktreffen Qualität'
-- $4 = 12
-- $5 = 120
-- $6 = 'P0007-act-1'
-- $7 = 7
insert into "activities" ("occurred_on", "format", "title", "educators_reached", "youth_reached_estimate", "key", "participant_id", "app_entered_at")
values
  ($1, $2, $3, $4, $5, $6, $7, now())
returning
  "id"

-- MyEntriesRepository.updateActivityQuery(40, {"occurred_on":"2026-11-20","format":"workshop","title":"Netzwerktreffen Qualität","educators_reached":12,"youth_reached_estimate":120})
-- $1 = '2026-11-20'
-- $2 = 'workshop'
-- $3 = 'Netzwerktreffen Qualität'
-- $4 = 12
-- $5 = 120
-- $6 = 40
update "activities"
set
  "occurred_on" = $1,
  "format" = $2,
  "title" = $3,
  "educators_reached" = $4,
  "youth_reached_estimate" = $5,
  "app_edited_at" = now()
where
  "id" = $6

-- MyEntriesRepository.deleteActivityQuery(40)
-- $1 = 40
delete from "activities"
where
  "id" = $1

-- MyEntriesRepository.unlinkInitiativesQuery(40, [5, 6])
-- $1 = 40
-- $2 = 5
-- $3 = 6
delete from "activity_initiatives"
where
  "activity_id" = $1
  and "initiative_id" not in ($2, $3)

-- MyEntriesRepository.linkInitiativesQuery(40, [5, 6])
-- $1 = 40
-- $2 = 5
-- $3 = 40
-- $4 = 6
insert into "activity_initiatives" ("activity_id", "initiative_id")
values
  ($1, $2),
  ($3, $4)
on conflict ("activity_id", "initiative_id") do nothing

-- MyEntriesRepository.insertHistoryQuery({"userId":9,"actor":"koordination@mintq.example","participantId":7,"entity":"goal","entityKey":"P0007-goal-1","action":"updated","version":2,"before":{"title":"Alt"},"after":{"title":"Neu"}})
-- $1 = 9
-- $2 = 'koordination@mintq.example'
-- $3 = 'app'
-- $4 = 7
-- $5 = 'goal'
-- $6 = 'P0007-goal-1'
-- $7 = 'updated'
-- $8 = 2
-- $9 = '{"title":"Alt"}'
-- $10 = '{"title":"Neu"}'
insert into "entry_history" ("user_id", "actor", "source", "participant_id", "entity", "entity_key", "action", "version", "before", "after")
values
  ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
