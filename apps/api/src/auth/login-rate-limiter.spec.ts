import { describe, expect, it } from 'vitest';
import { LoginRateLimiter } from './login-rate-limiter.js';

describe('LoginRateLimiter', () => {
  function limiter(options: { maxKeys?: number } = {}) {
    let now = 1_000_000;
    const clock = {
      advance(ms: number) {
        now += ms;
      },
    };
    return { clock, limiter: new LoginRateLimiter({ now: () => now, ...options }) };
  }

  it('locks a key at its 5th failure within 15 minutes until the oldest one is 15 minutes old', () => {
    const { clock, limiter: l } = limiter();
    for (let i = 0; i < 4; i++) {
      expect(l.recordFailure('a')).toBe(false);
      expect(l.retryAfterSeconds('a')).toBe(0);
      clock.advance(60_000);
    }
    expect(l.recordFailure('a')).toBe(true);
    expect(l.retryAfterSeconds('a')).toBe(11 * 60); // the first failure was 4 minutes ago
    expect(l.retryAfterSeconds('b')).toBe(0);
    clock.advance(11 * 60_000);
    expect(l.retryAfterSeconds('a')).toBe(0); // a sliding window: one more try now
    l.recordFailure('a');
    expect(l.retryAfterSeconds('a')).toBeGreaterThan(0);
  });

  it('forgets failures older than the window and after a success', () => {
    const { clock, limiter: l } = limiter();
    for (let i = 0; i < 4; i++) l.recordFailure('a');
    clock.advance(15 * 60_000 + 1);
    expect(l.recordFailure('a')).toBe(false);
    for (let i = 0; i < 3; i++) l.recordFailure('a');
    l.reset('a');
    expect(l.recordFailure('a')).toBe(false);
    expect(l.retryAfterSeconds('a')).toBe(0);
  });

  it('keeps at most maxKeys keys, dropping the least recently failed', () => {
    const { limiter: l } = limiter({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) for (let i = 0; i < 5; i++) l.recordFailure(key);
    expect(l.retryAfterSeconds('a')).toBe(0);
    expect(['b', 'c', 'd'].map((k) => l.retryAfterSeconds(k) > 0)).toEqual([true, true, true]);
  });
});
