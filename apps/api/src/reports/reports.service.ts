import { createHash, randomUUID } from 'node:crypto';
import {
  CAPABILITIES,
  type CohortFunnel,
  can,
  type EventFeedback,
  type GoalAttainment,
  REPORT_CONTENT_VERSION,
  type Reach,
  type ReportContent,
  type ReportCreatorRole,
  type ReportEvent,
  type ReportFunder,
  type ReportLanguage,
  type ReportSnapshot,
  type ReportSource,
  type ReportSurvey,
  readReportContent,
  type SurveyOutcomes,
  toPublic,
} from '@mintq/contract';
import { excerpt } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { ForbiddenError } from '../errors/forbidden.error.js';
import { NotFoundError } from '../errors/not-found.error.js';
import { JobQueue } from '../jobs/job-queue.js';
import { FunderReleases } from '../releases/funder-releases.service.js';
import { eventKey, periodKey, surveyKey } from '../releases/release-answers.js';
import { parseReleasePeriod, periodDates } from '../releases/release-space.js';
import { ScopeService, todayInBerlin } from '../scope/scope.service.js';
import { canonicalJson } from './canonical-json.js';
import { DEFINITIONS_VERSION } from './report-definitions.js';
import { ReportPdfRenderer } from './report-pdf.renderer.js';
import { renderReportXlsx } from './report-xlsx.js';
import { ReportsRepository, type StoredReportRow } from './reports.repository.js';

/** What `generateFunderReport` asks for. */
export interface GenerateReportInput {
  funder: string;
  from: string;
  to: string;
  language?: string | null;
}

/** A report's facts without its content, as `reports` lists them. */
export interface ReportSummary {
  id: string;
  funder: { key: string; name: string; kind: string };
  from: string;
  to: string;
  language: ReportLanguage;
  createdAt: Date;
  contentHash: string;
}

/** A downloadable file of a report. */
export interface ReportFile {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

/** The formats a report downloads as. */
export type ReportFormat = 'pdf' | 'xlsx' | 'json';

/** The job that renders one file of a stored report, keyed `<report id>.<pdf|xlsx>`. */
export const REPORT_FILE_JOB = 'report-file';

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** sha256 (hex) of a string's UTF-8 bytes or of bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The download's file name, e.g. `mintq-bericht-telekom-stiftung-2025-09-01-2026-08-31.pdf`. */
export function reportFileName(
  report: { funderKey: string; from: string; to: string; language: ReportLanguage },
  format: ReportFormat,
): string {
  const word = report.language === 'en' ? 'report' : 'bericht';
  return `mintq-${word}-${report.funderKey}-${report.from}-${report.to}.${format}`;
}

/** Whether an import batch changed any row (one that only found everything unchanged did not feed the data). */
function changedData(counts: Record<string, Record<string, number>>): boolean {
  return ['inserted', 'updated', 'deleted'].some((kind) =>
    Object.values(counts[kind] ?? {}).some((n) => n > 0),
  );
}

/**
 * Funder reports: an extract of the funder's release (all funded cohorts, one calendar year),
 * the very answers its users get on the dashboard, frozen as canonical JSON with its sha256;
 * serves the stored snapshot, PDF and XLSX.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly repository: ReportsRepository,
    private readonly scopes: ScopeService,
    private readonly releases: FunderReleases,
    private readonly pdf: ReportPdfRenderer,
    private readonly jobs: JobQueue,
  ) {
    jobs.register(REPORT_FILE_JOB, (key) => this.renderFile(key));
  }

  /** Computes, freezes and stores a report (for the roles that can generateReports). */
  async generate(viewer: Viewer, input: GenerateReportInput, now = new Date()): Promise<ReportSummary> {
    if (!can(viewer.role, 'generateReports'))
      throw new ForbiddenError(`Only ${CAPABILITIES.generateReports.join(', ')} may generate funder reports`);
    const language = input.language ?? 'de';
    if (language !== 'de' && language !== 'en') throw new BadUserInputError('language must be "de" or "en"');
    const funder = await this.findFunder(input.funder);
    const content = await this.computeContent(funder, input.from, input.to, language, now);
    const canonical = canonicalJson(content);
    const id = randomUUID();
    const contentHash = sha256Hex(canonical);
    await this.repository.insertReport(
      {
        id,
        funder_id: funder.id,
        from: content.period.from,
        to: content.period.to,
        language,
        content: canonical,
        content_hash: contentHash,
        suppression_k: content.suppressionK,
        definitions_version: content.definitionsVersion,
        user_id: viewer.userId > 0 ? viewer.userId : null,
        // The e-mail for the audit; the snapshot a funder downloads names the role only.
        created_by: viewer.email,
        // Only the roles with generateReports get here (checked above).
        created_by_role: viewer.role as ReportCreatorRole,
        created_at: now,
      },
      funder.key,
    );
    // A download usually follows: print the PDF now, in the background, so the first download
    // finds it stored or being printed (the job runs once, whoever asks) instead of starting then.
    this.jobs.perform(REPORT_FILE_JOB, `${id}.pdf`).catch(() => undefined);
    return {
      id,
      funder: { key: funder.key, name: funder.name, kind: funder.kind },
      from: content.period.from,
      to: content.period.to,
      language,
      createdAt: now,
      contentHash,
    };
  }

