import { expect } from 'vitest';

/** Asserts |actual − expected| ≤ tolerance·|expected| (absolute tolerance when expected is 0). */
export function expectRelativelyClose(actual: number, expected: number, tolerance: number, label = ''): void {
  const error = Math.abs(actual - expected);
  const bound = tolerance * Math.max(Math.abs(expected), expected === 0 ? 1 : 0);
  if (!(error <= bound)) {
    expect.fail(
      `${label} expected ${expected}, got ${actual} (relative error ${error / Math.abs(expected)})`,
    );
  }
}
