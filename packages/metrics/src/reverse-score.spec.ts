import { describe, expect, it } from 'vitest';
import { reverseScore } from './reverse-score.js';

describe('reverseScore', () => {
  it.each([
    { value: 1, scaleMin: 1, scaleMax: 5, reversed: 5 },
    { value: 2, scaleMin: 1, scaleMax: 5, reversed: 4 },
    { value: 3, scaleMin: 1, scaleMax: 5, reversed: 3 },
    { value: 0, scaleMin: 0, scaleMax: 10, reversed: 10 },
    { value: 2.5, scaleMin: 1, scaleMax: 4, reversed: 2.5 },
  ])('$value on $scaleMin–$scaleMax → $reversed', ({ value, scaleMin, scaleMax, reversed }) => {
    expect(reverseScore({ value, scaleMin, scaleMax })).toBe(reversed);
  });
});
