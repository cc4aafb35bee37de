import type { ReportCreatorRole } from '@mintq/contract';
import type { NewFunderReport } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';

/** A stored report with its funder, as lists and downloads need it. */
export interface StoredReportRow {
  id: string;
  funder_id: number;
  funder_key: string;
  funder_name: string;
  funder_kind: string;
  from: string;
  to: string;
  language: 'de' | 'en';
  content: string;
  content_hash: string;
  suppression_k: number;
  definitions_version: string;
  created_by: string;
  /** The role the report was generated in (the snapshot's `createdBy`). */
  created_by_role: ReportCreatorRole;
  created_at: Date;
}

/** Funder reports and what a report's content is gathered from, besides the metric services. */
@Injectable()
export class ReportsRepository extends SqlRepository {
  findFunderQuery(key: string) {
    return this.db.selectFrom('funders').select(['id', 'key', 'name', 'kind']).where('key', '=', key);
  }

  findFunder(key: string) {
    return this.findFunderQuery(key).executeTakeFirst();
  }

  programmeNamesQuery(cohortIds: readonly number[]) {
    return this.db
      .selectFrom('programs')
      .select('programs.name')
      .distinct()
      .$if(cohortIds.length > 0, (qb) =>
        qb.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('cohorts')
              .select('cohorts.id')
              .whereRef('cohorts.program_id', '=', 'programs.id')
              .where('cohorts.id', 'in', [...cohortIds]),
          ),
        ),
      )
      .orderBy('programs.name');
  }

  /** Names of the programmes the cohorts belong to; all programmes when no cohort is given. */
  async programmeNames(cohortIds: readonly number[]): Promise<string[]> {
    const rows = await this.programmeNamesQuery(cohortIds).execute();
    return rows.map((r) => r.name);
  }

  instrumentWavesQuery(cohortIds: readonly number[]) {
    return this.db
      .selectFrom('instruments')
      .innerJoin('waves', 'waves.instrument_id', 'instruments.id')
      .innerJoin('cohorts', 'cohorts.id', 'waves.cohort_id')
      .select([
        'instruments.key',
        'instruments.name',
        'instruments.kind',
        'waves.wave',
        'cohorts.key as cohort',
      ])
      .distinct()
      .where('waves.cohort_id', 'in', cohortIds.length > 0 ? [...cohortIds] : [-1])
      .orderBy('instruments.key')
      .orderBy('cohorts.key')
      .orderBy('waves.wave');
  }

  /** Instruments with at least one wave in the given cohorts, one row per cohort and wave kind. */
  instrumentWaves(cohortIds: readonly number[]) {
    return this.instrumentWavesQuery(cohortIds).execute();
  }

  answerScalesQuery() {
    return this.db
      .selectFrom('items')
      .innerJoin('instruments', 'instruments.id', 'items.instrument_id')
      .select(({ fn }) => [
        'instruments.key',
        fn.min('items.scale_min').as('min'),
        fn.max('items.scale_max').as('max'),
      ])
      .where('items.role', '=', 'likert')
      .where('items.dimension', 'is not', null)
      .groupBy('instruments.key')
      .orderBy('instruments.key');
  }

  /** Per instrument, the answer scale its dimension scores lie on (the widest of its Likert items). */
  async answerScales(): Promise<Map<string, { min: number; max: number }>> {
    const rows = await this.answerScalesQuery().execute();
    return new Map(rows.map((r) => [r.key, { min: Number(r.min), max: Number(r.max) }]));
  }

  cohortsInPeriodQuery(cohortIds: readonly number[], from: string, to: string) {
    return this.db
      .selectFrom('cohorts')
      .select(['key', 'label'])
      .where('id', 'in', cohortIds.length > 0 ? [...cohortIds] : [-1])
      .where('starts_on', '<=', to)
      .where('ends_on', '>=', from)
      .orderBy('key');
  }

  /** The given cohorts that ran in the period (start ≤ to, end ≥ from), with their labels, sorted by key. */
  cohortsInPeriod(cohortIds: readonly number[], from: string, to: string) {
    return this.cohortsInPeriodQuery(cohortIds, from, to).execute();
  }

  importedBatchesQuery() {
    return this.db
      .selectFrom('import_batches')
      .select(['id', 'finished_at', 'counts'])
      .where('outcome', '=', 'imported')
      .orderBy('id');
  }

  /** Every successful import, oldest first. */
  importedBatches() {
    return this.importedBatchesQuery().execute();
  }

  insertReportQuery(report: NewFunderReport) {
    return this.db.insertInto('funder_reports').values(report);
  }

  /** The audit row of a frozen report: who froze which funder's report of which period. */
  insertReportAuditQuery(report: NewFunderReport, funderKey: string) {
    return this.db.insertInto('audit_log').values({
      user_id: report.user_id ?? null,
      actor: 'api',
      action: 'report.generated',
      subject: `report:${report.id}`,
      details: JSON.stringify({
        funder: funderKey,
        from: report.from,
        to: report.to,
        language: report.language,
      }),
    });
  }

  /** The report and its audit row together: a report nobody can trace back is never stored. */
  async insertReport(report: NewFunderReport, funderKey: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.executeQuery(this.insertReportQuery(report).compile());
      await trx.executeQuery(this.insertReportAuditQuery(report, funderKey).compile());
    });
  }

  reportsQuery() {
    return this.db
      .selectFrom('funder_reports as r')
      .innerJoin('funders as f', 'f.id', 'r.funder_id')
      .leftJoin('users as u', 'u.id', 'r.user_id')
      .select([
        'r.id',
        'r.funder_id',
        'f.key as funder_key',
        'f.name as funder_name',
        'f.kind as funder_kind',
        'r.from',
        'r.to',
        'r.language',
        'r.content',
        'r.content_hash',
        'r.suppression_k',
        'r.definitions_version',
        'r.created_by',
        // Reports stored before the column existed: the role of their user (none: the command line, an admin).
        sql<ReportCreatorRole>`coalesce(r.created_by_role, case when u.role = 'project_lead' then 'PROJECT_LEAD' else 'ADMIN' end)`.as(
          'created_by_role',
        ),
        'r.created_at',
      ]);
  }

  findReportQuery(id: string) {
    return this.reportsQuery().where('r.id', '=', id);
  }

  async findReport(id: string): Promise<StoredReportRow | undefined> {
    return this.findReportQuery(id).executeTakeFirst();
  }

  listReportsQuery(funderId: number | null) {
    return this.reportsQuery()
      .$if(funderId !== null, (qb) => qb.where('r.funder_id', '=', funderId as number))
      .orderBy('r.created_at', 'desc')
      .orderBy('r.id');
  }

  /** Reports, newest first; only one funder's when `funderId` is given. */
  async listReports(funderId: number | null): Promise<StoredReportRow[]> {
    return this.listReportsQuery(funderId).execute();
  }

  findFileQuery(reportId: string, format: 'pdf' | 'xlsx') {
    return this.db
      .selectFrom('funder_report_files')
      .select('bytes')
      .where('report_id', '=', reportId)
      .where('format', '=', format);
  }

  async findFile(reportId: string, format: 'pdf' | 'xlsx'): Promise<Uint8Array | undefined> {
    const row = await this.findFileQuery(reportId, format).executeTakeFirst();
    return row?.bytes;
  }

  insertFileOnceQuery(reportId: string, format: 'pdf' | 'xlsx', bytes: Uint8Array, sha256: string) {
    return this.db
      .insertInto('funder_report_files')
      .values({ report_id: reportId, format, bytes, sha256 })
      .onConflict((oc) => oc.columns(['report_id', 'format']).doNothing());
  }

  /** Stores a rendered file unless one is there already (the first one stored wins). */
  async insertFileOnce(reportId: string, format: 'pdf' | 'xlsx', bytes: Uint8Array, sha256: string) {
    await this.insertFileOnceQuery(reportId, format, bytes, sha256).execute();
  }
}
