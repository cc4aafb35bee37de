import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.js';

/** The one job queue of the process, for every feature module that has work to do once. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
