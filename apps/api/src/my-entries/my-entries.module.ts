import { Module } from '@nestjs/common';
import { MyEntriesRepository } from './my-entries.repository.js';
import { MyEntriesResolver } from './my-entries.resolver.js';
import { MyEntriesService } from './my-entries.service.js';

/** A coordinator's own area: their participation, goals, check-ins and transfer activities (only their own). */
@Module({ providers: [MyEntriesRepository, MyEntriesService, MyEntriesResolver] })
export class MyEntriesModule {}
