/** The programme and its cohorts (programs.csv, cohorts.csv). */
import type { EntityRow } from './csv-text.js';
import { addDays, addMonths, weekday } from './dates.js';

export const PROGRAM_KEY = 'mint-qo';

/** One Qualifizierungsdurchgang to generate. */
export interface CohortPlan {
  /** e.g. `2024-25` */
  key: string;
  label: string;
  startsOn: string;
  endsOn: string;
  transferWorkshopOn: string;
  /** Enrollments in this cohort (including people re-enrolling after an earlier cohort). */
  enrolled: number;
  /** Exact number of completed enrollments (finished cohorts only); default about 85 %. */
  completed?: number;
  /** Still running whatever `today` says: nobody completed, only a pre wave. */
  running?: boolean;
}

/**
 * A cohort starting on 15 November of `startYear` and ending on the Friday between 20 and 26 May
 * of the next year, with its Transferwerkstatt the day before.
 */
export function cohortPlanForYear(
  startYear: number,
  enrolled: number,
  extra: Partial<Pick<CohortPlan, 'completed' | 'running'>> = {},
): CohortPlan {
  const next = startYear + 1;
  const yy = String(next % 100).padStart(2, '0');
  let endsOn = `${next}-05-20`;
  while (weekday(endsOn) !== 5) endsOn = addDays(endsOn, 1);
  return {
    key: `${startYear}-${yy}`,
    label: `Qualifizierungsdurchgang ${startYear}/${yy}`,
    startsOn: `${startYear}-11-15`,
    endsOn,
    transferWorkshopOn: addDays(endsOn, -1),
    enrolled,
    ...extra,
  };
}

/** Whether a cohort has ended by `today` (a running one never has). */
export function isFinished(cohort: CohortPlan, today: string): boolean {
  return !cohort.running && cohort.endsOn <= today;
}

/** The follow-up wave opens six months after the Transferwerkstatt, when the goals fall due. */
export function followUpOpens(cohort: CohortPlan): string {
  return addDays(addMonths(cohort.transferWorkshopOn, 6), -1);
}

export function programRows(): EntityRow<'programs'>[] {
  return [{ program_key: PROGRAM_KEY, name: 'MINT-Qualitätsoffensive' }];
}

export function cohortRows(cohorts: readonly CohortPlan[]): EntityRow<'cohorts'>[] {
  return cohorts.map((c) => ({
    cohort_key: c.key,
    program_key: PROGRAM_KEY,
    label: c.label,
    starts_on: c.startsOn,
    ends_on: c.endsOn,
    transfer_workshop_on: c.transferWorkshopOn,
  }));
}
