import { describe, expect, it } from 'vitest';
import { computeLogBeta } from './compute-log-beta.js';
import { expectRelativelyClose } from './test-support/expect-relatively-close.js';

describe('computeLogBeta', () => {
  // Exact: B(2, 3) = 1/12, B(½, ½) = π, B(1, b) = 1/b; the rest from mpmath (50 digits).
  it.each([
    { a: 2, b: 3, expected: Math.log(1 / 12) },
    { a: 0.5, b: 0.5, expected: Math.log(Math.PI) },
    { a: 1, b: 40, expected: -Math.log(40) },
    { a: 50000, b: 0.5, expected: -4.837521699280441 },
    { a: 12.5, b: 30, expected: -25.908683991310074 },
    { a: 3, b: 1e6, expected: -40.75338749333038 },
  ])('ln B($a, $b)', ({ a, b, expected }) => {
    expectRelativelyClose(computeLogBeta({ a, b }), expected, 1e-14);
  });

  it('is symmetric', () => {
    expect(computeLogBeta({ a: 0.5, b: 20 })).toBe(computeLogBeta({ a: 20, b: 0.5 }));
  });

  it('rejects shapes ≤ 0', () => {
    expect(() => computeLogBeta({ a: 0, b: 1 })).toThrow(RangeError);
  });
});
