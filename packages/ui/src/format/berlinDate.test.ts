import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateInBerlin, todayInBerlin } from './berlinDate.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('dates in Berlin', () => {
  it('has today begin at midnight in Berlin in summer (CEST, UTC+2), not at midnight UTC', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-31T22:30:00Z'));
    // 00:30 on 1 April in Berlin; UTC still says 31 March.
    expect(todayInBerlin()).toBe('2026-04-01');
  });

  it('has today begin at midnight in Berlin in winter (CET, UTC+1)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-31T23:30:00Z'));
    expect(todayInBerlin()).toBe('2026-02-01');
    // An hour earlier it is still 31 January in Berlin.
    vi.setSystemTime(new Date('2026-01-31T22:30:00Z'));
    expect(todayInBerlin()).toBe('2026-01-31');
  });

  it('gives the Berlin date of any instant, around both changes of the clocks', () => {
    expect(todayInBerlin(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(dateInBerlin('2026-03-29T00:30:00Z')).toBe('2026-03-29');
    expect(dateInBerlin(Date.parse('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
    expect(dateInBerlin('2026-10-25T22:59:00Z')).toBe('2026-10-25');
    expect(dateInBerlin('2026-10-25T23:00:00Z')).toBe('2026-10-26');
  });
});
