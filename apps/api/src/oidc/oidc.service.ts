import type { SsoRefusal } from '@mintq/contract';
import { Inject, Injectable } from '@nestjs/common';
import { AuthService } from '../auth/auth.service.js';
import { AUTH_OPTIONS, type AuthOptions } from '../auth/auth-options.js';
import { MINTQ_CONFIG, type MintqConfig } from '../config/config.js';
import { UnauthenticatedError } from '../errors/unauthenticated.error.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { OidcRepository } from './oidc.repository.js';
import { OidcProviderClient, type ProvenIdentity } from './oidc-provider-client.js';
import { SignInFlows } from './sign-in-flow.js';

/** The path of the callback the provider sends the browser back to. */
export const CALLBACK_PATH = '/api/oidc/callback';

/** How a single sign-on ended: a session's token, or why there is none. */
export type SsoOutcome = { token: string } | { refusal: SsoRefusal };

/**
 * Single sign-on with the organisation's OpenID Connect provider. A proven identity maps to an
 * invited or active mintq user by its verified e-mail (ignoring case); nobody registers
 * themselves. An invited user becomes active on their first single sign-on.
 */
@Injectable()
export class OidcService {
  private readonly client: OidcProviderClient | undefined;
  private readonly flows: SignInFlows;

  constructor(
    @Inject(MINTQ_CONFIG) private readonly config: MintqConfig,
    @Inject(AUTH_OPTIONS) authOptions: AuthOptions,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly repository: OidcRepository,
    private readonly auth: AuthService,
  ) {
    this.flows = new SignInFlows(authOptions.secret);
    this.client =
      config.oidc && new OidcProviderClient(config.oidc, `${this.config.publicUrl}${CALLBACK_PATH}`);
  }

  /** Whether single sign-on is configured, and the organisation's name for the button. */
  get options(): { enabled: boolean; name: string | null } {
    return { enabled: this.client !== undefined, name: this.config.oidc?.name ?? null };
  }

  /** Whether the flow cookie must be `Secure`: when mintq is reached over HTTPS. */
  get secureCookie(): boolean {
    return this.config.publicUrl.startsWith('https:');
  }

  /** A new sign-in: the provider's URL to send the browser to, and the flow cookie to set. */
  async start(): Promise<{ location: URL; cookie: string } | { refusal: SsoRefusal }> {
    if (!this.client) return { refusal: 'FAILED' };
    const flow = this.flows.begin();
    try {
      return { location: await this.client.authorizationUrl(flow.checks), cookie: flow.cookie };
    } catch (error) {
      this.logger.warn({ err: describe(error) }, 'single sign-on: the provider cannot be reached');
      return { refusal: 'FAILED' };
    }
  }

  /** The provider sent the browser back: check its answer, find the user, start a session. */
  async finish(query: string, flowCookie: string | undefined, ip: string | null): Promise<SsoOutcome> {
    // A failure before the provider proved an identity is logged, not audited: anyone can send
    // such callbacks for free, and they would fill the audit log.
    const checks = this.flows.resume(flowCookie);
    if (!this.client || !checks) {
      this.logger.warn('single sign-on: a callback without a valid flow cookie');
      return { refusal: 'FAILED' };
    }
    let identity: ProvenIdentity;
    try {
      // The callback's URL as the provider knows it: openid-client takes the redirect URI from it.
      const callbackUrl = new URL(`${this.config.publicUrl}${CALLBACK_PATH}${query}`);
      identity = await this.client.identify(callbackUrl, checks);
    } catch (error) {
      // A cancelled sign-in, an expired code, a failed check: the log says which, the user
      // only that it did not work. The error never holds the code or a token.
      this.logger.warn({ err: describe(error) }, 'single sign-on: the provider’s answer was refused');
      return { refusal: 'FAILED' };
    }
    if (!identity.email || !identity.emailVerified)
      return this.refuse('EMAIL_UNVERIFIED', { ip, email: identity.email ?? null });
    const user = await this.repository.findUserByEmail(identity.email);
    if (!user) return this.refuse('NOT_INVITED', { ip, email: identity.email });
    if (user.status === 'deactivated') return this.refuse('DEACTIVATED', { ip }, user.id);
    if (await this.repository.activateInvited(user.id))
      await this.repository.recordAudit({
        userId: user.id,
        action: 'user.invitation_accepted',
        details: { method: 'oidc' },
      });
    try {
      const session = await this.auth.startSession(user, { method: 'oidc', ip });
      return { token: session.token };
    } catch (error) {
      // Deactivated between the look-up and the session: startSession read the user again.
      if (error instanceof UnauthenticatedError) return this.refuse('DEACTIVATED', { ip }, user.id);
      throw error;
    }
  }

  /** A refusal of a person the provider vouched for: audited with what mintq made of them. */
  private async refuse(
    refusal: SsoRefusal,
    details: Record<string, unknown>,
    userId: number | null = null,
  ): Promise<SsoOutcome> {
    await this.repository.recordAudit({
      userId,
      action: 'login.sso_refused',
      details: { ...details, reason: refusal },
    });
    return { refusal };
  }
}

/** An error's class and message for the log: openid-client's messages hold no secrets. */
function describe(error: unknown): { type: string; message: string; code?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}
