import { randomBytes } from 'node:crypto';
import { can, capabilitiesOf } from '@mintq/contract';
import { Inject, Injectable } from '@nestjs/common';
import { MINTQ_CONFIG, type MintqConfig } from '../config/config.js';
import { TooManyRequestsError } from '../errors/too-many-requests.error.js';
import { UnauthenticatedError } from '../errors/unauthenticated.error.js';
import type { FunderType } from '../funders/funders.types.js';
import { AuthRepository, type AuthUserRow } from './auth.repository.js';
import type { SessionType, ViewerType } from './auth.types.js';
import { InvalidTokenError } from './jwt.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { hashPassword, verifyPassword } from './password.js';
import { TokenService } from './token.service.js';
import { toRole, type Viewer } from './viewer.js';

/** One message for a wrong e-mail and a wrong password: which one it was is the attacker's question. */
export const LOGIN_FAILED_MESSAGE = 'Wrong e-mail address or password';
export const SIGN_IN_FIRST_MESSAGE =
  'Sign in first: send the token of the login mutation as Authorization: Bearer <token>';
export const SESSION_INVALID_MESSAGE = 'The session is invalid or has expired: sign in again';

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
    private readonly limiter: LoginRateLimiter,
    @Inject(MINTQ_CONFIG) private readonly config: MintqConfig,
  ) {}

  async login(input: { email: string; password: string; ip: string }): Promise<SessionType> {
    const email = input.email.trim();
    const key = `${email.toLowerCase()}\u0000${input.ip}`;
    const retryAfter = this.limiter.retryAfterSeconds(key);
    if (retryAfter > 0)
      throw new TooManyRequestsError(`Too many failed logins: try again in ${retryAfter} s`, retryAfter);

    const plausible = email.length <= MAX_EMAIL_LENGTH && input.password.length <= MAX_PASSWORD_LENGTH;
    const user = plausible ? await this.repository.findUserByEmail(email) : undefined;
    const valid = await verifyPassword(input.password, user?.password_hash ?? (await this.dummyHash));
    if (!user || !valid) {
      const locked = this.limiter.recordFailure(key);
      await this.audit('login.failed', user, {
        ip: input.ip,
        reason: user ? 'wrong_password' : 'unknown_email',
      });
      // Attempts while locked are not audited one by one: they cost nothing to send and
      // would let anyone fill the table; the moment of locking is.
      if (locked) await this.audit('login.locked', user, { ip: input.ip });
      throw new UnauthenticatedError(LOGIN_FAILED_MESSAGE);
    }
    this.limiter.reset(key);
    await this.audit('login.succeeded', user, { ip: input.ip });
    const viewer = this.toViewer(user);
    return {
      token: this.tokens.issue({ id: user.id, passwordHash: user.password_hash }),
      viewer: await this.describe(viewer),
    };
  }

  /**
   * The viewer behind an `Authorization` header. The user row is read again on every
   * request, so a deleted user, a changed role or funder, or a changed password (see
   * TokenService) takes effect at once rather than when the token expires.
   */
  async authenticate(authorization: string | undefined): Promise<Authentication> {
    if (authorization === undefined || authorization.trim() === '') return { problem: 'missing' };
    const match = /^Bearer +([A-Za-z0-9._-]+)$/i.exec(authorization.trim());
    if (!match?.[1]) return { problem: 'invalid' };
    let subject: { userId: number; passwordVersion: string };
    try {
      subject = this.tokens.read(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) return { problem: 'invalid' };
      throw error;
    }
    const user = await this.repository.findUserById(subject.userId);
    if (!user || this.tokens.passwordVersion(user.password_hash) !== subject.passwordVersion)
      return { problem: 'invalid' };
    return { viewer: this.toViewer(user) };
  }

  /** The contract's `Viewer`: e-mail, role, capabilities and (for FUNDER users) the funder and the suppression k. */
  async describe(viewer: Viewer): Promise<ViewerType> {
    let funder: FunderType | null = null;
    if (viewer.funderId !== null) funder = (await this.repository.findFunder(viewer.funderId)) ?? null;
    // The same rule as ScopeService: only FUNDER users' numbers are suppressed.
    const suppressionK = can(viewer.role, 'readEveryScope') ? null : this.config.suppressionK;
    return { email: viewer.email, role: viewer.role, funder, suppressionK, can: capabilitiesOf(viewer.role) };
  }

  private toViewer(user: AuthUserRow): Viewer {
    return {
      userId: user.id,
      email: user.email,
      role: toRole(user.role),
      funderId: user.funder_id,
      funderKey: user.funder_key,
    };
  }

  private audit(action: string, user: AuthUserRow | undefined, details: Record<string, unknown>) {
    return this.repository.recordAudit({
      userId: user?.id ?? null,
      action,
      subject: user ? `user:${user.id}` : null,
      details,
    });
  }
}
