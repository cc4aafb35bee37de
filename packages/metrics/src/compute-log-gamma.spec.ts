import { describe, expect, it } from 'vitest';
import { computeLogGamma } from './compute-log-gamma.js';
import { expectRelativelyClose } from './test-support/expect-relatively-close.js';

describe('computeLogGamma', () => {
  // Exact values: Γ(n) = (n−1)!, Γ(½) = √π; large argument from scipy.special.gammaln.
  it.each([
    { x: 0.5, expected: 0.5 * Math.log(Math.PI) },
    { x: 3, expected: Math.log(2) },
    { x: 5, expected: Math.log(24) },
    { x: 10, expected: Math.log(362880) },
    { x: 20.5, expected: 40.8315009745308 },
    { x: 1000, expected: 5905.220423209181 },
    { x: 1e-5, expected: 11.512919692895826 },
  ])('ln Γ($x)', ({ x, expected }) => {
    expectRelativelyClose(computeLogGamma({ x }), expected, 1e-13);
  });

  it('is 0 at 1 and 2', () => {
    expect(Math.abs(computeLogGamma({ x: 1 }))).toBeLessThan(1e-15);
    expect(Math.abs(computeLogGamma({ x: 2 }))).toBeLessThan(1e-15);
  });

  it('rejects x ≤ 0', () => {
    expect(() => computeLogGamma({ x: 0 })).toThrow(RangeError);
  });
});
