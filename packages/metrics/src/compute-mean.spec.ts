import { describe, expect, it } from 'vitest';
import { computeMean } from './compute-mean.js';

describe('computeMean', () => {
  it.each([
    { values: [], mean: null },
    { values: [4], mean: 4 },
    { values: [1, 2, 6], mean: 3 },
  ])('$values → $mean', ({ values, mean }) => {
    expect(computeMean({ values })).toBe(mean);
  });
});
