import { createHmac, randomBytes } from 'node:crypto';
import { InvalidTokenError, signJwt, verifyJwt } from '../auth/jwt.js';

/** The cookie that carries one single sign-on from `/api/oidc/start` to the callback. */
export const FLOW_COOKIE = 'mintq_sso';
/** Where the browser sends the cookie: nowhere but the callback and the start. */
export const FLOW_COOKIE_PATH = '/api/oidc';
/** How long a sign-in at the provider may take: typing a password, perhaps a second factor. */
export const FLOW_TTL_SECONDS = 600;

const FLOW_ISSUER = 'mintq-sso';

/** The checks the provider's answer must pass: `state` against forged callbacks, `nonce` against replayed identities, PKCE against stolen codes. */
export interface FlowChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * One single sign-on's state, kept in a signed cookie rather than in memory, so that any of
 * several mintq processes can finish a sign-in another one began. The cookie holds only a
 * random flow id; state, nonce and PKCE verifier are derived from it with a key of the app's
 * secret, so the verifier never leaves the server, and a cookie of another browser (or a
 * forged one) yields checks the provider's answer does not pass.
 */
export class SignInFlows {
  private readonly cookieKey: Buffer;
  private readonly checksKey: Buffer;

  constructor(appSecret: Buffer) {
    // Keys of their own: a flow cookie is no login token, and a login token no flow cookie.
    this.cookieKey = createHmac('sha256', appSecret).update('mintq sso flow cookie').digest();
    this.checksKey = createHmac('sha256', appSecret).update('mintq sso flow checks').digest();
  }

  /** A new flow: its cookie value and its checks. */
  begin(now = Date.now()): { cookie: string; checks: FlowChecks } {
    const flowId = randomBytes(18).toString('base64url');
    const cookie = signJwt(
      { iss: FLOW_ISSUER, fid: flowId },
      { secret: this.cookieKey, ttlSeconds: FLOW_TTL_SECONDS, now },
    );
    return { cookie, checks: this.checksOf(flowId) };
  }

  /** The checks of the flow a cookie began; undefined for a missing, forged or expired cookie. */
  resume(cookie: string | undefined, now = Date.now()): FlowChecks | undefined {
    if (!cookie) return undefined;
    try {
      const claims = verifyJwt(cookie, { secret: this.cookieKey, now });
      if (claims.iss !== FLOW_ISSUER || typeof claims.fid !== 'string') return undefined;
      return this.checksOf(claims.fid);
    } catch (error) {
      if (error instanceof InvalidTokenError) return undefined;
      throw error;
    }
  }

  private checksOf(flowId: string): FlowChecks {
    const derive = (purpose: string) =>
      createHmac('sha256', this.checksKey).update(`${purpose}:${flowId}`).digest('base64url');
    // 43 base64url characters each: a PKCE verifier's minimum length, 256 bits.
    return { state: derive('state'), nonce: derive('nonce'), codeVerifier: derive('pkce') };
  }
}

/** One cookie's value from a `Cookie` header; undefined when absent. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}
