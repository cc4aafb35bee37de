// The frozen content of a funder report, shared by the API (which computes, hashes and stores
// it) and the report page (which prints it). Plain JSON only — no classes, dates as strings —
// because the hash is taken over its canonical JSON and the page receives it as JSON.
// The metric objects are the public shapes of the metrics (metric-shapes.ts), as GraphQL
// returns them.
import type {
  PublicCohortFunnel,
  PublicEventFeedback,
  PublicGoalAttainment,
  PublicReach,
  PublicSurveyOutcomes,
} from './metric-shapes.js';
import type { RoleWith } from './roles.js';
import type { WaveKind } from './wave-kinds.js';

/** The language a report is written in. */
export type ReportLanguage = 'de' | 'en';

/** The funder a report is for (GraphQL `Funder`). */
export interface ReportFunder {
  key: string;
  name: string;
  /** program_funder, foundation or operator */
  kind: string;
}

/**
 * An import batch that changed data, by its number and date only: its files and their counts
 * describe the whole programme (other funders' data too), not the funder's scope. The number
 * finds the batch in mintq's import history. (Reports stored before 2026-12-05 also list `files`.)
 */
export interface ReportSource {
  id: number;
  /** YYYY-MM-DD (Europe/Berlin) on which the import finished. */
  finishedOn: string;
}

/** An instrument's answer scale, e.g. 1 (trifft gar nicht zu) to 5 (trifft voll zu). */
export interface ReportAnswerScale {
  min: number;
  max: number;
}

/** One self-assessment comparison in a report: an instrument between two waves. */
export interface ReportSurvey {
  instrument: { key: string; name: string };
  from: WaveKind;
  to: WaveKind;
  /** The cohort the comparison is of (version 4); absent: all funded cohorts together. */
  cohort?: string;
  /** The answer scale of the instrument's dimension items (version 4); absent: 1–5. */
  scale?: ReportAnswerScale;
  outcomes: PublicSurveyOutcomes;
}

/** Feedback on the events (Transferwerkstatt) of one event instrument. */
export interface ReportEvent {
  instrument: { key: string; name: string };
  /** The cohort the feedback is of (version 4); absent: all funded cohorts together. */
  cohort?: string;
  feedback: PublicEventFeedback;
}

/**
 * The version of `ReportContent`'s shape, stored in each report: raise it when a field is added
 * or changed, and let `readReportContent` bring older reports to the current shape. Reports
 * stored before the shape was versioned read as version 1; version 3 added `goals.checkins`;
 * version 4 confined cohorts and surveys to the period (`cohorts`, `ReportSurvey.cohort`,
 * `ReportEvent.cohort`) and stores each self-assessment's answer scale (`ReportSurvey.scale`).
 */
export const REPORT_CONTENT_VERSION = 4;

/** Every number of a report; its canonical JSON is what `contentHash` fingerprints. */
export interface ReportContent {
  /** The shape's version (`REPORT_CONTENT_VERSION` when it was stored). */
  version: number;
  funder: ReportFunder;
  /** The programme's name, e.g. "MINT-Qualitätsoffensive". */
  programme: string;
  /** YYYY-MM-DD, both inclusive. */
  period: { from: string; to: string };
  language: ReportLanguage;
  /** YYYY-MM-DD: the date goal attainment is measured at (= period.to). */
  asOf: string;
  /** Groups smaller than this are suppressed (shown as •). */
  suppressionK: number;
  /** Version of the metric definitions (DOMAIN.md) the numbers follow. */
  definitionsVersion: string;
  /** Import batches the data came from, oldest first. */
  sources: ReportSource[];
  /**
   * The funded cohorts that ran in the period (start ≤ period end, end ≥ period start), by key
   * (version 4): the funnel, the surveys and the event feedback are theirs. Absent in older
   * reports, which held every funded cohort.
   */
  cohorts?: string[];
  /** Each cohort's label by key, e.g. "Qualifizierungsdurchgang 2024/25" (version 4): the form people read everywhere. */
  cohortLabels?: Record<string, string>;
  reach: PublicReach;
  /** One funnel per cohort in scope, sorted by cohort. */
  funnel: PublicCohortFunnel[];
  goals: PublicGoalAttainment;
  /** Per self-assessment instrument: PRE→POST and, where there is a follow-up wave, PRE→FOLLOW_UP. */
  surveys: ReportSurvey[];
  /** Per event-feedback instrument. */
  events: ReportEvent[];
}

/** The role in which a report was generated. */
export type ReportCreatorRole = RoleWith<'generateReports'>;

/** Facts about a stored report that are not part of the hashed content. */
export interface ReportMeta {
  id: string;
  /** sha256 (hex) of the canonical JSON of `content`. */
  contentHash: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
  /** The role of the user who generated the report (never a name or an e-mail: funders download this). */
  createdBy: ReportCreatorRole;
  suppressionK: number;
  definitionsVersion: string;
}

/** A stored funder report as the report page receives it (`window.__MINTQ_REPORT__`). */
export interface ReportSnapshot {
  content: ReportContent;
  meta: ReportMeta;
}

/**
 * A stored report's content in the current shape, e.g. a version-1 report gains `version: 1`.
 * The numbers are never recomputed: a field an older report lacks stays absent (null).
 */
export function readReportContent(
  stored: Omit<ReportContent, 'version'> & { version?: number },
): ReportContent {
  return { ...stored, version: stored.version ?? 1 };
}
