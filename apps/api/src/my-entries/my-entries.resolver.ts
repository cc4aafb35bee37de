import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { MyEntriesService } from './my-entries.service.js';
import {
  ActivityInput,
  CheckinInput,
  GoalInput,
  MyActivityType,
  MyGoalType,
  MyInitiativeType,
  MyParticipationType,
} from './my-entries.types.js';

/**
 * A coordinator's own area. No field takes a participant: every answer and every change is the
 * signed-in coordinator's (`viewer.participantId`), and another coordinator's key is NOT_FOUND,
 * exactly like a key that does not exist.
 */
@Can('enterOwnEntries')
@Resolver()
export class MyEntriesResolver {
  constructor(private readonly service: MyEntriesService) {}

  @Query(() => MyParticipationType, { description: 'The signed-in coordinator, their network and cohorts.' })
  myParticipation(@CurrentViewer() viewer: Viewer): Promise<MyParticipationType> {
    return this.service.participation(viewer);
  }

  @Query(() => [MyGoalType], { description: 'The coordinator’s goals in every cohort, newest set first.' })
  myGoals(@CurrentViewer() viewer: Viewer): Promise<MyGoalType[]> {
    return this.service.goals(viewer);
  }

  @Query(() => [MyActivityType], { description: 'The coordinator’s transfer activities, newest first.' })
  myActivities(@CurrentViewer() viewer: Viewer): Promise<MyActivityType[]> {
    return this.service.activities(viewer);
  }

  @Query(() => [MyInitiativeType], { description: 'The initiatives of the coordinator’s network, by name.' })
  myInitiatives(@CurrentViewer() viewer: Viewer): Promise<MyInitiativeType[]> {
    return this.service.initiatives(viewer);
  }

  @Mutation(() => MyGoalType, {
    description:
      'Creates a goal (no key) or changes one (key and expectedVersion; CONFLICT when it changed meanwhile). Level descriptions are frozen after the first check-in.',
  })
  saveMyGoal(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => GoalInput }) input: GoalInput,
  ): Promise<MyGoalType> {
    return this.service.saveGoal(viewer, input);
  }

  @Mutation(() => MyGoalType, {
    description:
      'Records a check-in on one of the coordinator’s goals (before the due date: an interim one).',
  })
  recordMyCheckin(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => CheckinInput }) input: CheckinInput,
  ): Promise<MyGoalType> {
    return this.service.recordCheckin(viewer, input);
  }

  @Mutation(() => MyActivityType, {
    description:
      'Logs an activity (no key) or changes one the coordinator entered, within the cohort’s edit window.',
  })
  saveMyActivity(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => ActivityInput }) input: ActivityInput,
  ): Promise<MyActivityType> {
    return this.service.saveActivity(viewer, input);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes an activity the coordinator entered, within the cohort’s edit window.',
  })
  deleteMyActivity(
    @CurrentViewer() viewer: Viewer,
    @Args('key', { type: () => String }) key: string,
  ): Promise<boolean> {
    return this.service.deleteActivity(viewer, key);
  }
}
