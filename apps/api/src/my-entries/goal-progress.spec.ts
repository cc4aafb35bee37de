import { describe, expect, it } from 'vitest';
import { defaultGoalDueOn, goalProgress } from './goal-progress.js';

describe('goalProgress', () => {
  const dueOn = '2026-06-30';
  const at = (today: string, ...checkinDates: string[]) => goalProgress({ dueOn, checkinDates }, today);

  it('is SET without check-ins until 14 days before the due date, then DUE, then OVERDUE after it', () => {
    expect(at('2026-01-01')).toBe('SET');
    expect(at('2026-06-15')).toBe('SET');
    expect(at('2026-06-16')).toBe('DUE');
    expect(at('2026-06-30')).toBe('DUE'); // the due day itself is not past due
    expect(at('2026-07-01')).toBe('OVERDUE');
  });

  it('is INTERIM with check-ins before the due date, DUE from 14 days before it, and stays DUE (not overdue) after it', () => {
    expect(at('2026-03-01', '2026-02-01')).toBe('INTERIM');
    expect(at('2026-06-16', '2026-02-01')).toBe('DUE');
    expect(at('2027-01-01', '2026-02-01')).toBe('DUE');
  });

  it('is CHECKED with a check-in on or after the due date, whatever came before', () => {
    expect(at('2026-06-30', '2026-06-30')).toBe('CHECKED');
    expect(at('2026-08-01', '2026-02-01', '2026-07-15')).toBe('CHECKED');
    expect(at('2026-08-01', '2026-07-15', '2026-02-01')).toBe('CHECKED');
  });

  it('does not count check-ins dated after today', () => {
    expect(at('2026-03-01', '2026-07-01')).toBe('SET');
    expect(at('2026-07-02', '2026-07-05')).toBe('OVERDUE');
  });
});

describe('defaultGoalDueOn', () => {
  it('is six months after the Transferwerkstatt, the day clamped to the month', () => {
    expect(defaultGoalDueOn('2026-05-22', '2026-05-22')).toBe('2026-11-22');
    expect(defaultGoalDueOn('2026-08-31', '2026-09-01')).toBe('2027-02-28');
  });

  it('is six months after the day the goal is set without a workshop date, or when that would lie before it', () => {
    expect(defaultGoalDueOn(null, '2026-12-05')).toBe('2027-06-05');
    expect(defaultGoalDueOn('2025-05-22', '2026-12-05')).toBe('2027-06-05');
  });
});
