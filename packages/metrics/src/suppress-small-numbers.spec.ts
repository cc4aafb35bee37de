import { describe, expect, it } from 'vitest';
import { computeGoalAttainment, type GoalRow } from './compute-goal-attainment.js';
import { computeReach } from './compute-reach.js';
import { suppressSmallNumbers } from './suppress-small-numbers.js';

const cell = (key: string, people: number, extra: Record<string, unknown> = {}) => ({
  key,
  value: people * 10,
  suppressed: false,
  people,
  ...extra,
});

describe('suppressSmallNumbers', () => {
  describe('rule 1: 1 ≤ people < k is suppressed, 0 is shown', () => {
    it.each([
      { people: 0, suppressed: false },
      { people: 1, suppressed: true },
      { people: 4, suppressed: true },
      { people: 5, suppressed: false },
      { people: 50, suppressed: false },
    ])('people = $people, k = 5 → suppressed: $suppressed', ({ people, suppressed }) => {
      const tree = { goals: 7, rate: 0.5, level: 2, suppressed: false, people };
      expect(suppressSmallNumbers({ tree })).toEqual(
        suppressed ? { goals: null, rate: null, level: 2, suppressed: true, people } : tree,
      );
    });

    it.each([
      { k: 3, people: 2, suppressed: true },
      { k: 3, people: 3, suppressed: false },
      { k: 10, people: 9, suppressed: true },
    ])('k = $k is configurable: people = $people → $suppressed', ({ k, people, suppressed }) => {
      expect(suppressSmallNumbers({ tree: { n: 1, suppressed: false, people }, k }).suppressed).toBe(
        suppressed,
      );
    });

    it.each([{ k: 2 }, { k: 0 }, { k: 4.5 }])(
      'k = $k is rejected (never below 3; no silent clamping)',
      ({ k }) => {
        expect(() => suppressSmallNumbers({ tree: {}, k })).toThrow(RangeError);
      },
    );

    it('either count of a response rate suppresses', () => {
      const rates = [
        { cohort: 'a', wave: 'PRE', responded: 0, eligible: 3, rate: 0, suppressed: false, people: [0, 3] },
        {
          cohort: 'a',
          wave: 'POST',
          responded: 4,
          eligible: 9,
          rate: 4 / 9,
          suppressed: false,
          people: [4, 9],
        },
        {
          cohort: 'b',
          wave: 'PRE',
          responded: 0,
          eligible: 0,
          rate: null,
          suppressed: false,
          people: [0, 0],
        },
        {
          cohort: 'b',
          wave: 'POST',
          responded: 6,
          eligible: 9,
          rate: 6 / 9,
          suppressed: false,
          people: [6, 9],
        },
      ];
      expect(suppressSmallNumbers({ tree: rates }).map((r) => [r.suppressed, r.rate])).toEqual([
        [true, null],
        [true, null],
        [false, null],
        [false, 6 / 9],
      ]);
    });

    it('keeps identifying and structural fields, and does not touch the input', () => {
      const tree = {
        state: 'DE-BY',
        networks: 3,
        networksReached: 1,
        multipliers: 2,
        suppressed: false,
        people: 2,
      };
      const copy = structuredClone(tree);
      expect(suppressSmallNumbers({ tree })).toEqual({
        ...tree,
        networksReached: null,
        multipliers: null,
        suppressed: true,
      });
      expect(tree).toEqual(copy);
    });
  });

  describe('rule 2: everything nested in a suppressed object is suppressed', () => {
    it('nulls nested lists entirely, also entries with 0 or many people', () => {
      const tree = {
        total: 4,
        suppressed: false,
        people: 4,
        byState: [cell('a', 0), cell('b', 20), cell('c', 2)],
        detail: { inner: 1, suppressed: false, people: 30 },
      };
      const shown = suppressSmallNumbers({ tree });
      expect(shown.total).toBeNull();
      expect(shown.byState.every((c) => c.suppressed && c.value === null)).toBe(true);
      expect(shown.detail).toEqual({ inner: null, suppressed: true, people: 30 });
    });

    it('walks into objects without people (a wrapper) without suppressing them', () => {
      const tree = { instrument: 'sa', dimensions: [{ dimension: 'K', n: 2, suppressed: false, people: 2 }] };
      expect(suppressSmallNumbers({ tree })).toEqual({
        instrument: 'sa',
        dimensions: [{ dimension: 'K', n: null, suppressed: true, people: 2 }],
      });
    });
  });

  describe('rule 3: complementary suppression within lists', () => {
    it.each([
      {
        name: 'one small entry: the smallest non-zero other entry goes too',
        people: [0, 7, 3, 6, 9],
        suppressed: [false, false, true, true, false],
      },
      { name: 'ties: the first in list order', people: [8, 6, 2, 6], suppressed: [false, true, true, false] },
      {
        name: 'two small entries: nothing more',
        people: [2, 7, 3, 6],
        suppressed: [true, false, true, false],
      },
      { name: 'no small entry: nothing', people: [0, 7, 5], suppressed: [false, false, false] },
      { name: 'no other non-zero entry: nothing more', people: [0, 4, 0], suppressed: [false, true, false] },
    ])('$name', ({ people, suppressed }) => {
      const tree = {
        total: 99,
        suppressed: false,
        people: 99,
        levels: people.map((p, i) => cell(String(i), p)),
      };
      expect(suppressSmallNumbers({ tree }).levels.map((c) => c.suppressed)).toEqual(suppressed);
    });

    it('applies only to the named lists', () => {
      const tree = { total: 99, suppressed: false, people: 99, other: [cell('a', 2), cell('b', 6)] };
      expect(suppressSmallNumbers({ tree }).other.map((c) => c.suppressed)).toEqual([true, false]);
      expect(
        suppressSmallNumbers({ tree, complementaryLists: ['other'] }).other.map((c) => c.suppressed),
      ).toEqual([true, true]);
    });

    it('a suppressed state cannot be recovered from the total and the other states', () => {
      const reach = computeReach({
        totals: {
          multipliers: 20,
          activeMultipliers: 20,
          activities: 30,
          initiativesReached: 40,
          educatorsReached: 0,
          youthReachedEstimate: 0,
        },
        byState: [
          { state: 'DE-BY', networks: 2, networksReached: 2, initiativesReached: 25, multipliers: 12 },
          { state: 'DE-HB', networks: 1, networksReached: 1, initiativesReached: 9, multipliers: 6 },
          { state: 'DE-SL', networks: 1, networksReached: 1, initiativesReached: 6, multipliers: 2 },
        ],
        byMonth: [],
      });
      const shown = suppressSmallNumbers({ tree: reach });
      const hidden = shown.byState.filter((s) => s.suppressed).map((s) => s.state);
      expect(hidden).toEqual(['DE-HB', 'DE-SL']);
      // Total minus the visible states leaves the sum of at least two hidden cells.
      const visible = shown.byState.reduce((sum, s) => sum + (s.initiativesReached ?? 0), 0);
      expect((shown.initiativesReached ?? 0) - visible).toBe(15);
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      expect(shown.byState.find((s) => s.state === 'DE-HB')).toMatchObject({
        networks: 1,
        initiativesReached: null,
      });
    });

    it('goal levels: the smallest cell and the next one are hidden', () => {
      const goals: GoalRow[] = [];
      const add = (level: number, people: number) => {
        for (let i = 0; i < people; i++)
          goals.push({
            participantKey: `${level}-${i}`,
            staircaseLevel: 3,
            dueOn: '2025-01-01',
            level,
            checkins: 1,
          });
      };
      add(-2, 0);
      add(-1, 6);
      add(0, 9);
      add(1, 2);
      add(2, 5);
      const shown = suppressSmallNumbers({ tree: computeGoalAttainment({ goals, asOf: '2025-06-01' }) });
      expect(shown.levels.map((l) => [l.level, l.goals, l.suppressed])).toEqual([
        [-2, 0, false],
        [-1, 6, false],
        [0, 9, false],
        [1, null, true],
        [2, null, true],
      ]);
      expect(shown.goals).toBe(22);
      // The staircase list had no small cell: nothing hidden there.
      expect(shown.byStaircaseLevel.find((s) => s.level === 3)).toMatchObject({
        goals: 22,
        suppressed: false,
      });
    });
  });

  describe("rule 4: Cronbach's α needs k responses", () => {
    it.each([
      { alphaFromResponses: 4, alphaToResponses: 5, alphaFrom: null, alphaTo: 0.7 },
      { alphaFromResponses: 5, alphaToResponses: 0, alphaFrom: 0.8, alphaTo: null },
    ])(
      'from $alphaFromResponses / to $alphaToResponses responses',
      ({ alphaFromResponses, alphaToResponses, alphaFrom, alphaTo }) => {
        const tree = {
          dimension: 'K',
          n: 12,
          alphaFrom: 0.8,
          alphaTo: 0.7,
          alphaFromResponses,
          alphaToResponses,
          suppressed: false,
          people: 12,
        };
        expect(suppressSmallNumbers({ tree })).toEqual({ ...tree, alphaFrom, alphaTo, suppressed: false });
      },
    );
  });
});
