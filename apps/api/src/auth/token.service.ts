import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AUTH_OPTIONS, type AuthOptions } from './auth-options.js';
import { InvalidTokenError, signJwt, verifyJwt } from './jwt.js';

/** What a login token says: whose it is, and which password they had when they signed in. */
export interface TokenSubject {
  userId: number;
  passwordVersion: string;
}

const ISSUER = 'mintq';

/**
 * Issues and reads mintq's login tokens (HS256 JWTs). Besides the user id a token carries a
 * keyed fingerprint of the user's password hash (`pwv`): changing a password (`mintq user
 * add` again) thus ends every session signed in with the old one, without a revocation list.
 */
@Injectable()
export class TokenService {
  constructor(@Inject(AUTH_OPTIONS) private readonly options: AuthOptions) {}

  issue(user: { id: number; passwordHash: string }, now = Date.now()): string {
    return signJwt(
      { iss: ISSUER, sub: String(user.id), pwv: this.passwordVersion(user.passwordHash) },
      { secret: this.options.secret, ttlSeconds: this.options.ttlSeconds, now },
    );
  }

  /** The token's subject; throws InvalidTokenError for anything but a valid token of ours. */
  read(token: string, now = Date.now()): TokenSubject {
    const claims = verifyJwt(token, { secret: this.options.secret, now });
    const userId =
      typeof claims.sub === 'string' && /^[1-9]\d{0,9}$/.test(claims.sub) ? Number(claims.sub) : NaN;
    if (claims.iss !== ISSUER || !Number.isSafeInteger(userId) || typeof claims.pwv !== 'string')
      throw new InvalidTokenError('malformed');
    return { userId, passwordVersion: claims.pwv };
  }

  /** A short keyed digest of the stored hash: reveals nothing about it without the secret. */
  passwordVersion(passwordHash: string): string {
    return createHmac('sha256', this.options.secret)
      .update(`pwv:${passwordHash}`)
      .digest('base64url')
      .slice(0, 16);
  }
}
