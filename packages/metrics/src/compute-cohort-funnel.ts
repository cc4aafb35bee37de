import type { CohortFunnel } from './types.js';

/** Counts of one in-scope cohort, over in-scope participants (from SQL). */
export interface CohortFunnelRow {
  cohort: string;
  /** All in-scope enrollments in the cohort. */
  enrolled: number;
  withdrawn: number;
  /** Status `completed`, whatever the certification date. */
  completed: number;
  /** Distinct participants with a response in the cohort's `pre` self-assessment wave. */
  selfAssessmentPre: number;
  /** Distinct participants with ≥ 1 goal in the cohort set on or before `asOf`. */
  goalsSet: number;
  /** Distinct participants with ≥ 1 attained goal as of `asOf`. */
  goalAttained: number;
}

export interface ComputeCohortFunnelOptions {
  /** One row per in-scope cohort (for a funder: the cohorts it funds), any order. */
  cohorts: readonly CohortFunnelRow[];
}

/** The cohort funnel sorted by cohort key, e.g. `computeCohortFunnel({ cohorts: [{ cohort: '2024-25', enrolled: 34, … }] })[0].enrolled` = 34. */
export function computeCohortFunnel({ cohorts }: ComputeCohortFunnelOptions): CohortFunnel[] {
  return [...cohorts]
    .sort((a, b) => (a.cohort < b.cohort ? -1 : a.cohort > b.cohort ? 1 : 0))
    .map((row) => ({
      cohort: row.cohort,
      enrolled: row.enrolled,
      withdrawn: row.withdrawn,
      completed: row.completed,
      selfAssessmentPre: row.selfAssessmentPre,
      goalsSet: row.goalsSet,
      goalAttained: row.goalAttained,
      suppressed: false,
      people: row.enrolled,
    }));
}
