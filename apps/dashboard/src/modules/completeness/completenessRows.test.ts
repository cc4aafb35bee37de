import { describe, expect, it } from 'vitest';
import {
  type CompletenessPerson,
  filterCounts,
  filterPeople,
  keepVisible,
  matchesFilter,
  newestFirst,
  summarize,
} from './completenessRows.js';

/** A coordinator with everything done; each test changes what it is about. */
function person(key: string, changes: Partial<CompletenessPerson> = {}): CompletenessPerson {
  return {
    participantKey: key,
    enrollmentStatus: 'ENROLLED',
    account: 'ACTIVE',
    goals: 1,
    goalProgress: 'CHECKED',
    checkinDue: false,
    checkinOverdue: false,
    noRecentActivity: false,
    ...changes,
  };
}

const roster = [
  person('P1'),
  person('P2', { account: 'NONE', goals: 0, goalProgress: null, noRecentActivity: true }),
  person('P3', { account: 'INVITED', goalProgress: 'DUE', checkinDue: true }),
  person('P4', { account: 'NONE', goalProgress: 'OVERDUE', checkinOverdue: true, noRecentActivity: true }),
  person('P5', { account: 'DEACTIVATED', enrollmentStatus: 'WITHDRAWN', goals: 0, goalProgress: null }),
  person('P6', { account: 'NONE', enrollmentStatus: 'WITHDRAWN', goals: 0, goalProgress: null }),
];

describe('the completeness filters', () => {
  it('mean what their chips say', () => {
    expect(roster.filter((p) => matchesFilter(p, 'noGoal')).map((p) => p.participantKey)).toEqual([
      'P2',
      'P5',
      'P6',
    ]);
    expect(roster.filter((p) => matchesFilter(p, 'checkinDue')).map((p) => p.participantKey)).toEqual(['P3']);
    expect(roster.filter((p) => matchesFilter(p, 'overdue')).map((p) => p.participantKey)).toEqual(['P4']);
    expect(roster.filter((p) => matchesFilter(p, 'noActivity')).map((p) => p.participantKey)).toEqual([
      'P2',
      'P4',
    ]);
  });

  it('"ohne Zugang" lists who can be invited: neither invited, deactivated nor withdrawn people', () => {
    expect(roster.filter((p) => matchesFilter(p, 'noAccess')).map((p) => p.participantKey)).toEqual([
      'P2',
      'P4',
    ]);
  });

  it('narrow the list together (every chosen chip applies); no chip keeps everyone', () => {
    expect(filterPeople(roster, new Set())).toEqual(roster);
    expect(
      filterPeople(roster, new Set(['noAccess', 'noActivity'] as const)).map((p) => p.participantKey),
    ).toEqual(['P2', 'P4']);
    expect(
      filterPeople(roster, new Set(['noAccess', 'noGoal'] as const)).map((p) => p.participantKey),
    ).toEqual(['P2']);
    expect(filterPeople(roster, new Set(['checkinDue', 'overdue'] as const))).toEqual([]);
  });

  it('count each chip on its own', () => {
    expect(filterCounts(roster)).toEqual({
      noGoal: 3,
      checkinDue: 1,
      overdue: 1,
      noActivity: 2,
      noAccess: 2,
    });
  });
});

describe('the summary counts', () => {
  it('count each coordinator once per question', () => {
    expect(summarize(roster)).toEqual({
      coordinators: 6,
      withAccount: 1,
      invited: 1,
      goalsSet: 3,
      checkinDue: 1,
      overdue: 1,
      noActivity: 2,
    });
  });

  it('count a person with two goals once as "with a goal"', () => {
    expect(summarize([person('P1', { goals: 2 })]).goalsSet).toBe(1);
  });

  it('are all zero for an empty cohort', () => {
    expect(Object.values(summarize([]))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('the selection', () => {
  it('keeps only people still listed after a filter', () => {
    const shown = filterPeople(roster, new Set(['noAccess'] as const));
    expect([...keepVisible(new Set(['P1', 'P2', 'P9']), shown)]).toEqual(['P2']);
  });
});

describe('the cohort list', () => {
  it('puts the newest cohort first, whatever the API sorted by', () => {
    const cohorts = [
      { key: 'K1', startsOn: '2025-02-01' },
      { key: 'K3', startsOn: '2026-09-01' },
      { key: 'K2', startsOn: '2025-09-01' },
    ];
    expect(newestFirst(cohorts).map((c) => c.key)).toEqual(['K3', 'K2', 'K1']);
    expect(cohorts[0]?.key).toBe('K1');
  });
});
