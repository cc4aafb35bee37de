import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { CompletenessService } from './completeness.service.js';
import {
  CohortCompletenessType,
  EntryHistoryPageType,
  ParticipantInvitationsType,
} from './completeness.types.js';

/**
 * What project leads follow about the coordinators' entries (capability `followEntries`): the
 * view carries names and e-mails, which both roles with the capability may read.
 */
@Resolver(() => CohortCompletenessType)
export class CompletenessResolver {
  constructor(private readonly service: CompletenessService) {}

  @Can('followEntries')
  @Query(() => CohortCompletenessType, {
    description:
      'Every enrollment of a cohort as of today (Berlin): account, goals and their progress, check-ins due or overdue, recent activity, reminders.',
  })
  entryCompleteness(@Args('cohort', { type: () => String }) cohort: string): Promise<CohortCompletenessType> {
    return this.service.completeness(cohort);
  }

  @Can('followEntries')
  @Query(() => EntryHistoryPageType, {
    description:
      'The coordinators’ changes to their entries (and imports that overwrote them), newest first; `cohort`: the people enrolled in it. `first` 1 … 200.',
  })
  entryHistory(
    @Args('cohort', { type: () => String, nullable: true }) cohort: string | null,
    @Args('participantKey', { type: () => String, nullable: true }) participantKey: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number | null,
  ): Promise<EntryHistoryPageType> {
    return this.service.entryHistory(
      { cohort: cohort ?? null, participantKey: participantKey ?? null },
      first ?? 50,
      offset ?? 0,
    );
  }

  @Can('followEntries')
  @Mutation(() => CohortCompletenessType, {
    description:
      'How many days (0 … 366) coordinators of the cohort may edit or delete an activity they entered; audited.',
  })
  setActivityEditWindow(
    @CurrentViewer() viewer: Viewer,
    @Args('cohort', { type: () => String }) cohort: string,
    @Args('days', { type: () => Int }) days: number,
  ): Promise<CohortCompletenessType> {
    return this.service.setActivityEditWindow(viewer, cohort, days);
  }

  @Can('followEntries')
  @Mutation(() => ParticipantInvitationsType, {
    description:
      'Invites people of the cohort’s roster as PARTICIPANT users (an invitation mail to their roster e-mail, in `language`: de or en); skips those who cannot be invited, saying why. A key not enrolled in the cohort refuses the whole request.',
  })
  inviteParticipants(
    @CurrentViewer() viewer: Viewer,
    @Args('cohort', { type: () => String }) cohort: string,
    @Args('participantKeys', { type: () => [String] }) participantKeys: string[],
    @Args('language', { type: () => String, nullable: true, defaultValue: 'de' }) language: string | null,
  ): Promise<ParticipantInvitationsType> {
    return this.service.inviteParticipants(viewer, cohort, participantKeys, language ?? 'de');
  }
}
