import { GAS_LEVEL_COLUMNS, GAS_LEVELS } from '@mintq/contract';
import type { ActivityValues, GoalValues } from './my-entries.repository.js';

/** A goal as the history shows it: its cohort by key, the coordinator's columns, the dates. */
export type GoalHistoryInput = Omit<GoalValues, 'description' | 'method' | 'cohort_id'> & {
  description: string | null;
  method: string | null;
  cohort_key: string;
  set_on: string;
};

/**
 * The goal's fields the entry history keeps, named as in goals.csv, so that a row written in
 * the app and one an import overwrote read alike (the demo writes its history with it too).
 */
export function goalHistoryFields(goal: GoalHistoryInput) {
  return {
    cohort_key: goal.cohort_key,
    title: goal.title,
    description: goal.description,
    staircase_level: goal.staircase_level,
    weight: goal.weight,
    ...Object.fromEntries(
      GAS_LEVELS.map((level) => [GAS_LEVEL_COLUMNS[`${level}`], goal[GAS_LEVEL_COLUMNS[`${level}`]]]),
    ),
    method: goal.method,
    set_on: goal.set_on,
    due_on: goal.due_on,
  };
}

/** The activity's fields the history keeps, named as in activities.csv (initiative keys sorted, `|`-joined). */
export function activityHistoryFields(activity: ActivityValues, initiativeKeys: readonly string[]) {
  return { ...activity, initiative_keys: [...initiativeKeys].sort().join('|') };
}
