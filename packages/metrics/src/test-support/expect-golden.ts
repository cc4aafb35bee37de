import { expect } from 'vitest';

/**
 * Compares a result with an expected.json value: every key of the expected value (fields mintq
 * added later, such as `checkins`, and the hidden counts aside), integers and strings exactly,
 * other numbers to 1e-9 relative.
 */
export function expectGolden(actual: unknown, expected: unknown, at = '$'): void {
  if (expected === null || typeof expected !== 'object') {
    if (typeof expected === 'number' && !Number.isInteger(expected)) {
      if (typeof actual !== 'number') expect.fail(`${at}: expected ${expected}, got ${String(actual)}`);
      const error = Math.abs(actual - expected);
      if (!(error <= 1e-9 * Math.abs(expected))) expect.fail(`${at}: expected ${expected}, got ${actual}`);
      return;
    }
    if (actual !== expected)
      expect.fail(`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) expect.fail(`${at}: expected an array`);
    if (actual.length !== expected.length) {
      expect.fail(
        `${at}: expected ${expected.length} entries, got ${actual.length}: ${JSON.stringify(actual)}`,
      );
    }
    expected.forEach((entry, index) => {
      expectGolden(actual[index], entry, `${at}[${index}]`);
    });
    return;
  }
  if (actual === null || typeof actual !== 'object') expect.fail(`${at}: expected an object`);
  const missing = Object.keys(expected).filter((key) => !(key in actual));
  expect(missing, `${at}: keys of the golden answer that the result lacks`).toEqual([]);
  for (const [key, value] of Object.entries(expected)) {
    expectGolden((actual as Record<string, unknown>)[key], value, `${at}.${key}`);
  }
}
