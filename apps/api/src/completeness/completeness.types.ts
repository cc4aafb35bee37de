import {
  ENTRY_ACTIONS,
  ENTRY_ENTITIES,
  ENTRY_SOURCES,
  type EntryAction,
  type EntryEntity,
  type EntrySource,
  type GoalProgress,
  type StoredUserStatus,
} from '@mintq/contract';
import type { EnrollmentStatus } from '@mintq/schema';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../common/date.scalar.js';
import { EnrollmentStatusEnum, GoalProgressEnum } from '../my-entries/entry-enums.js';

/** A coordinator's sign-in: NONE (not invited yet), or the status of their PARTICIPANT user. */
export const ACCOUNT_STATES = ['NONE', 'INVITED', 'ACTIVE', 'DEACTIVATED'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];
export const AccountStateEnum = Object.fromEntries(ACCOUNT_STATES.map((s) => [s, s])) as {
  [S in AccountState]: S;
};
registerEnumType(AccountStateEnum, {
  name: 'AccountState',
  description:
    'A coordinator’s sign-in: NONE (never invited), INVITED (the link not used yet), ACTIVE, DEACTIVATED.',
});

/** The account state of a stored user status (null: no user). */
export function accountState(status: StoredUserStatus | null): AccountState {
  return status === null ? 'NONE' : (status.toUpperCase() as AccountState);
}

// Each GraphQL name (upper case) maps to the stored value, as in my-entries/entry-enums.ts.
const upperCaseNames = <V extends string>(values: readonly V[]) =>
  Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as {
    [K in Uppercase<V>]: Extract<V, Lowercase<K>>;
  };

export const EntryEntityEnum = upperCaseNames<EntryEntity>(ENTRY_ENTITIES);
registerEnumType(EntryEntityEnum, {
  name: 'EntryEntity',
  description: 'What an entry history row is about.',
});
export const EntryActionEnum = upperCaseNames<EntryAction>(ENTRY_ACTIONS);
registerEnumType(EntryActionEnum, { name: 'EntryAction', description: 'What happened to the entry.' });
export const EntrySourceEnum = upperCaseNames<EntrySource>(ENTRY_SOURCES);
registerEnumType(EntrySourceEnum, {
  name: 'EntrySource',
  description:
    'APP: changed in mintq by the coordinator; IMPORT: an import overwrote an entry made in the app.',
});

@ObjectType('CompletenessRow', {
  description: 'One person of a cohort’s roster: their account, goals, check-ins, activities and reminders.',
})
export class CompletenessRowType {
  @Field(() => String)
  participantKey: string;

  @Field(() => String, {
    nullable: true,
    description: 'Personal data (ADMIN and PROJECT_LEAD only, as the whole view).',
  })
  displayName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Personal data: the roster’s e-mail address, where invitations go.',
  })
  email: string | null;

  @Field(() => EnrollmentStatusEnum)
  enrollmentStatus: EnrollmentStatus;

  @Field(() => AccountStateEnum)
  account: AccountState;

  @Field(() => Int, { description: 'Their goals in this cohort.' })
  goals: number;

  @Field(() => GoalProgressEnum, {
    nullable: true,
    description:
      'Of the goal that needs attention most (OVERDUE, then DUE, SET, INTERIM, CHECKED); null without a goal in this cohort.',
  })
  goalProgress: GoalProgress | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The earliest due date of a goal not yet CHECKED.',
  })
  nextDueOn: string | null;

  @Field(() => Boolean, { description: 'A goal of this cohort is DUE: its final check-in is wanted now.' })
  checkinDue: boolean;

  @Field(() => Boolean, { description: 'A goal of this cohort is OVERDUE: past due without any check-in.' })
  checkinOverdue: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Their latest transfer activity up to `asOf` (any cohort).',
  })
  lastActivityOn: string | null;

  @Field(() => Boolean, {
    description: 'No transfer activity in the NO_RECENT_ACTIVITY_MONTHS (3) months up to `asOf`.',
  })
  noRecentActivity: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 instant: the last reminder mail sent to them.',
  })
  lastRemindedAt: string | null;

  @Field(() => Int, { description: 'Reminders waiting to be sent (neither sent nor cancelled).' })
  scheduledReminders: number;
}

@ObjectType('CohortCompleteness', {
  description: 'Who of a cohort has an account, set a goal, checked in and logged activities, as of today.',
})
export class CohortCompletenessType {
  @Field(() => String)
  cohortKey: string;

  @Field(() => String)
  cohortLabel: string;

  @Field(() => DateScalar, { description: 'Today in Berlin: the day every state is computed for.' })
  asOf: string;

  @Field(() => Int, { description: 'Days a coordinator may edit or delete an activity they entered.' })
  activityEditDays: number;

  @Field(() => [CompletenessRowType], {
    description: 'Every enrollment of the cohort, withdrawn ones too, by participant key.',
  })
  people: CompletenessRowType[];
}

@ObjectType('EntryFieldChange', {
  description: 'One field of an entry, before and after (as text; null: none).',
})
export class EntryFieldChangeType {
  @Field(() => String)
  field: string;

  @Field(() => String, { nullable: true })
  old: string | null;

  @Field(() => String, { nullable: true })
  new: string | null;
}

@ObjectType('EntryChange', { description: 'One change of a coordinator’s entry.' })
export class EntryChangeType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  at: string;

  @Field(() => String, { description: 'Who changed it: the coordinator’s e-mail, or import:<batch>.' })
  actor: string;

  @Field(() => EntrySourceEnum)
  source: EntrySource;

  @Field(() => String)
  participantKey: string;

  @Field(() => EntryEntityEnum)
  entity: EntryEntity;

  @Field(() => String, { description: 'The goal, activity or initiative key (a check-in: its goal’s).' })
  entityKey: string;

  @Field(() => EntryActionEnum)
  action: EntryAction;

  @Field(() => Int, { nullable: true, description: 'A goal’s version after the change.' })
  version: number | null;

  @Field(() => [EntryFieldChangeType], {
    description: 'The fields that differ; created: every field (old null); deleted: every field (new null).',
  })
  changes: EntryFieldChangeType[];
}

@ObjectType('EntryHistoryPage', { description: 'A page of the entries’ history, newest first.' })
export class EntryHistoryPageType {
  @Field(() => [EntryChangeType])
  entries: EntryChangeType[];

  @Field(() => Int, { description: 'All changes matching the filters.' })
  totalCount: number;
}

@ObjectType('SkippedInvitation', { description: 'A person not invited, and why.' })
export class SkippedInvitationType {
  @Field(() => String)
  participantKey: string;

  @Field(() => String, { description: 'NO_EMAIL, ALREADY_HAS_ACCOUNT, EMAIL_TAKEN or WITHDRAWN.' })
  reason: SkipReason;
}

/** Why a person of the roster was not invited. */
export const SKIP_REASONS = ['NO_EMAIL', 'ALREADY_HAS_ACCOUNT', 'EMAIL_TAKEN', 'WITHDRAWN'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

@ObjectType('ParticipantInvitations', { description: 'Who was invited (participant keys) and who not.' })
export class ParticipantInvitationsType {
  @Field(() => [String])
  invited: string[];

  @Field(() => [SkippedInvitationType])
  skipped: SkippedInvitationType[];
}
