import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { ReminderScheduler } from './reminder-scheduler.js';
import { RemindersRepository } from './reminders.repository.js';
import { RemindersResolver } from './reminders.resolver.js';
import { RemindersService } from './reminders.service.js';

/** Reminder mails to coordinators: previewed and sent by project leads, and scheduled ones sent once by a job. */
@Module({
  imports: [MailModule],
  providers: [RemindersRepository, RemindersService, ReminderScheduler, RemindersResolver],
})
export class RemindersModule {}
