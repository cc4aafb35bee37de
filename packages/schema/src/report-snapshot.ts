// The frozen content of a funder report, shared by the API (which computes, hashes and stores
// it) and the report page (which prints it). Plain JSON only — no classes, dates as strings —
// because the hash is taken over its canonical JSON and the page receives it as JSON.
// The metric objects have the shapes the GraphQL API returns, so the page can reuse the
// dashboard's components unchanged.

/** A survey wave as the GraphQL API names it. */
export type ReportWaveKind = 'PRE' | 'POST' | 'FOLLOW_UP' | 'EVENT';

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

/** GraphQL `StateReach`. */
export interface ReportStateReach {
  state: string;
  networks: number;
  networksReached: number | null;
  initiativesReached: number | null;
  multipliers: number | null;
  suppressed: boolean;
}

/** GraphQL `MonthReach`. */
export interface ReportMonthReach {
  /** YYYY-MM */
  month: string;
  activities: number | null;
  initiativesReached: number | null;
  cumulativeInitiativesReached: number | null;
  suppressed: boolean;
}

/** GraphQL `Reach`. */
export interface ReportReach {
  multipliers: number | null;
  activeMultipliers: number | null;
  activities: number | null;
  initiativesReached: number | null;
  educatorsReached: number | null;
  youthReachedEstimate: number | null;
  multiplierFactor: number | null;
  suppressed: boolean;
  byState: ReportStateReach[];
  byMonth: ReportMonthReach[];
}

/** GraphQL `CohortFunnel`. */
export interface ReportCohortFunnel {
  cohort: string;
  enrolled: number | null;
  withdrawn: number | null;
  completed: number | null;
  selfAssessmentPre: number | null;
  goalsSet: number | null;
  goalAttained: number | null;
  suppressed: boolean;
}

/** GraphQL `LevelCount`. */
export interface ReportLevelCount {
  level: number;
  goals: number | null;
  suppressed: boolean;
}

/** GraphQL `StaircaseCount`. */
export interface ReportStaircaseCount {
  level: number;
  goals: number | null;
  attained: number | null;
  suppressed: boolean;
}

/** GraphQL `GoalAttainment`. */
export interface ReportGoalAttainment {
  goals: number | null;
  attained: number | null;
  notAttained: number | null;
  noData: number | null;
  overdue: number | null;
  attainmentRate: number | null;
  meanTScore: number | null;
  tScoreParticipants: number | null;
  levels: ReportLevelCount[];
  byStaircaseLevel: ReportStaircaseCount[];
  suppressed: boolean;
}

/** GraphQL `DimensionOutcome`. */
export interface ReportDimensionOutcome {
  dimension: string;
  n: number | null;
  meanFrom: number | null;
  meanTo: number | null;
  meanDiff: number | null;
  sdDiff: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
  dz: number | null;
  gz: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  alphaFrom: number | null;
  alphaTo: number | null;
  suppressed: boolean;
}

/** GraphQL `WaveResponseRate`. */
export interface ReportWaveResponseRate {
  cohort: string;
  wave: ReportWaveKind;
  responded: number | null;
  eligible: number | null;
  rate: number | null;
  suppressed: boolean;
}

/** GraphQL `SurveyOutcomes`. */
export interface ReportSurveyOutcomes {
  instrument: string;
  from: ReportWaveKind;
  to: ReportWaveKind;
  dimensions: ReportDimensionOutcome[];
  responseRates: ReportWaveResponseRate[];
}

/** One self-assessment comparison in a report: an instrument between two waves. */
export interface ReportSurvey {
  instrument: { key: string; name: string };
  from: ReportWaveKind;
  to: ReportWaveKind;
  outcomes: ReportSurveyOutcomes;
}

/** GraphQL `EventFeedback`. */
export interface ReportEventFeedback {
  instrument: string;
  responses: number | null;
  nps: number | null;
  suppressed: boolean;
}

/** Feedback on the events (Transferwerkstatt) of one event instrument. */
export interface ReportEvent {
  instrument: { key: string; name: string };
  feedback: ReportEventFeedback;
}

/** Every number of a report; its canonical JSON is what `contentHash` fingerprints. */
export interface ReportContent {
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
  reach: ReportReach;
  /** One funnel per cohort in scope, sorted by cohort. */
  funnel: ReportCohortFunnel[];
  goals: ReportGoalAttainment;
  /** Per self-assessment instrument: PRE→POST and, where there is a follow-up wave, PRE→FOLLOW_UP. */
  surveys: ReportSurvey[];
  /** Per event-feedback instrument. */
  events: ReportEvent[];
}

/** The role in which a report was generated. */
export type ReportCreatorRole = 'ADMIN' | 'PROJECT_LEAD';

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
