import { describe, expect, it } from 'vitest';
import { computeStudentTCdf } from './compute-student-t-cdf.js';
import { computeStudentTQuantile } from './compute-student-t-quantile.js';
import { expectRelativelyClose } from './test-support/expect-relatively-close.js';
import reference from './test-support/student-t-reference.json' with { type: 'json' };

describe('computeStudentTQuantile', () => {
  // Textbook two-sided 95 % / 99 % critical values (to 3 decimals in printed tables).
  it.each([
    { p: 0.975, df: 1, t: 12.706204736174694 },
    { p: 0.975, df: 2, t: 4.302652729749462 },
    { p: 0.975, df: 5, t: 2.5705818356363146 },
    { p: 0.975, df: 10, t: 2.228138851986274 },
    { p: 0.975, df: 30, t: 2.0422724563012378 },
    { p: 0.995, df: 5, t: 4.032142983555228 },
    { p: 0.025, df: 10, t: -2.228138851986274 },
    { p: 0.75, df: 1, t: 1 },
    { p: 0.5, df: 7, t: 0 },
    { p: 0, df: 7, t: Number.NEGATIVE_INFINITY },
    { p: 1, df: 7, t: Number.POSITIVE_INFINITY },
  ])('p = $p, df = $df → $t', ({ p, df, t }) => {
    const actual = computeStudentTQuantile({ p, df });
    if (Number.isFinite(t)) expectRelativelyClose(actual, t, 1e-12);
    else expect(actual).toBe(t);
  });

  it(`matches ${reference.quantile.length} reference values to 1e-9 relative (${reference.source})`, () => {
    for (const { p, df, t } of reference.quantile) {
      expectRelativelyClose(computeStudentTQuantile({ p, df }), t, 1e-9, `p=${p} df=${df}`);
    }
  });

  it('inverts the CDF', () => {
    for (const df of [1.5, 4, 41, 250]) {
      for (const p of [0.001, 0.2, 0.5, 0.8, 0.999]) {
        const t = computeStudentTQuantile({ p, df });
        expectRelativelyClose(computeStudentTCdf({ t, df }), p, 1e-13);
      }
    }
  });

  it.each([{ p: -0.1 }, { p: 1.1 }, { p: Number.NaN }])('rejects p = $p', ({ p }) => {
    expect(() => computeStudentTQuantile({ p, df: 3 })).toThrow(RangeError);
  });
});
