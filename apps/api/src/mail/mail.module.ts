import { Module } from '@nestjs/common';
import { MailService } from './mail.service.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';

/** mintq's outgoing mail: the outbox and SMTP (MINTQ_SMTP_URL). */
@Module({ providers: [MailOutboxRepository, MailService], exports: [MailService] })
export class MailModule {}
