import { describe, expect, it } from 'vitest';
import { computeSampleVariance } from './compute-sample-variance.js';

describe('computeSampleVariance', () => {
  it.each([
    { values: [], variance: null },
    { values: [4], variance: null },
    { values: [2, 2, 2], variance: 0 },
    { values: [1, 2, 3], variance: 1 },
    { values: [1, 2, 3, 4], variance: 5 / 3 },
  ])('$values → $variance', ({ values, variance }) => {
    expect(computeSampleVariance({ values })).toBe(variance);
  });
});
