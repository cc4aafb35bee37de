import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { EventsRepository } from './events.repository.js';
import { EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';

/** `eventFeedback`; exports the service for funder reports. */
@Module({
  imports: [ScopeModule, ReleasesModule],
  providers: [EventsRepository, EventsService, EventsResolver],
  exports: [EventsService],
})
export class EventsModule {}
