import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { RemindersService } from './reminders.service.js';
import { ReminderInput, ReminderMailType, ReminderType } from './reminders.types.js';

/** Reminder mails to a cohort's coordinators: for those who follow the entries (`followEntries`). */
@Resolver()
export class RemindersResolver {
  constructor(private readonly service: RemindersService) {}

  @Can('followEntries')
  @Query(() => [ReminderMailType], {
    description:
      'The mails sendReminders would queue for this input, exactly. BAD_USER_INPUT: UNKNOWN_COHORTS, NOT_ENROLLED, REMINDER_NOT_APPLICABLE, ENTRY_TOO_LONG, DATE_INVALID.',
  })
  reminderPreview(
    @Args('input', { type: () => ReminderInput }) input: ReminderInput,
  ): Promise<ReminderMailType[]> {
    return this.service.preview(input);
  }

  @Can('followEntries')
  @Query(() => [ReminderType], {
    description: "The cohort's reminders, scheduled and sent, newest send time first.",
  })
  reminders(@Args('cohort', { type: () => String }) cohort: string): Promise<ReminderType[]> {
    return this.service.list(cohort);
  }

  @Can('followEntries')
  @Mutation(() => [ReminderType], {
    description:
      'Queues one reminder per participant, sent at sendAt (default now) by a job, once. Errors as reminderPreview.',
  })
  sendReminders(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => ReminderInput }) input: ReminderInput,
  ): Promise<ReminderType[]> {
    return this.service.send(viewer, input);
  }

  @Can('followEntries')
  @Mutation(() => ReminderType, {
    description: 'Cancels a reminder not yet sent. NOT_FOUND; BAD_USER_INPUT REMINDER_ALREADY_SENT.',
  })
  cancelReminder(
    @CurrentViewer() viewer: Viewer,
    @Args('key', { type: () => String }) key: string,
  ): Promise<ReminderType> {
    return this.service.cancel(viewer, key);
  }
}
