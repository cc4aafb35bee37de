import { describe, expect, it } from 'vitest';
import { computeRegularizedIncompleteBeta } from './compute-regularized-incomplete-beta.js';
import { expectRelativelyClose } from './test-support/expect-relatively-close.js';

describe('computeRegularizedIncompleteBeta', () => {
  // Exact: I_x(1, 1) = x; I_x(2, 3) is a polynomial. Others from scipy.special.betainc.
  it.each([
    { x: 0.3, a: 1, b: 1, expected: 0.3 },
    { x: 0.5, a: 2, b: 2, expected: 0.5 },
    { x: 0.4, a: 2, b: 3, expected: 0.5248 },
    { x: 0.1, a: 0.5, b: 0.5, expected: 0.20483276469913345 },
    { x: 0.99, a: 50, b: 0.5, expected: 0.3173043978741973 },
    { x: 0.5, a: 1e-3, b: 2, expected: 0.9998067465369478 },
    { x: 0, a: 2, b: 2, expected: 0 },
    { x: 1, a: 2, b: 2, expected: 1 },
  ])('I_$x($a, $b) = $expected', ({ x, a, b, expected }) => {
    expectRelativelyClose(computeRegularizedIncompleteBeta({ x, a, b }), expected, 1e-12);
  });

  it('rejects shapes ≤ 0 and x outside [0, 1]', () => {
    expect(() => computeRegularizedIncompleteBeta({ x: 0.5, a: 0, b: 1 })).toThrow(RangeError);
    expect(() => computeRegularizedIncompleteBeta({ x: 1.5, a: 1, b: 1 })).toThrow(RangeError);
  });
});
