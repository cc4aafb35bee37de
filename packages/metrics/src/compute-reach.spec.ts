import { STATE_CODES } from '@mintq/contract';
import { describe, expect, it } from 'vitest';
import { computeReach, type ReachTotals } from './compute-reach.js';

const ZERO: ReachTotals = {
  multipliers: 0,
  activeMultipliers: 0,
  activities: 0,
  initiativesReached: 0,
  educatorsReached: 0,
  youthReachedEstimate: 0,
};

describe('computeReach', () => {
  it('empty input: zeros, null factor, all 16 states, no months', () => {
    const reach = computeReach({ totals: ZERO, byState: [], byMonth: [] });
    expect(reach).toMatchObject({
      ...ZERO,
      multiplierFactor: null,
      suppressed: false,
      byMonth: [],
      people: 0,
    });
    expect(reach.byState.map((s) => s.state)).toEqual(STATE_CODES);
    expect(reach.byState[0]).toEqual({
      state: 'DE-BB',
      networks: 0,
      networksReached: 0,
      initiativesReached: 0,
      multipliers: 0,
      suppressed: false,
      people: 0,
    });
  });

  it.each([
    { multipliers: 4, initiativesReached: 10, factor: 2.5 },
    { multipliers: 1, initiativesReached: 0, factor: 0 },
    { multipliers: 0, initiativesReached: 3, factor: null },
  ])('factor $initiativesReached / $multipliers = $factor', ({ multipliers, initiativesReached, factor }) => {
    const reach = computeReach({
      totals: { ...ZERO, multipliers, initiativesReached },
      byState: [],
      byMonth: [],
    });
    expect(reach.multiplierFactor).toBe(factor);
    expect(reach.people).toBe(multipliers);
  });

  it('fills the states without rows, keeps code order, takes people from multipliers', () => {
    const reach = computeReach({
      totals: ZERO,
      byState: [
        { state: 'DE-TH', networks: 1, networksReached: 1, initiativesReached: 3, multipliers: 2 },
        { state: 'DE-BE', networks: 2, networksReached: 0, initiativesReached: 0, multipliers: 0 },
      ],
      byMonth: [],
    });
    expect(reach.byState).toHaveLength(16);
    expect(reach.byState.at(-1)).toMatchObject({
      state: 'DE-TH',
      networks: 1,
      initiativesReached: 3,
      people: 2,
    });
    expect(reach.byState[1]).toMatchObject({ state: 'DE-BE', networks: 2, people: 0 });
  });

  it('sorts months, drops months without activities, sums first reaches into the cumulative count', () => {
    const reach = computeReach({
      totals: ZERO,
      byState: [],
      byMonth: [
        { month: '2025-03', activities: 2, initiativesReached: 3, newInitiativesReached: 1, multipliers: 2 },
        { month: '2025-01', activities: 1, initiativesReached: 2, newInitiativesReached: 2, multipliers: 1 },
        { month: '2025-02', activities: 0, initiativesReached: 0, newInitiativesReached: 0, multipliers: 0 },
        { month: '2025-04', activities: 1, initiativesReached: 0, newInitiativesReached: 0, multipliers: 1 },
      ],
    });
    expect(
      reach.byMonth.map((m) => [
        m.month,
        m.activities,
        m.initiativesReached,
        m.cumulativeInitiativesReached,
        m.people,
      ]),
    ).toEqual([
      ['2025-01', 1, 2, 2, 1],
      ['2025-03', 2, 3, 3, 2],
      ['2025-04', 1, 0, 3, 1],
    ]);
  });

  it.each([
    {
      name: 'an unknown state',
      byState: [{ state: 'DE-XX', networks: 1, networksReached: 0, initiativesReached: 0, multipliers: 0 }],
      byMonth: [],
    },
    {
      name: 'a state twice',
      byState: [
        { state: 'DE-BY', networks: 1, networksReached: 0, initiativesReached: 0, multipliers: 0 },
        { state: 'DE-BY', networks: 1, networksReached: 0, initiativesReached: 0, multipliers: 0 },
      ],
      byMonth: [],
    },
    {
      name: 'a month twice',
      byState: [],
      byMonth: [
        { month: '2025-01', activities: 1, initiativesReached: 1, newInitiativesReached: 1, multipliers: 1 },
        { month: '2025-01', activities: 1, initiativesReached: 1, newInitiativesReached: 0, multipliers: 1 },
      ],
    },
  ])('rejects $name', ({ byState, byMonth }) => {
    expect(() => computeReach({ totals: ZERO, byState, byMonth })).toThrow(RangeError);
  });
});
