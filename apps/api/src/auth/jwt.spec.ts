import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InvalidTokenError, signJwt, verifyJwt } from './jwt.js';

const secret = Buffer.from('a-test-secret-of-more-than-32-characters');
const now = Date.UTC(2025, 0, 15, 12);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (input: string, key = secret) => createHmac('sha256', key).update(input).digest('base64url');

function reason(token: string, at = now): string {
  try {
    verifyJwt(token, { secret, now: at });
    return 'valid';
  } catch (error) {
    if (error instanceof InvalidTokenError) return error.reason;
    throw error;
  }
}

describe('HS256 tokens', () => {
  const token = signJwt({ sub: '7' }, { secret, ttlSeconds: 3600, now });
  const [header, payload, signature] = token.split('.') as [string, string, string];

  it('round-trips the claims with iat, nbf and exp', () => {
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(verifyJwt(token, { secret, now: now + 1000 })).toEqual({
      sub: '7',
      iat: now / 1000,
      nbf: now / 1000,
      exp: now / 1000 + 3600,
    });
  });

  it('is valid until exp and refused from then on', () => {
    expect(reason(token, now + 3599_000)).toBe('valid');
    expect(reason(token, now + 3600_000)).toBe('expired');
  });

  it('refuses a token that is not valid yet (beyond 5 s of clock skew)', () => {
    expect(reason(token, now - 4_000)).toBe('valid');
    expect(reason(token, now - 60_000)).toBe('not-yet-valid');
  });

  it('refuses a wrong signature, another secret and a tampered payload', () => {
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    expect(reason(`${header}.${payload}.${flipped}`)).toBe('signature');
    expect(
      reason(
        signJwt(
          { sub: '7' },
          { secret: Buffer.from('another-secret-another-secret-xx'), ttlSeconds: 60, now },
        ),
      ),
    ).toBe('signature');
    const tampered = b64({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '1' });
    expect(reason(`${header}.${tampered}.${signature}`)).toBe('signature');
  });

  it('accepts HS256 only: alg none, HS512 and RS256 are refused even when "signed"', () => {
    for (const alg of ['none', 'None', 'HS512', 'RS256', 'hs256']) {
      const h = b64({ alg, typ: 'JWT' });
      expect(reason(`${h}.${payload}.${sign(`${h}.${payload}`)}`), alg).toBe('algorithm');
      expect(reason(`${h}.${payload}.`), alg).toBe('malformed');
    }
    const crit = b64({ alg: 'HS256', crit: ['exp'] });
    expect(reason(`${crit}.${payload}.${sign(`${crit}.${payload}`)}`)).toBe('algorithm');
  });

  it('refuses malformed tokens', () => {
    for (const bad of [
      '',
      'abc',
      'a.b',
      'a.b.c.d',
      `${header}.${payload}.${signature}=`,
      `${header}..${signature}`,
    ])
      expect(reason(bad), bad).toBe('malformed');
    expect(reason(`${'a'.repeat(5000)}.b.c`)).toBe('malformed');
    const noExp = b64({ sub: '7', iat: now / 1000, nbf: now / 1000 });
    expect(reason(`${header}.${noExp}.${sign(`${header}.${noExp}`)}`)).toBe('malformed');
    const notJson = Buffer.from('{nope').toString('base64url');
    expect(reason(`${header}.${notJson}.${sign(`${header}.${notJson}`)}`)).toBe('malformed');
  });
});