  /** The funder of that key, or BAD_USER_INPUT. */
  private async findFunder(key: string) {
    const funder = await this.repository.findFunder(key);
    if (!funder) throw new BadUserInputError(`unknown funder: ${excerpt(key)}`);
    return funder;
  }

  /**
   * Every number of a report for a funder and period: the funder's scope with suppression,
   * exactly what a FUNDER user of that funder gets from the dashboard's queries.
   */
  async computeContent(
    funder: ReportFunder,
    from: string,
    to: string,
    language: ReportLanguage,
    now = new Date(),
  ): Promise<ReportContent> {
    if (!from || !to) throw new BadUserInputError('a report needs a period: from and to');
    // A report is an extract of the funder's release (docs/privacy.md), for one calendar year.
    const { cap, years } = await this.scopes.releasePeriodsOf(funder.key, now);
    const year = parseReleasePeriod(from, to, years);
    if (typeof year !== 'number')
      throw new BadUserInputError(
        `a funder report covers one calendar year (from YYYY-01-01, to YYYY-12-31; years ${years.join(', ') || 'none yet'})`,
      );
    const period = periodDates(year, cap);
    const { answers, audit } = await this.releases.release({ funderKey: funder.key, cap });
    const suppressionK = audit.k;
    const scope = await this.scopes.resolveForRelease({
      funderKey: funder.key,
      cohort: null,
      period: year,
      cap,
    });
    const reach = answers.reach[periodKey(null, year)] as Reach;
    const goals = answers.goalAttainment[periodKey(null, year)] as GoalAttainment;
    // The report's cohorts are those that ran in the period: the funnel lists them, and the
    // surveys and event feedback are theirs, each cohort's own answer of the release (a
    // combination of some cohorts is not in the release, so it could not be protected).
    const [cohortRows, programmes, instrumentWaves, scales, batches] = await Promise.all([
      this.repository.cohortsInPeriod(scope.cohortIds, period.from ?? from, period.to),
      this.repository.programmeNames(scope.cohortIds),
      this.repository.instrumentWaves(scope.cohortIds),
      this.repository.answerScales(),
      this.repository.importedBatches(),
    ]);
    const cohorts = cohortRows.map((row) => row.key);
    const included = new Set(cohorts);
    const funnel = (answers.cohortFunnel[periodKey(null, year)] as CohortFunnel[]).filter((row) =>
      included.has(row.cohort),
    );

    // Which comparisons, per cohort of the period: PRE→POST for every self-assessment with both
    // waves, and PRE→FOLLOW_UP where there is a follow-up wave; event feedback per event instrument.
    const instruments = new Map<
      string,
      { key: string; name: string; kind: string; cohort: string; waves: Set<string> }
    >();
    for (const row of instrumentWaves) {
      if (!included.has(row.cohort)) continue;
      const id = `${row.key}|${row.cohort}`;
      const entry = instruments.get(id) ?? { ...row, waves: new Set<string>() };
      entry.waves.add(row.wave);
      instruments.set(id, entry);
    }
    const surveys: ReportSurvey[] = [];
    const events: ReportEvent[] = [];
    for (const entry of instruments.values()) {
      const instrument = { key: entry.key, name: entry.name };
      if (entry.kind === 'self_assessment' && entry.waves.has('pre')) {
        const scale = scales.get(entry.key);
        for (const [wave, to] of [
          ['post', 'POST'],
          ['follow_up', 'FOLLOW_UP'],
        ] as const) {
          if (!entry.waves.has(wave)) continue;
          const outcomes = answers.surveyOutcomes[
            surveyKey(entry.key, 'PRE', to, entry.cohort)
          ] as SurveyOutcomes;
          surveys.push({
            instrument,
            from: 'PRE',
            to,
            cohort: entry.cohort,
            ...(scale ? { scale } : {}),
            outcomes: toPublic(outcomes),
          });
        }
      }
      if (entry.kind === 'event_feedback' && entry.waves.has('event')) {
        const feedback = answers.eventFeedback[eventKey(entry.key, entry.cohort)] as EventFeedback;
        events.push({ instrument, cohort: entry.cohort, feedback: toPublic(feedback) });
      }
    }

    // By number and date only: a batch's file names, hashes and counts describe the whole
    // programme, other funders' data included, not this funder's scope.
    const sources: ReportSource[] = batches
      .filter((b) => changedData(b.counts))
      .map((b) => ({ id: b.id, finishedOn: todayInBerlin(new Date(b.finished_at)) }));

    return {
      version: REPORT_CONTENT_VERSION,
      funder: { key: funder.key, name: funder.name, kind: funder.kind },
      programme: programmes.join(', '),
      period: { from: period.from ?? from, to: period.to },
      language,
      asOf: period.to,
      suppressionK,
      definitionsVersion: DEFINITIONS_VERSION,
      sources,
      cohorts,
      cohortLabels: Object.fromEntries(cohortRows.map((row) => [row.key, row.label])),
      reach: toPublic(reach),
      funnel: toPublic(funnel),
      goals: toPublic(goals),
      surveys,
      events,
    };
  }

