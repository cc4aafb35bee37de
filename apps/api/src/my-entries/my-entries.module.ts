import { Module } from '@nestjs/common';

/** A coordinator's own area: their participation, goals, check-ins and transfer activities (only their own). */
@Module({ providers: [] })
export class MyEntriesModule {}
