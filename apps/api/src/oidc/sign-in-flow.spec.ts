import { describe, expect, it } from 'vitest';
import { cookieValue, FLOW_TTL_SECONDS, SignInFlows } from './sign-in-flow.js';

const SECRET = Buffer.from('test-secret-test-secret-test-secret-0123456789');

/** The cookie with one character of its signature changed (not the last: it carries padding bits). */
function alter(cookie: string): string {
  const at = cookie.length - 10;
  return `${cookie.slice(0, at)}${cookie[at] === 'A' ? 'B' : 'A'}${cookie.slice(at + 1)}`;
}

describe('SignInFlows', () => {
  const flows = new SignInFlows(SECRET);

  it('resumes a flow with the checks it began with, in another instance with the same secret', () => {
    const { cookie, checks } = flows.begin();
    expect(new SignInFlows(SECRET).resume(cookie)).toEqual(checks);
    expect(checks.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set([checks.state, checks.nonce, checks.codeVerifier]).size).toBe(3);
    // Nothing of the checks is in the cookie itself.
    expect(Buffer.from(cookie.split('.')[1] ?? '', 'base64url').toString()).not.toContain(
      checks.codeVerifier,
    );
  });

  it('refuses a missing, forged, expired or other secret’s cookie', () => {
    const now = Date.now();
    const { cookie } = flows.begin(now);
    expect(flows.resume(undefined)).toBeUndefined();
    expect(flows.resume('garbage')).toBeUndefined();
    expect(flows.resume(alter(cookie))).toBeUndefined();
    expect(flows.resume(cookie, now + (FLOW_TTL_SECONDS + 10) * 1000)).toBeUndefined();
    expect(
      new SignInFlows(Buffer.from('another-secret-another-secret-0123456789')).resume(cookie),
    ).toBeUndefined();
  });

  it('two flows never share their checks', () => {
    expect(flows.begin().checks.state).not.toBe(flows.begin().checks.state);
  });
});

describe('cookieValue', () => {
  it('finds one cookie by its exact name', () => {
    expect(cookieValue('a=1; mintq_sso=x.y.z; b=2', 'mintq_sso')).toBe('x.y.z');
    expect(cookieValue('xmintq_sso=1', 'mintq_sso')).toBeUndefined();
    expect(cookieValue(undefined, 'mintq_sso')).toBeUndefined();
  });
});
