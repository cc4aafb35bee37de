import { describe, expect, it } from 'vitest';
import { type TimelineCohort, type TimelineGoal, type TimelineWave, timelineOf } from './timeline.js';

const COHORT: TimelineCohort = {
  starts_on: '2026-01-15',
  ends_on: '2026-07-10',
  transfer_workshop_on: '2026-07-09',
  status: 'enrolled',
};
const WAVES: TimelineWave[] = [
  { wave: 'pre', kind: 'self_assessment', opens_on: '2026-01-15', closes_on: '2026-02-12', responded: true },
  {
    wave: 'post',
    kind: 'self_assessment',
    opens_on: '2026-07-09',
    closes_on: '2026-08-06',
    responded: false,
  },
  {
    wave: 'event',
    kind: 'event_feedback',
    opens_on: '2026-07-09',
    closes_on: '2026-07-23',
    responded: false,
  },
  {
    wave: 'follow_up',
    kind: 'self_assessment',
    opens_on: '2027-01-09',
    closes_on: '2027-02-06',
    responded: false,
  },
];
const goal = (checkins: string[]): TimelineGoal => ({
  key: 'P0001-goal-1',
  set_on: '2026-07-09',
  due_on: '2027-01-09',
  goal: { checkins: checkins.map((checkedOn) => ({ checkedOn })) },
});
const states = (steps: ReturnType<typeof timelineOf>) => steps.map((s) => `${s.kind}:${s.state}`);

describe('timelineOf', () => {
  it('orders the steps by date, within a day in the programme’s order', () => {
    const steps = timelineOf(COHORT, WAVES, [], '2026-03-01');
    expect(steps.map((s) => s.kind)).toEqual([
      'COHORT_START',
      'SELF_ASSESSMENT_PRE',
      'SELF_ASSESSMENT_POST',
      'TRANSFER_WORKSHOP',
      'EVENT_FEEDBACK',
      'GOAL_SET',
      'COHORT_END',
      'SELF_ASSESSMENT_FOLLOW_UP',
    ]);
    expect(states(steps)).toEqual([
      'COHORT_START:DONE',
      'SELF_ASSESSMENT_PRE:DONE',
      'SELF_ASSESSMENT_POST:UPCOMING',
      'TRANSFER_WORKSHOP:UPCOMING',
      'EVENT_FEEDBACK:UPCOMING',
      'GOAL_SET:UPCOMING',
      'COHORT_END:UPCOMING',
      'SELF_ASSESSMENT_FOLLOW_UP:UPCOMING',
    ]);
  });

  it('opens what can be done now and marks missed waves', () => {
    const steps = timelineOf(COHORT, WAVES, [], '2026-07-30');
    expect(states(steps)).toContain('SELF_ASSESSMENT_POST:OPEN');
    expect(states(steps)).toContain('EVENT_FEEDBACK:MISSED');
    expect(states(steps)).toContain('GOAL_SET:OPEN');
  });

  it('shows each goal set and due; due is open from 14 days before, done with a final check-in', () => {
    expect(states(timelineOf(COHORT, WAVES, [goal([])], '2026-12-01'))).toEqual(
      expect.arrayContaining(['GOAL_SET:DONE', 'GOAL_DUE:UPCOMING']),
    );
    expect(states(timelineOf(COHORT, WAVES, [goal(['2026-10-01'])], '2027-01-01'))).toContain(
      'GOAL_DUE:OPEN',
    );
    expect(states(timelineOf(COHORT, WAVES, [goal([])], '2027-03-01'))).toContain('GOAL_DUE:OPEN');
    expect(states(timelineOf(COHORT, WAVES, [goal(['2027-01-10'])], '2027-03-01'))).toContain(
      'GOAL_DUE:DONE',
    );
    const due = timelineOf(COHORT, WAVES, [goal([])], '2027-03-01').find((s) => s.kind === 'GOAL_DUE');
    expect(due).toMatchObject({ on: '2027-01-09', goalKey: 'P0001-goal-1' });
  });

  it('puts undated steps last, and a withdrawn coordinator sets no goal', () => {
    const steps = timelineOf(
      { ...COHORT, transfer_workshop_on: null, status: 'withdrawn' },
      [],
      [],
      '2026-03-01',
    );
    expect(states(steps)).toEqual([
      'COHORT_START:DONE',
      'COHORT_END:UPCOMING',
      'TRANSFER_WORKSHOP:UPCOMING',
      'GOAL_SET:MISSED',
    ]);
  });
});
