import {
  ACTIVITY_FORMATS,
  type ActivityFormat,
  GOAL_PROGRESS,
  type GoalProgress,
  INITIATIVE_KINDS,
  type InitiativeKind,
} from '@mintq/contract';
import { ENROLLMENT_STATUSES, type EnrollmentStatus } from '@mintq/schema';
import { registerEnumType } from '@nestjs/graphql';

// The enums of the coordinators' area, registered once, here: the completeness view and the
// reminders import them too. Each GraphQL name (upper case) maps to the stored value (lower case),
// so resolvers return what the database holds and GraphQL writes the upper-case name.

function upperCaseNames<V extends string>(
  values: readonly V[],
): { [K in Uppercase<V>]: Extract<V, Lowercase<K>> } {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as never;
}

/** `enum EnrollmentStatus { ENROLLED COMPLETED WITHDRAWN }`; values: `enrollments.status`. */
export const EnrollmentStatusEnum = upperCaseNames<EnrollmentStatus>(ENROLLMENT_STATUSES);
registerEnumType(EnrollmentStatusEnum, {
  name: 'EnrollmentStatus',
  description: 'A participant’s enrollment in a cohort: ENROLLED, COMPLETED (certified) or WITHDRAWN.',
});

/** `enum ActivityFormat`; values: `activities.format`. */
export const ActivityFormatEnum = upperCaseNames<ActivityFormat>(ACTIVITY_FORMATS);
registerEnumType(ActivityFormatEnum, {
  name: 'ActivityFormat',
  description: 'The kind of a transfer activity.',
});

/** `enum InitiativeKind`; values: `initiatives.kind`. */
export const InitiativeKindEnum = upperCaseNames<InitiativeKind>(INITIATIVE_KINDS);
registerEnumType(InitiativeKindEnum, {
  name: 'InitiativeKind',
  description: 'The kind of an initiative a network reaches.',
});

/** `enum GoalProgress` (contract `GOAL_PROGRESS`; the values are the contract's upper-case names). */
export const GoalProgressEnum = Object.fromEntries(GOAL_PROGRESS.map((p) => [p, p])) as {
  [P in GoalProgress]: P;
};
registerEnumType(GoalProgressEnum, {
  name: 'GoalProgress',
  description:
    'Where a goal stands: SET (no check-in, not due soon), INTERIM (only interim check-ins), DUE (final check-in wanted), OVERDUE (past due, no check-in), CHECKED (checked in on or after the due date).',
});

/** The steps of a coordinator's timeline in a cohort. */
export const TIMELINE_STEP_KINDS = [
  'COHORT_START',
  'SELF_ASSESSMENT_PRE',
  'SELF_ASSESSMENT_POST',
  'TRANSFER_WORKSHOP',
  'EVENT_FEEDBACK',
  'GOAL_SET',
  'GOAL_DUE',
  'SELF_ASSESSMENT_FOLLOW_UP',
  'COHORT_END',
] as const;
export type TimelineStepKind = (typeof TIMELINE_STEP_KINDS)[number];
export const TimelineStepKindEnum = Object.fromEntries(TIMELINE_STEP_KINDS.map((k) => [k, k])) as {
  [K in TimelineStepKind]: K;
};
registerEnumType(TimelineStepKindEnum, {
  name: 'TimelineStepKind',
  description: 'A step of a coordinator’s cohort timeline.',
});

/** DONE; OPEN: can or should be done now; UPCOMING: later; MISSED: its time is over and it was not done. */
export const TIMELINE_STEP_STATES = ['DONE', 'OPEN', 'UPCOMING', 'MISSED'] as const;
export type TimelineStepState = (typeof TIMELINE_STEP_STATES)[number];
export const TimelineStepStateEnum = Object.fromEntries(TIMELINE_STEP_STATES.map((s) => [s, s])) as {
  [S in TimelineStepState]: S;
};
registerEnumType(TimelineStepStateEnum, {
  name: 'TimelineStepState',
  description:
    'DONE; OPEN: can or should be done now; UPCOMING: later; MISSED: its time is over and it was not done.',
});
