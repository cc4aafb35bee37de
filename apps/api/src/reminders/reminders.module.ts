import { Module } from '@nestjs/common';

/** Reminder mails to coordinators: previewed and sent by project leads, and scheduled ones sent once by a job. */
@Module({ providers: [] })
export class RemindersModule {}
