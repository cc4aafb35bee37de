import { describe, expect, it } from 'vitest';
import { computeGoalAttainment, type GoalRow } from './compute-goal-attainment.js';

const goal = (participantKey: string, level: number | null, extra: Partial<GoalRow> = {}): GoalRow => ({
  participantKey,
  staircaseLevel: 3,
  dueOn: '2025-11-21',
  level,
  checkins: level === null ? 0 : 1,
  ...extra,
});

describe('computeGoalAttainment', () => {
  it('empty input: zeros, null rates, all levels listed', () => {
    const result = computeGoalAttainment({ goals: [], asOf: '2025-12-01' });
    expect(result).toMatchObject({
      goals: 0,
      attained: 0,
      notAttained: 0,
      noData: 0,
      overdue: 0,
      attainmentRate: null,
      meanTScore: null,
      tScoreParticipants: 0,
      suppressed: false,
      people: 0,
    });
    expect(result.levels.map((l) => [l.level, l.goals])).toEqual([
      [-2, 0],
      [-1, 0],
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
    expect(result.byStaircaseLevel.map((s) => s.level)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each([
    {
      name: 'level 0 is attained',
      goals: [goal('A', 0)],
      attained: 1,
      notAttained: 0,
      noData: 0,
      overdue: 0,
      rate: 1,
    },
    {
      name: 'level −1 is not attained',
      goals: [goal('A', -1)],
      attained: 0,
      notAttained: 1,
      noData: 0,
      overdue: 0,
      rate: 0,
    },
    {
      name: 'no data, due before asOf: overdue',
      goals: [goal('A', null, { dueOn: '2025-11-30' })],
      attained: 0,
      notAttained: 0,
      noData: 1,
      overdue: 1,
      rate: null,
    },
    {
      name: 'no data, due on asOf: not overdue',
      goals: [goal('A', null, { dueOn: '2025-12-01' })],
      attained: 0,
      notAttained: 0,
      noData: 1,
      overdue: 0,
      rate: null,
    },
    {
      name: 'mixed',
      goals: [goal('A', 2), goal('A', -2), goal('B', 1), goal('B', null)],
      attained: 2,
      notAttained: 1,
      noData: 1,
      overdue: 1,
      rate: 2 / 3,
    },
  ])('$name', ({ goals, attained, notAttained, noData, overdue, rate }) => {
    const result = computeGoalAttainment({ goals, asOf: '2025-12-01' });
    expect(result).toMatchObject({
      goals: goals.length,
      attained,
      notAttained,
      noData,
      overdue,
      attainmentRate: rate,
    });
  });

  it('T-score per participant (weights), then the mean over participants with a level', () => {
    const result = computeGoalAttainment({
      goals: [
        goal('A', 1),
        goal('A', 1),
        goal('B', 0, { weight: 3 }),
        goal('C', null),
        ...[-2, 0, -1, 2, 0, 1].map((level, i) => goal('D', level, { weight: [3, 5, 1, 4, 2, 6][i] ?? 1 })),
      ],
      asOf: '2025-12-01',
    });
    expect(result.tScoreParticipants).toBe(3);
    expect(result.meanTScore).toBeCloseTo((50 + 20 / Math.sqrt(2.6) + 50 + 55) / 3, 12);
    expect(result.people).toBe(4);
  });

  it('counts levels and staircase cells with the people behind them', () => {
    const result = computeGoalAttainment({
      goals: [
        goal('A', 1, { staircaseLevel: 2 }),
        goal('A', 1, { staircaseLevel: 2 }),
        goal('B', -1, { staircaseLevel: 2 }),
        goal('B', null, { staircaseLevel: 7 }),
      ],
      asOf: '2025-12-01',
    });
    expect(result.levels.find((l) => l.level === 1)).toEqual({
      level: 1,
      goals: 2,
      suppressed: false,
      people: 1,
    });
    expect(result.byStaircaseLevel.find((s) => s.level === 2)).toEqual({
      level: 2,
      goals: 3,
      attained: 2,
      suppressed: false,
      people: 2,
    });
    expect(result.byStaircaseLevel.find((s) => s.level === 7)).toEqual({
      level: 7,
      goals: 1,
      attained: 0,
      suppressed: false,
      people: 1,
    });
  });

  it('counts the check-ins behind the goals, with or without a level', () => {
    const result = computeGoalAttainment({
      goals: [
        goal('P1', 1, { checkins: 3 }),
        goal('P1', null, { checkins: 0 }),
        goal('P2', -1, { checkins: 2 }),
      ],
      asOf: '2025-12-01',
    });
    expect(result.checkins).toBe(5);
    expect(computeGoalAttainment({ goals: [], asOf: '2025-12-01' }).checkins).toBe(0);
  });

  it('rejects levels outside the scales', () => {
    expect(() => computeGoalAttainment({ goals: [goal('A', 3)], asOf: '2025-12-01' })).toThrow(RangeError);
    expect(() =>
      computeGoalAttainment({ goals: [goal('A', 0, { staircaseLevel: 8 })], asOf: '2025-12-01' }),
    ).toThrow(RangeError);
  });
});