  /**
   * The reports a viewer may see, newest first: project leads and admins all (or one
   * funder's), a FUNDER user only its own. Analysts get none: reports are the operator's
   * correspondence with its funders, and analysts have the (richer) queries themselves.
   */
  async list(viewer: Viewer, funderKey: string | null | undefined): Promise<ReportSummary[]> {
    let funderId: number | null = null;
    if (!can(viewer.role, 'readReports'))
      throw new ForbiddenError('funder reports are for project leads and funders');
    if (!can(viewer.role, 'readEveryScope')) {
      if (funderKey && funderKey !== viewer.funderKey)
        throw new ForbiddenError("a funder user sees only its own funder's reports");
      if (viewer.funderId === null) throw new ForbiddenError('this funder user belongs to no funder');
      funderId = viewer.funderId;
    } else if (funderKey) {
      funderId = (await this.findFunder(funderKey)).id;
    }
    return (await this.repository.listReports(funderId)).map(toSummary);
  }

  /** The stored snapshot, PDF or XLSX of a report, if the viewer may have it. */
  async download(viewer: Viewer, id: string, format: ReportFormat): Promise<ReportFile> {
    const row = UUID.test(id) ? await this.repository.findReport(id) : undefined;
    if (!row) throw new NotFoundError(`no report ${id}`);
    if (
      !can(viewer.role, 'readReports') ||
      (!can(viewer.role, 'readEveryScope') && viewer.funderId !== row.funder_id)
    )
      throw new ForbiddenError('this report is not yours to see');
    const fileName = reportFileName(
      { funderKey: row.funder_key, from: row.from, to: row.to, language: row.language },
      format,
    );
    const bytes =
      format === 'json' ? Buffer.from(snapshotJson(row), 'utf8') : await this.storedFile(row, format);
    return { bytes, contentType: CONTENT_TYPES[format], fileName };
  }

  /**
   * The file as first rendered. Rendering is a job (`report-file`, key `<id>.<format>`): the
   * first download renders and stores it, whichever instance it reaches; downloads meanwhile,
   * here or on another instance, wait for that one rendering instead of printing their own.
   */
  private async storedFile(row: StoredReportRow, format: 'pdf' | 'xlsx'): Promise<Uint8Array> {
    const stored = await this.repository.findFile(row.id, format);
    if (stored) return stored;
    await this.jobs.perform(REPORT_FILE_JOB, `${row.id}.${format}`);
    const file = await this.repository.findFile(row.id, format);
    if (!file) throw new Error(`the ${format} of report ${row.id} was not stored`);
    return file;
  }

  /** The `report-file` job: renders one file of a stored report and stores it. */
  private async renderFile(key: string): Promise<void> {
    const [id, format] = key.split('.') as [string, 'pdf' | 'xlsx'];
    const row = await this.repository.findReport(id);
    if (!row) throw new Error(`no report ${id}`);
    const snapshot = toSnapshot(row);
    const bytes = format === 'pdf' ? await this.pdf.render(snapshot) : await renderReportXlsx(snapshot);
    await this.repository.insertFileOnce(row.id, format, bytes, sha256Hex(bytes));
  }
}

function toSummary(row: StoredReportRow): ReportSummary {
  return {
    id: row.id,
    funder: { key: row.funder_key, name: row.funder_name, kind: row.funder_kind },
    from: row.from,
    to: row.to,
    language: row.language,
    createdAt: row.created_at,
    contentHash: row.content_hash,
  };
}

function metaOf(row: StoredReportRow): ReportSnapshot['meta'] {
  return {
    id: row.id,
    contentHash: row.content_hash,
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: row.created_by_role,
    suppressionK: row.suppression_k,
    definitionsVersion: row.definitions_version,
  };
}

/** The stored snapshot as an object (for the renderers). */
export function toSnapshot(row: StoredReportRow): ReportSnapshot {
  return { content: readReportContent(JSON.parse(row.content)), meta: metaOf(row) };
}

/**
 * The snapshot as JSON text, with the stored content spliced in byte for byte: whoever
 * downloads it can hash `content` themselves and compare with `meta.contentHash`.
 */
export function snapshotJson(row: StoredReportRow): string {
  return `{"content":${row.content},"meta":${canonicalJson(metaOf(row))}}`;
}
