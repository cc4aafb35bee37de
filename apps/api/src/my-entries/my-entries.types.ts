import type { ActivityFormat, GoalProgress, InitiativeKind } from '@mintq/contract';
import type { EnrollmentStatus } from '@mintq/schema';
import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/date.scalar.js';
import {
  ActivityFormatEnum,
  EnrollmentStatusEnum,
  GoalProgressEnum,
  InitiativeKindEnum,
  type TimelineStepKind,
  TimelineStepKindEnum,
  type TimelineStepState,
  TimelineStepStateEnum,
} from './entry-enums.js';

@ObjectType('MyNetwork', { description: 'The network the coordinator works for.' })
export class MyNetworkType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'ISO 3166-2:DE, e.g. DE-BY.' })
  stateCode: string;
}

@ObjectType('TimelineStep', { description: 'One step of a coordinator’s cohort timeline.' })
export class TimelineStepType {
  @Field(() => TimelineStepKindEnum)
  kind: TimelineStepKind;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it opens or happens; null: not dated (yet).',
  })
  on: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The last day it can be done, when it has one.' })
  until: string | null;

  @Field(() => TimelineStepStateEnum)
  state: TimelineStepState;

  @Field(() => String, { nullable: true, description: 'The goal of GOAL_SET and GOAL_DUE steps.' })
  goalKey: string | null;
}

@ObjectType('MyEnrollment', { description: 'The coordinator’s enrollment in one cohort, with its timeline.' })
export class MyEnrollmentType {
  @Field(() => String)
  cohortKey: string;

  @Field(() => String)
  cohortLabel: string;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;

  @Field(() => DateScalar, { nullable: true })
  transferWorkshopOn: string | null;

  @Field(() => EnrollmentStatusEnum)
  status: EnrollmentStatus;

  @Field(() => DateScalar, { nullable: true })
  certifiedOn: string | null;

  @Field(() => Int, { description: 'Days the coordinator may edit or delete an activity they entered.' })
  activityEditDays: number;

  @Field(() => DateScalar, {
    description:
      'The due date a new goal gets by default: six months after the Transferwerkstatt (or after today).',
  })
  defaultGoalDueOn: string;

  @Field(() => [TimelineStepType], { description: 'By date; steps without a date last.' })
  timeline: TimelineStepType[];

  @Field(() => TimelineStepType, {
    nullable: true,
    description: 'The first OPEN step, else the first UPCOMING one.',
  })
  nextStep: TimelineStepType | null;
}

@ObjectType('MyParticipation', { description: 'The signed-in coordinator: their network and cohorts.' })
export class MyParticipationType {
  @Field(() => String)
  participantKey: string;

  @Field(() => String, { nullable: true })
  displayName: string | null;

  @Field(() => MyNetworkType)
  network: MyNetworkType;

  @Field(() => [MyEnrollmentType], { description: 'Newest cohort first.' })
  enrollments: MyEnrollmentType[];
}

@ObjectType('GasLevelDescription', { description: 'The outcome expected at one GAS level.' })
export class GasLevelDescriptionType {
  @Field(() => Int, { description: '-2 … +2' })
  level: number;

  @Field(() => String, { description: 'Empty when not written (imported goals).' })
  description: string;
}

@ObjectType('MyCheckin', { description: 'One check-in on a goal.' })
export class MyCheckinType {
  @Field(() => Int)
  position: number;

  @Field(() => DateScalar)
  checkedOn: string;

  @Field(() => Int, { description: '-2 … +2' })
  gasLevel: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Boolean, { description: 'Dated before the goal’s due date.' })
  interim: boolean;

  @Field(() => Boolean, { description: 'Entered in mintq (not imported).' })
  enteredInApp: boolean;
}

