import { Inject, Injectable } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { MINTQ_CONFIG, type MintqConfig } from '../config/config.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import type { MailText } from './mail-texts.js';

export interface OutgoingMail extends MailText {
  /** What the mail is (`invitation`, `password_reset`): for the outbox and the log. */
  kind: string;
  to: string;
  /** The single-use link in the body: never logged, and not kept once the mail has left. */
  secretLink: string;
}

/** A mail whose outbox row its sender wrote itself, in its own transaction (a reminder): it holds no secret. */
export interface OutboxMail extends MailText {
  kind: string;
  to: string;
}

/** Stands where the link was in a delivered mail's outbox copy. */
export const LINK_REMOVED = '[Link nach dem Versand entfernt / link removed after delivery]';

/** How long one SMTP step may take: a hanging mail server must not hold a request for minutes. */
const SMTP_TIMEOUT_MS = 15_000;

/**
 * Sends mintq's mails. Each becomes a `mail_outbox` row first, so none is lost. With
 * MINTQ_SMTP_URL it is then sent and marked sent; its copy keeps no working link (an outbox
 * reader must not be able to use someone's invitation). Without SMTP, or when sending fails,
 * the row keeps the whole mail for an admin to pass on. Log lines never carry the link.
 */
@Injectable()
export class MailService {
  private readonly transport: Transporter | undefined;

  constructor(
    private readonly outbox: MailOutboxRepository,
    @Inject(MINTQ_CONFIG) private readonly config: MintqConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    const { smtpUrl } = config.mail;
    this.transport =
      smtpUrl &&
      createTransport({
        url: smtpUrl.href,
        connectionTimeout: SMTP_TIMEOUT_MS,
        greetingTimeout: SMTP_TIMEOUT_MS,
        socketTimeout: SMTP_TIMEOUT_MS,
      });
  }

  /** Writes the mail to the outbox and sends it when SMTP is configured; true when it left. */
  async send(mail: OutgoingMail): Promise<boolean> {
    const redacted = mail.body.replaceAll(mail.secretLink, LINK_REMOVED);
    const id = await this.outbox.insertMail({
      kind: mail.kind,
      recipient: mail.to,
      subject: mail.subject,
      body: this.transport ? redacted : mail.body,
    });
    return this.deliver(id, mail, mail.secretLink);
  }

  /**
   * Sends a mail whose `mail_outbox` row (`id`) is written already, and marks the row sent, or
   * failed with the error and the whole body. For senders that write the row in a transaction
   * of their own (a reminder and its outbox row commit together); true when it left.
   */
  async deliver(id: number, mail: OutboxMail, secretLink?: string): Promise<boolean> {
    // No address and no body: the outbox row (by its id) holds them for those who may read it.
    const log = { mailId: id, kind: mail.kind };
    if (!this.transport) {
      this.logger.info(log, 'mail waits in the outbox: no MINTQ_SMTP_URL is set');
      return false;
    }
    try {
      await this.transport.sendMail({
        from: this.config.mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.body,
      });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const message = secretLink ? text.replaceAll(secretLink, LINK_REMOVED) : text;
      await this.outbox.markFailed(id, { error: message, body: mail.body });
      this.logger.error({ ...log, error: message }, 'mail could not be sent: it waits in the outbox');
      return false;
    }
    await this.outbox.markSent(id);
    this.logger.info(log, 'mail sent');
    return true;
  }
}
