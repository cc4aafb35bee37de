import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AUTH_OPTIONS, type AuthOptions } from './auth-options.js';
import { InvalidTokenError, signJwt, verifyJwt } from './jwt.js';

/** What a login token says: whose it is, which session, and which password they had when they signed in. */
export interface TokenSubject {
  userId: number;
  /** The `sessions` row this token belongs to (`sid`). */
  sessionId: string;
  passwordVersion: string;
}

const ISSUER = 'mintq';
/** 16+ random bytes as base64url (see SessionsRepository); bounds what reaches the database. */
const SESSION_ID = /^[A-Za-z0-9_-]{22,64}$/;

/**
 * Issues and reads mintq's login tokens (HS256 JWTs). A token names its session (`sid`), which
 * the server can end (sign-out, deactivation); it also carries a keyed fingerprint of the
 * user's password hash (`pwv`), so a changed password ends every session signed in with the
 * old one even where no session row was revoked (`mintq user add` again).
 */
@Injectable()
export class TokenService {
  constructor(@Inject(AUTH_OPTIONS) private readonly options: AuthOptions) {}

  issue(user: { id: number; passwordHash: string | null; sessionId: string }, now = Date.now()): string {
    return signJwt(
      {
        iss: ISSUER,
        sub: String(user.id),
        sid: user.sessionId,
        pwv: this.passwordVersion(user.passwordHash),
      },
      { secret: this.options.secret, ttlSeconds: this.options.ttlSeconds, now },
    );
  }

  /**
   * The token's subject; throws InvalidTokenError for anything but a valid token of ours. A
   * token that claims a longer life than the server grants (`exp - iat` above the configured
   * lifetime) is refused whatever its signature: the server caps lifetime, not the token.
   */
  read(token: string, now = Date.now()): TokenSubject {
    const claims = verifyJwt(token, { secret: this.options.secret, now });
    if (claims.exp - claims.iat > this.options.ttlSeconds) throw new InvalidTokenError('lifetime');
    const userId =
      typeof claims.sub === 'string' && /^[1-9]\d{0,9}$/.test(claims.sub) ? Number(claims.sub) : NaN;
    if (
      claims.iss !== ISSUER ||
      !Number.isSafeInteger(userId) ||
      typeof claims.pwv !== 'string' ||
      typeof claims.sid !== 'string' ||
      !SESSION_ID.test(claims.sid)
    )
      throw new InvalidTokenError('malformed');
    return { userId, sessionId: claims.sid, passwordVersion: claims.pwv };
  }

  /** A short keyed digest of the stored hash: reveals nothing about it without the secret. */
  passwordVersion(passwordHash: string | null): string {
    return createHmac('sha256', this.options.secret)
      .update(`pwv:${passwordHash ?? ''}`)
      .digest('base64url')
      .slice(0, 16);
  }
}