@ObjectType('MyGoal', { description: 'One of the coordinator’s impact goals (Wirkungsziele).' })
export class MyGoalType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  cohortKey: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true, description: 'What should change.' })
  description: string | null;

  @Field(() => Int, { description: 'Wirkungstreppe level 1 … 7.' })
  staircaseLevel: number;

  @Field(() => Float)
  weight: number;

  @Field(() => [GasLevelDescriptionType], { description: '−2 … +2, in that order.' })
  levels: GasLevelDescriptionType[];

  @Field(() => String, { nullable: true, description: 'How the coordinator measures it.' })
  measurementPlan: string | null;

  @Field(() => DateScalar)
  setOn: string;

  @Field(() => DateScalar)
  dueOn: string;

  @Field(() => Int, {
    description: 'Counted up by every change in mintq; send it back as `expectedVersion`.',
  })
  version: number;

  @Field(() => Boolean, {
    description: 'True after the first check-in: the level descriptions cannot change any more.',
  })
  levelsFrozen: boolean;

  @Field(() => GoalProgressEnum)
  progress: GoalProgress;

  @Field(() => [MyCheckinType], { description: 'In position order.' })
  checkins: MyCheckinType[];
}

@ObjectType('MyInitiative', { description: 'An initiative of the coordinator’s network.' })
export class MyInitiativeType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => InitiativeKindEnum, { nullable: true })
  kind: InitiativeKind | null;
}

@ObjectType('MyActivity', { description: 'One of the coordinator’s transfer activities.' })
export class MyActivityType {
  @Field(() => String)
  key: string;

  @Field(() => DateScalar)
  occurredOn: string;

  @Field(() => ActivityFormatEnum)
  format: ActivityFormat;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => Int, { nullable: true })
  educatorsReached: number | null;

  @Field(() => Int, { nullable: true })
  youthReachedEstimate: number | null;

  @Field(() => [MyInitiativeType], { description: 'By name.' })
  initiatives: MyInitiativeType[];

  @Field(() => Boolean, { description: 'Entered in mintq (not imported).' })
  enteredInApp: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO 8601 instant until which the coordinator may edit or delete it; null: not editable (imported, or the window is over).',
  })
  editableUntil: string | null;
}

@InputType('GoalInput', {
  description: 'A new goal (no key), or the changed goal (key and expectedVersion).',
})
export class GoalInput {
  @Field(() => String, { nullable: true, description: 'Null: create a new goal.' })
  key?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the change was made on; required with a key.',
  })
  expectedVersion?: number | null;

  @Field(() => String)
  cohortKey: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'What should change.' })
  description: string;

  @Field(() => Int)
  staircaseLevel: number;

  @Field(() => Float, { nullable: true, description: 'Default 1.' })
  weight?: number | null;

  @Field(() => [String], { description: 'Exactly 5: the expected outcome at −2, −1, 0, +1, +2.' })
  levels: string[];

  @Field(() => String)
  measurementPlan: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Default: six months after the Transferwerkstatt.',
  })
  dueOn?: string | null;
}

@InputType('CheckinInput', { description: 'A check-in on one of the coordinator’s goals.' })
export class CheckinInput {
  @Field(() => String)
  goalKey: string;

  @Field(() => DateScalar)
  checkedOn: string;

  @Field(() => Int, { description: '-2 … +2' })
  gasLevel: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('NewInitiativeInput', {
  description: 'An initiative of the coordinator’s network not yet in mintq.',
})
export class NewInitiativeInput {
  @Field(() => String)
  name: string;

  @Field(() => InitiativeKindEnum, { nullable: true })
  kind?: InitiativeKind | null;
}

@InputType('ActivityInput', { description: 'A new activity (no key), or the changed one.' })
export class ActivityInput {
  @Field(() => String, { nullable: true, description: 'Null: create a new activity.' })
  key?: string | null;

  @Field(() => DateScalar)
  occurredOn: string;

  @Field(() => ActivityFormatEnum)
  format: ActivityFormat;

  @Field(() => String)
  title: string;

  @Field(() => Int, { nullable: true })
  educatorsReached?: number | null;

  @Field(() => Int, { nullable: true })
  youthReachedEstimate?: number | null;

  @Field(() => [String], { description: 'Keys of initiatives of the coordinator’s network.' })
  initiativeKeys: string[];

  @Field(() => [NewInitiativeInput], { nullable: true, description: 'Initiatives to add to the network.' })
  newInitiatives?: NewInitiativeInput[] | null;
}
