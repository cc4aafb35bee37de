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
      const message = (error instanceof Error ? error.message : String(error)).replaceAll(
        mail.secretLink,
        LINK_REMOVED,
      );
      await this.outbox.markFailed(id, { error: message, body: mail.body });
      this.logger.error({ ...log, error: message }, 'mail could not be sent: it waits in the outbox');
      return false;
    }
    await this.outbox.markSent(id);
    this.logger.info(log, 'mail sent');
    return true;
  }
}
