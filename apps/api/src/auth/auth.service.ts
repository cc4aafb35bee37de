import { randomBytes } from 'node:crypto';
import { can, capabilitiesOf, type SessionMethod } from '@mintq/contract';
import { Inject, Injectable } from '@nestjs/common';
import { MINTQ_CONFIG, type MintqConfig } from '../config/config.js';
import { because } from '../errors/mintq-error.js';
import { UnauthenticatedError } from '../errors/unauthenticated.error.js';
import type { FunderType } from '../funders/funders.types.js';
import { AuthRepository, type AuthUserRow } from './auth.repository.js';
import type { SessionType, ViewerType } from './auth.types.js';
import { InvalidTokenError } from './jwt.js';
import { LoginThrottle } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password.js';
import { TokenService, type TokenSubject } from './token.service.js';
import { toRole, type Viewer } from './viewer.js';

/** One message for a wrong e-mail and a wrong password: which one it was is the attacker's question. */
export const LOGIN_FAILED_MESSAGE = 'Wrong e-mail address or password';
export const SIGN_IN_FIRST_MESSAGE =
  'Sign in first: send the token of the login mutation as Authorization: Bearer <token>';
export const SESSION_INVALID_MESSAGE = 'The session is invalid or has expired: sign in again';
export const ACCOUNT_INACTIVE_MESSAGE = 'This account is not active: ask an administrator of mintq';

/** 18 random bytes: 144 bits, 24 base64url characters. */
const SESSION_ID_BYTES = 18;

/** Longer inputs are no real login; they are refused like a wrong password, without a lookup. */
const MAX_EMAIL_LENGTH = 320;
const MAX_PASSWORD_LENGTH = 1024;

export type Authentication = { viewer: Viewer } | { problem: 'missing' | 'invalid' };

/** Sign-in with e-mail and password, and the viewer behind a bearer token. */
@Injectable()
export class AuthService {
  /**
   * Verified against when the e-mail is unknown, so that answer takes as long as a wrong
   * password (one scrypt either way) and timing does not tell which e-mails exist.
   */
  private readonly dummyHash = hashPassword(randomBytes(18).toString('base64'));

  constructor(
    private readonly repository: AuthRepository,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    @Inject(MINTQ_CONFIG) private readonly config: MintqConfig,
  ) {}

  async login(input: { email: string; password: string; ip: string }): Promise<SessionType> {
    const email = input.email.trim();
    const plausible = email.length <= MAX_EMAIL_LENGTH && input.password.length <= MAX_PASSWORD_LENGTH;
    const user = plausible ? await this.repository.findUserByEmail(email) : undefined;
    // Counted as a failure until the password proves right; refused, without a check, while
    // the account or the address waits (LoginThrottle).
    const attempt = await this.throttle.begin({ email, ip: input.ip, userId: user?.id ?? null });
    const valid = await verifyPassword(input.password, user?.password_hash ?? (await this.dummyHash));
    // A deactivated user is answered like a wrong password: the answer must not confirm that
    // the password was right.
    if (!user || !valid || user.status !== 'active') {
      const throttled = await this.throttle.failed(attempt);
      await this.audit('login.failed', user, {
        ip: input.ip,
        reason: !user ? 'unknown_email' : !valid ? 'wrong_password' : `${user.status}_user`,
      });
      // Attempts refused while a key waits are not audited one by one: they cost nothing to
      // send and would let anyone fill the table; the moment a key starts waiting is.
      for (const kind of throttled)
        await this.audit('login.locked', kind === 'account' ? user : undefined, {
          ip: input.ip,
          throttled: kind,
        });
      throw new UnauthenticatedError(LOGIN_FAILED_MESSAGE);
    }
    await this.throttle.succeeded(attempt);
    return this.startSession(user, { method: 'password', ip: input.ip });
  }

