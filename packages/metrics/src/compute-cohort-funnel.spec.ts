import { describe, expect, it } from 'vitest';
import { computeCohortFunnel } from './compute-cohort-funnel.js';

const row = (cohort: string, enrolled: number) => ({
  cohort,
  enrolled,
  withdrawn: 1,
  completed: enrolled - 1,
  selfAssessmentPre: enrolled,
  goalsSet: 2,
  goalAttained: 1,
});

describe('computeCohortFunnel', () => {
  it.each([
    { name: 'empty', cohorts: [], keys: [] },
    { name: 'one cohort', cohorts: [row('2024-25', 7)], keys: ['2024-25'] },
    { name: 'sorted by key', cohorts: [row('2024-25', 7), row('2023-24', 3)], keys: ['2023-24', '2024-25'] },
  ])('$name', ({ cohorts, keys }) => {
    const funnel = computeCohortFunnel({ cohorts });
    expect(funnel.map((f) => f.cohort)).toEqual(keys);
    for (const entry of funnel) expect(entry.people).toBe(entry.enrolled);
  });

  it('passes the counts through', () => {
    expect(computeCohortFunnel({ cohorts: [row('2024-25', 7)] })).toEqual([
      { ...row('2024-25', 7), suppressed: false, people: 7 },
    ]);
  });
});
