-- NOTE: This file is generated from the query builders of src/reports/reports.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- ReportsRepository.findFunderQuery('aqtivator')
-- $1 = 'aqtivator'
select
  "id",
  "key",
  "name",
  "kind"
from "funders"
where
  "key" = $1

-- ReportsRepository.programmeNamesQuery([1, 2])
-- $1 = 1
-- $2 = 2
select distinct
  "programs"."name"
from "programs"
where
  exists (
    select
      "cohorts"."id"
    from "cohorts"
    where
      "cohorts"."program_id" = "programs"."id"
      and "cohorts"."id" in ($1, $2)
  )
order by
  "programs"."name"

-- ReportsRepository.instrumentWavesQuery([1, 2])
-- $1 = 1
-- $2 = 2
select distinct
  "instruments"."key",
  "instruments"."name",
  "instruments"."kind",
  "waves"."wave",
  "cohorts"."key" as "cohort"
from "instruments"
inner join "waves" on "waves"."instrument_id" = "instruments"."id"
inner join "cohorts" on "cohorts"."id" = "waves"."cohort_id"
where
  "waves"."cohort_id" in ($1, $2)
order by
  "instruments"."key",
  "cohorts"."key",
  "waves"."wave"

-- ReportsRepository.answerScalesQuery()
-- $1 = 'likert'
select
  "instruments"."key",
  min("items"."scale_min") as "min",
  max("items"."scale_max") as "max"
from "items"
inner join "instruments" on "instruments"."id" = "items"."instrument_id"
where
  "items"."role" = $1
  and "items"."dimension" is not null
group by
  "instruments"."key"
order by
  "instruments"."key"

-- ReportsRepository.cohortsInPeriodQuery([1, 2], '2025-01-01', '2025-12-31')
-- $1 = 1
-- $2 = 2
-- $3 = '2025-12-31'
-- $4 = '2025-01-01'
select
  "key",
  "label"
from "cohorts"
where
  "id" in ($1, $2)
  and "starts_on" <= $3
  and "ends_on" >= $4
order by
  "key"

-- ReportsRepository.importedBatchesQuery()
-- $1 = 'imported'
select
  "id",
  "finished_at",
  "counts"
from "import_batches"
where
  "outcome" = $1
order by
  "id"

-- ReportsRepository.insertReportQuery({"id":"6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d","funder_id":3,"from":"2025-01-01","to":"2025-12-31","language":"de","content":"{}","content_hash":"c0ffee","suppression_k":5,"definitions_version":"2026-11","user_id":3,"created_by":"projektleitung@mintq.example","created_by_role":"PROJECT_LEAD"})
-- $1 = '6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d'
-- $2 = 3
-- $3 = '2025-01-01'
-- $4 = '2025-12-31'
-- $5 = 'de'
-- $6 = '{}'
-- $7 = 'c0ffee'
-- $8 = 5
-- $9 = '2026-11'
-- $10 = 3
-- $11 = 'projektleitung@mintq.example'
-- $12 = 'PROJECT_LEAD'
insert into "funder_reports" ("id", "funder_id", "from", "to", "language", "content", "content_hash", "suppression_k", "definitions_version", "user_id", "created_by", "created_by_role")
values
  ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)

-- ReportsRepository.insertReportAuditQuery({"id":"6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d","funder_id":3,"from":"2025-01-01","to":"2025-12-31","language":"de","content":"{}","content_hash":"c0ffee","suppression_k":5,"definitions_version":"2026-11","user_id":3,"created_by":"projektleitung@mintq.example","created_by_role":"PROJECT_LEAD"}, 'aqtivator')
-- $1 = 3
-- $2 = 'api'
-- $3 = 'report.generated'
-- $4 = 'report:6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d'
-- $5 = '{"funder":"aqtivator","from":"2025-01-01","to":"2025-12-31","language":"de"}'
insert into "audit_log" ("user_id", "actor", "action", "subject", "details")
values
  ($1, $2, $3, $4, $5)

-- ReportsRepository.reportsQuery()
select
  "r"."id",
  "r"."funder_id",
  "f"."key" as "funder_key",
  "f"."name" as "funder_name",
  "f"."kind" as "funder_kind",
  "r"."from",
  "r"."to",
  "r"."language",
  "r"."content",
  "r"."content_hash",
  "r"."suppression_k",
  "r"."definitions_version",
  "r"."created_by",
  coalesce(r.created_by_role, case when u.role = 'project_lead' then 'PROJECT_LEAD' else 'ADMIN' end) as "created_by_role",
  "r"."created_at"
from "funder_reports" as "r"
inner join "funders" as "f" on "f"."id" = "r"."funder_id"
left join "users" as "u" on "u"."id" = "r"."user_id"

-- ReportsRepository.findReportQuery('6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d')
-- $1 = '6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d'
select
  "r"."id",
  "r"."funder_id",
  "f"."key" as "funder_key",
  "f"."name" as "funder_name",
  "f"."kind" as "funder_kind",
  "r"."from",
  "r"."to",
  "r"."language",
  "r"."content",
  "r"."content_hash",
  "r"."suppression_k",
  "r"."definitions_version",
  "r"."created_by",
  coalesce(r.created_by_role, case when u.role = 'project_lead' then 'PROJECT_LEAD' else 'ADMIN' end) as "created_by_role",
  "r"."created_at"
from "funder_reports" as "r"
inner join "funders" as "f" on "f"."id" = "r"."funder_id"
left join "users" as "u" on "u"."id" = "r"."user_id"
where
  "r"."id" = $1

-- ReportsRepository.listReportsQuery(3)
-- $1 = 3
select
  "r"."id",
  "r"."funder_id",
  "f"."key" as "funder_key",
  "f"."name" as "funder_name",
  "f"."kind" as "funder_kind",
  "r"."from",
  "r"."to",
  "r"."language",
  "r"."content",
  "r"."content_hash",
  "r"."suppression_k",
  "r"."definitions_version",
  "r"."created_by",
  coalesce(r.created_by_role, case when u.role = 'project_lead' then 'PROJECT_LEAD' else 'ADMIN' end) as "created_by_role",
  "r"."created_at"
from "funder_reports" as "r"
inner join "funders" as "f" on "f"."id" = "r"."funder_id"
left join "users" as "u" on "u"."id" = "r"."user_id"
where
  "r"."funder_id" = $1
order by
  "r"."created_at" desc,
  "r"."id"

-- ReportsRepository.findFileQuery('6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d', 'pdf')
-- $1 = '6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d'
-- $2 = 'pdf'
select
  "bytes"
from "funder_report_files"
where
  "report_id" = $1
  and "format" = $2

-- ReportsRepository.insertFileOnceQuery('6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d', 'pdf', <4 bytes>, 'c0ffee')
-- $1 = '6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d'
-- $2 = 'pdf'
-- $3 = <4 bytes>
-- $4 = 'c0ffee'
insert into "funder_report_files" ("report_id", "format", "bytes", "sha256")
values
  ($1, $2, $3, $4)
on conflict ("report_id", "format") do nothing