  /**
   * Signs a user in whose identity was proven (a password, an organisation's sign-in, a link
   * from a mail): a `sessions` row for the server's lifetime and a token naming it. Refuses a
   * user who is not active (UNAUTHENTICATED, reason ACCOUNT_INACTIVE); the user is read again,
   * so a caller's stale row cannot revive a deactivated account.
   */
  async startSession(
    user: { id: number },
    options: { method: SessionMethod; ip: string | null },
  ): Promise<SessionType> {
    const row = await this.repository.findUserById(user.id);
    if (row?.status !== 'active')
      throw new UnauthenticatedError(ACCOUNT_INACTIVE_MESSAGE, because('ACCOUNT_INACTIVE'));
    const now = Date.now();
    const sessionId = randomBytes(SESSION_ID_BYTES).toString('base64url');
    await this.repository.insertSession({
      id: sessionId,
      userId: row.id,
      method: options.method,
      expiresAt: new Date(now + this.config.jwtTtlSeconds * 1000),
      ip: options.ip,
    });
    await this.audit('login.succeeded', row, { ip: options.ip, method: options.method });
    return {
      token: this.tokens.issue({ id: row.id, passwordHash: row.password_hash, sessionId }, now),
      viewer: await this.describe(this.toViewer(row)),
    };
  }

  /** Signs out: the viewer's session ends at once, whatever its token says. */
  async logout(viewer: Viewer): Promise<boolean> {
    if (viewer.sessionId === undefined) return false;
    const ended = await this.repository.revokeSessions({ sessionId: viewer.sessionId });
    await this.audit('logout', { id: viewer.userId }, {});
    return ended > 0;
  }

  /** Ends every open session of a user (a password reset or change); their tokens are refused from now on. */
  endSessions(userId: number): Promise<number> {
    return this.repository.revokeSessions({ userId });
  }

  /**
   * The viewer behind an `Authorization` header. The user row is read again on every
   * request together with the token's session (one query), so a deleted or deactivated user,
   * an ended session, a changed role or funder, or a changed password (see TokenService) takes
   * effect at once rather than when the token expires.
   */
  async authenticate(authorization: string | undefined): Promise<Authentication> {
    if (authorization === undefined || authorization.trim() === '') return { problem: 'missing' };
    const match = /^Bearer +([A-Za-z0-9._-]+)$/i.exec(authorization.trim());
    if (!match?.[1]) return { problem: 'invalid' };
    let subject: TokenSubject;
    try {
      subject = this.tokens.read(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) return { problem: 'invalid' };
      throw error;
    }
    const user = await this.repository.findSessionUser(subject.sessionId, subject.userId);
    if (!user || this.tokens.passwordVersion(user.password_hash) !== subject.passwordVersion)
      return { problem: 'invalid' };
    return { viewer: { ...this.toViewer(user), sessionId: subject.sessionId } };
  }

  /** The contract's `Viewer`: e-mail, role, capabilities and (for FUNDER users) the funder and the suppression k. */
  async describe(viewer: Viewer): Promise<ViewerType> {
    let funder: FunderType | null = null;
    if (viewer.funderId !== null) funder = (await this.repository.findFunder(viewer.funderId)) ?? null;
    // The same rule as ScopeService: only FUNDER users' numbers are suppressed.
    const suppressionK =
      can(viewer.role, 'readMetrics') && !can(viewer.role, 'readEveryScope')
        ? this.config.suppressionK
        : null;
    return { email: viewer.email, role: viewer.role, funder, suppressionK, can: capabilitiesOf(viewer.role) };
  }

  private toViewer(user: AuthUserRow): Viewer {
    return {
      userId: user.id,
      email: user.email,
      role: toRole(user.role),
      funderId: user.funder_id,
      funderKey: user.funder_key,
      participantId: user.participant_id,
      participantKey: user.participant_key,
    };
  }

  private audit(action: string, user: { id: number } | undefined, details: Record<string, unknown>) {
    return this.repository.recordAudit({
      userId: user?.id ?? null,
      action,
      subject: user ? `user:${user.id}` : null,
      details,
    });
  }
}
