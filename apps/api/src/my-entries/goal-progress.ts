import { DUE_SOON_DAYS, GOAL_DUE_MONTHS_AFTER_WORKSHOP, type GoalProgress } from '@mintq/contract';
import { addDays, addMonths } from '../demo/dates.js';

/** What decides where a goal stands: its due date and the dates of its check-ins. */
export interface GoalProgressFacts {
  /** YYYY-MM-DD */
  dueOn: string;
  /** The dates of its check-ins (YYYY-MM-DD), in any order; those after `today` do not count yet. */
  checkinDates: readonly string[];
}

/**
 * Where a goal stands on `today` (YYYY-MM-DD), the contract's `GOAL_PROGRESS`: CHECKED once a
 * check-in is dated on or after the due date; OVERDUE past the due date without any check-in
 * (DOMAIN.md's `overdue`); DUE from `DUE_SOON_DAYS` before the due date on while the final
 * check-in is missing; else INTERIM with interim check-ins, SET without. Pure: the completeness
 * view and the coordinator's own pages both ask it.
 */
export function goalProgress(goal: GoalProgressFacts, today: string): GoalProgress {
  const counted = goal.checkinDates.filter((d) => d <= today);
  if (counted.some((d) => d >= goal.dueOn)) return 'CHECKED';
  if (counted.length === 0 && goal.dueOn < today) return 'OVERDUE';
  if (today >= addDays(goal.dueOn, -DUE_SOON_DAYS)) return 'DUE';
  return counted.length > 0 ? 'INTERIM' : 'SET';
}

/**
 * The due date a new goal gets unless the coordinator gives one: `GOAL_DUE_MONTHS_AFTER_WORKSHOP`
 * months after the cohort's Transferwerkstatt, or after `setOn` when the cohort has no workshop
 * date or that date lies so far back that the goal would be due before it is set.
 */
export function defaultGoalDueOn(transferWorkshopOn: string | null, setOn: string): string {
  const afterWorkshop = transferWorkshopOn && addMonths(transferWorkshopOn, GOAL_DUE_MONTHS_AFTER_WORKSHOP);
  return afterWorkshop && afterWorkshop >= setOn
    ? afterWorkshop
    : addMonths(setOn, GOAL_DUE_MONTHS_AFTER_WORKSHOP);
}
