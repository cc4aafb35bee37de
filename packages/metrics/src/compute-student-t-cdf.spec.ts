import { describe, expect, it } from 'vitest';
import { computeStudentTCdf } from './compute-student-t-cdf.js';
import { expectRelativelyClose } from './test-support/expect-relatively-close.js';
import reference from './test-support/student-t-reference.json' with { type: 'json' };

describe('computeStudentTCdf', () => {
  // Closed forms and textbook table values (e.g. Abramowitz & Stegun, Table 26.10).
  it.each([
    { t: 0, df: 5, cdf: 0.5 },
    { t: 1, df: 1, cdf: 0.75 },
    { t: -1, df: 1, cdf: 0.25 },
    { t: Math.sqrt(2 / 3), df: 2, cdf: 0.5 + Math.sqrt(2 / 3) / (2 * Math.sqrt(2 + 2 / 3)) },
    { t: Math.sqrt(3), df: 3, cdf: 0.5 + (0.5 + Math.PI / 4) / Math.PI },
    { t: 12.706204736174694, df: 1, cdf: 0.975 },
    { t: 2.228138851986274, df: 10, cdf: 0.975 },
    { t: 2.0422724563012378, df: 30, cdf: 0.975 },
    { t: 4.032142983555228, df: 5, cdf: 0.995 },
    { t: Number.POSITIVE_INFINITY, df: 3, cdf: 1 },
    { t: Number.NEGATIVE_INFINITY, df: 3, cdf: 0 },
  ])('t = $t, df = $df → $cdf', ({ t, df, cdf }) => {
    expectRelativelyClose(computeStudentTCdf({ t, df }), cdf, 1e-12);
  });

  it(`matches ${reference.cdf.length} reference values to 1e-9 relative (${reference.source})`, () => {
    for (const { t, df, cdf } of reference.cdf) {
      expectRelativelyClose(computeStudentTCdf({ t, df }), cdf, 1e-9, `t=${t} df=${df}`);
    }
  });

  it('is symmetric: F(−t) = 1 − F(t)', () => {
    for (const df of [1, 2, 3.5, 12]) {
      for (const t of [0.3, 1.7, 4]) {
        expect(computeStudentTCdf({ t: -t, df }) + computeStudentTCdf({ t, df })).toBeCloseTo(1, 14);
      }
    }
  });

  it.each([{ df: 0 }, { df: -1 }, { df: Number.NaN }, { df: Number.POSITIVE_INFINITY }])(
    'rejects df = $df',
    ({ df }) => {
      expect(() => computeStudentTCdf({ t: 1, df })).toThrow(RangeError);
    },
  );
});
