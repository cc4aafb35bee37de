import { describe, expect, it } from 'vitest';
import { computeNps } from './compute-nps.js';

describe('computeNps', () => {
  it.each([
    { scores: [], nps: null },
    { scores: [null, undefined], nps: null },
    { scores: [10], nps: 100 },
    { scores: [6], nps: -100 },
    { scores: [7, 8], nps: 0 },
    { scores: [10, 9, 8, 3], nps: 25 },
    { scores: [9, null, 0, 10], nps: (100 * 1) / 3 },
    { scores: [0, 6, 7, 9, 10, 10, 5], nps: 0 },
  ])('$scores → $nps', ({ scores, nps }) => {
    expect(computeNps({ scores })).toBe(nps);
  });

  it.each([{ score: -1 }, { score: 11 }])('rejects $score', ({ score }) => {
    expect(() => computeNps({ scores: [score] })).toThrow(RangeError);
  });
});
