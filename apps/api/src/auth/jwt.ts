import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Compact JWS with HS256 (RFC 7515/7519), the only algorithm mintq signs or accepts: a
 * token's own header cannot choose `none` or an asymmetric algorithm ("alg confusion").
 * Written with node:crypto because the whole need is one HMAC and a few claim checks.
 */

export interface JwtClaims {
  [claim: string]: unknown;
  /** Seconds since the epoch. */
  iat: number;
  nbf: number;
  exp: number;
}

/** Why a token was refused; the client only ever learns "invalid or expired". */
export type JwtFailure = 'malformed' | 'algorithm' | 'signature' | 'expired' | 'not-yet-valid' | 'lifetime';

export class InvalidTokenError extends Error {
  constructor(readonly reason: JwtFailure) {
    super(`invalid token: ${reason}`);
  }
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const SEGMENT = /^[A-Za-z0-9_-]+$/;
/** Far above a real mintq token (~250 chars); bounds the work done on garbage. */
const MAX_TOKEN_LENGTH = 4096;
/** Tolerated clock skew for `nbf`/`iat`; one process signs and verifies, so it can be small. */
const LEEWAY_SECONDS = 5;

function base64url(text: string | Buffer): string {
  return Buffer.from(text).toString('base64url');
}

function hmac(input: string, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(input).digest();
}

function parseJson(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidTokenError('malformed');
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Signs claims valid from `now` for `ttlSeconds`, e.g. `signJwt({ sub: '7' }, { secret, ttlSeconds: 43200 })`. */
export function signJwt(
  claims: Record<string, unknown>,
  options: { secret: Buffer; ttlSeconds: number; now?: number },
): string {
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  const payload = base64url(JSON.stringify({ ...claims, iat: now, nbf: now, exp: now + options.ttlSeconds }));
  const signature = hmac(`${HEADER}.${payload}`, options.secret).toString('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

/**
 * Returns the claims of a token this secret signed and that is valid now; throws
 * `InvalidTokenError` otherwise. The signature is checked (in constant time) before the
 * payload is even parsed, so forged payloads never reach the claim checks.
 */
export function verifyJwt(token: string, options: { secret: Buffer; now?: number }): JwtClaims {
  if (token.length > MAX_TOKEN_LENGTH) throw new InvalidTokenError('malformed');
  const parts = token.split('.');
  const [header, payload, signature] = parts;
  if (parts.length !== 3 || !header || !payload || !signature || !parts.every((p) => SEGMENT.test(p)))
    throw new InvalidTokenError('malformed');

  const head = parseJson(header);
  if (
    !isObject(head) ||
    head.alg !== 'HS256' ||
    (head.typ !== undefined && head.typ !== 'JWT') ||
    'crit' in head
  )
    throw new InvalidTokenError('algorithm');

  const expected = hmac(`${header}.${payload}`, options.secret);
  const actual = Buffer.from(signature, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    throw new InvalidTokenError('signature');

  const claims = parseJson(payload);
  if (!isObject(claims)) throw new InvalidTokenError('malformed');
  const { exp, nbf, iat } = claims;
  if (typeof exp !== 'number' || typeof nbf !== 'number' || typeof iat !== 'number')
    throw new InvalidTokenError('malformed');
  const now = (options.now ?? Date.now()) / 1000;
  if (exp <= now) throw new InvalidTokenError('expired');
  if (nbf > now + LEEWAY_SECONDS || iat > now + LEEWAY_SECONDS) throw new InvalidTokenError('not-yet-valid');
  return claims as JwtClaims;
}
