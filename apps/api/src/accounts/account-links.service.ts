import { createHash, randomBytes } from 'node:crypto';
import { LINK_LIFETIME_HOURS, type LinkKind } from '@mintq/contract';
import { type BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { AuthRepository } from '../auth/auth.repository.js';
import { AuthService } from '../auth/auth.service.js';
import type { SessionType } from '../auth/auth.types.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import type { Viewer } from '../auth/viewer.js';
import { toRole } from '../auth/viewer.js';
import { MINTQ_CONFIG, type MintqConfig } from '../config/config.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { because } from '../errors/mintq-error.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { MailService } from '../mail/mail.service.js';
import { invitationMail, passwordResetMail } from '../mail/mail-texts.js';
import { AccountsRepository } from './accounts.repository.js';
import { assertPasswordAllowed } from './password-rule.js';

/** Where each link leads in the dashboard; the secret rides in the fragment, which no server or Referer sees. */
const LINK_PAGES: Record<LinkKind, string> = {
  invitation: '/einladung',
  password_reset: '/passwort-zuruecksetzen',
};
/** 32 random bytes as base64url are 43 characters; anything else is no link of ours. */
const SECRET = /^[A-Za-z0-9_-]{43}$/;
/** requestPasswordReset mails one account at most this often an hour, answering `true` all the same. */
export const RESET_MAILS_PER_HOUR = 3;
/** Reset requests waiting to be handled, at most. */
const MAX_QUEUED = 100;

export const LINK_INVALID_MESSAGE = 'This link is unknown, used or expired: ask for a new one';

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3600_000);

/**
 * The single-use links mintq mails, and what they let a user do: set a first password from an
 * invitation, set a new one after a reset. Only a link's SHA-256 is stored; a new link of a
 * kind retires the user's older ones; an unknown, used or expired link is refused alike
 * (LINK_INVALID), so a refusal never tells which.
 */
@Injectable()
export class AccountLinks implements BeforeApplicationShutdown {
  /** Reset requests being handled after their answer went out, one after the other (see requestPasswordReset). */
  private queue: Promise<void> = Promise.resolve();
  private queued = 0;
  private readonly dummyHash = hashPassword(randomBytes(18).toString('base64'));

