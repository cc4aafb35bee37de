import { Module } from '@nestjs/common';
import { ScopeModule } from '../scope/scope.module.js';
import { EventsRepository } from './events.repository.js';
import { EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';

/** `eventFeedback`; exports the service for funder reports. */
@Module({
  imports: [ScopeModule],
  providers: [EventsRepository, EventsService, EventsResolver],
  exports: [EventsService],
})
export class EventsModule {}
