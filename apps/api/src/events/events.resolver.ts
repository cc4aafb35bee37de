import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ScopeInput } from '../scope/scope.types.js';
import { EventsService } from './events.service.js';
import { EventFeedbackType } from './events.types.js';

@Resolver(() => EventFeedbackType)
export class EventsResolver {
  constructor(private readonly service: EventsService) {}

  @Query(() => EventFeedbackType, { description: 'Responses and NPS of an event-feedback instrument.' })
  eventFeedback(
    @CurrentViewer() viewer: Viewer,
    @Args('instrument', { type: () => String }) instrument: string,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
  ): Promise<EventFeedbackType> {
    return this.service.getEventFeedback(viewer, instrument, scope);
  }
}