  constructor(
    private readonly repository: AccountsRepository,
    private readonly auth: AuthService,
    private readonly authRepository: AuthRepository,
    private readonly mail: MailService,
    @Inject(MINTQ_CONFIG) private readonly config: MintqConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Mails an invited user a new invitation link (older ones stop working), in their language,
   * naming who invited them. Returns when the link expires, or null for a user who is not invited.
   */
  async sendInvitation(
    userId: number,
    options: { invitedBy: number | null },
  ): Promise<{ expiresAt: Date } | null> {
    const user = await this.repository.findRecipient({ userId });
    if (user?.status !== 'invited') return null;
    const inviter =
      options.invitedBy === null
        ? undefined
        : await this.repository.findRecipient({ userId: options.invitedBy });
    const { link, expiresAt } = await this.newLink(user.id, 'invitation');
    const text = invitationMail(user.language, {
      inviter: inviter?.email ?? null,
      role: toRole(user.role),
      funder: user.funder_name,
      link,
      expiresAt,
    });
    await this.mail.send({ kind: 'invitation', to: user.email, secretLink: link, ...text });
    return { expiresAt };
  }

  /**
   * Mails an active user a reset link, at most RESET_MAILS_PER_HOUR an hour; an unknown, invited
   * or deactivated e-mail gets nothing. The caller learns nothing of which happened.
   */
  async sendPasswordReset(email: string, ip: string | null): Promise<void> {
    const user = await this.repository.findRecipient({ email: email.trim() });
    if (user?.status !== 'active') return;
    const recent = await this.repository.countLinksSince(user.id, 'password_reset', hoursFromNow(-1));
    const mailed = recent < RESET_MAILS_PER_HOUR;
    await this.audit('user.password_reset_requested', user.id, { ip, mailed });
    if (!mailed) return;
    const { link, expiresAt } = await this.newLink(user.id, 'password_reset');
    const text = passwordResetMail(user.language, { link, expiresAt });
    await this.mail.send({ kind: 'password_reset', to: user.email, secretLink: link, ...text });
  }

  /**
   * `requestPasswordReset`: answers at once and handles the request afterwards, so the answer
   * takes as long for an unknown e-mail as for a known one, SMTP or not. Requests are handled
   * one at a time, so that parallel ones cannot each count below the hourly limit, and at most
   * MAX_QUEUED wait: a flood of requests is dropped rather than held in memory.
   */
  requestPasswordReset(email: string, ip: string | null): true {
    if (email.length > 320) return true;
    if (this.queued >= MAX_QUEUED) {
      this.logger.warn({ queued: this.queued }, 'password reset request dropped: too many waiting');
      return true;
    }
    this.queued++;
    this.queue = this.queue
      .then(() => this.sendPasswordReset(email, ip))
      .catch((error: unknown) => this.logger.error({ err: error }, 'password reset request failed'))
      .finally(() => {
        this.queued--;
      });
    return true;
  }

  /** The invitation behind a link, for the page that sets the first password; null when the link does not work. */
  async invitation(secret: string): Promise<{ email: string; expiresAt: string } | null> {
    const link = await this.openLink(secret, 'invitation');
    return link ? { email: link.email, expiresAt: new Date(link.expires_at).toISOString() } : null;
  }

  /** Sets the first password from an invitation link and signs the user in; the link is used up. */
  async acceptInvitation(secret: string, password: string, ip: string | null): Promise<SessionType> {
    const userId = await this.usePasswordLink(secret, 'invitation', password);
    await this.audit('user.invitation_accepted', userId, { ip });
    return this.auth.startSession({ id: userId }, { method: 'password', ip });
  }

  /** Sets a new password from a reset link, ends every session the user had and starts a new one. */
  async resetPassword(secret: string, password: string, ip: string | null): Promise<SessionType> {
    const userId = await this.usePasswordLink(secret, 'password_reset', password);
    await this.auth.endSessions(userId);
    await this.audit('user.password_reset', userId, { ip });
    return this.auth.startSession({ id: userId }, { method: 'password', ip });
  }

  /**
   * A signed-in user's new password: the current one must be right (BAD_USER_INPUT,
   * WRONG_PASSWORD). Every session ends, this one too (its token named the old password); the
   * answer is the new session that replaces it.
   */
  async changePassword(
    viewer: Viewer,
    current: string,
    next: string,
    ip: string | null,
  ): Promise<SessionType> {
    const user = await this.repository.findPasswordHash(viewer.userId);
    const valid = await verifyPassword(current, user?.password_hash ?? (await this.dummyHash));
    if (!user || !valid)
      throw new BadUserInputError('The current password is wrong', because('WRONG_PASSWORD'));
    assertPasswordAllowed(next, { email: user.email });
    await this.repository.setPassword(viewer.userId, await hashPassword(next));
    await this.auth.endSessions(viewer.userId);
    await this.audit('user.password_changed', viewer.userId, { ip });
    return this.auth.startSession({ id: viewer.userId }, { method: 'password', ip });
  }

  /** Waits for reset mails still being written, so none is cut off by a shutdown. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.queue;
  }

  private async newLink(userId: number, kind: LinkKind): Promise<{ link: string; expiresAt: Date }> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = hoursFromNow(LINK_LIFETIME_HOURS[kind]);
    await this.repository.replaceLinks({ userId, kind, tokenHash: hashOf(secret), expiresAt });
    return { link: `${this.config.publicUrl}${LINK_PAGES[kind]}#token=${secret}`, expiresAt };
  }

  /** A link that works, for a user in the state it was sent for (invited, or active for a reset). */
  private async openLink(secret: string, kind: LinkKind) {
    if (!SECRET.test(secret)) return undefined;
    const link = await this.repository.findOpenLink(hashOf(secret), kind);
    const status = kind === 'invitation' ? 'invited' : 'active';
    return link?.status === status ? link : undefined;
  }

  /** Checks the password, then uses the link up and sets it, atomically: a link sets one password. */
  private async usePasswordLink(secret: string, kind: LinkKind, password: string): Promise<number> {
    const link = await this.openLink(secret, kind);
    if (!link) throw new BadUserInputError(LINK_INVALID_MESSAGE, because('LINK_INVALID'));
    // Before the link is used: a refused password leaves the link working for a better one.
    assertPasswordAllowed(password, { email: link.email });
    const userId = await this.repository.useLinkForPassword(
      link.id,
      await hashPassword(password),
      kind === 'invitation',
    );
    if (userId === undefined) throw new BadUserInputError(LINK_INVALID_MESSAGE, because('LINK_INVALID'));
    return userId;
  }

  private audit(action: string, userId: number, details: Record<string, unknown>) {
    return this.authRepository.recordAudit({ userId, action, subject: `user:${userId}`, details });
  }
}
