import { describe, expect, it } from 'vitest';
import { comparePairedScores, noPairedComparison } from './compare-paired-scores.js';
import { expectRelativelyClose } from './test-support/expect-relatively-close.js';

describe('comparePairedScores', () => {
  it.each([
    { name: 'empty', pairs: [] },
    { name: 'n = 1', pairs: [{ from: 2, to: 4 }] },
  ])('$name: every field but n is null', ({ pairs }) => {
    expect(comparePairedScores({ pairs })).toEqual(noPairedComparison(pairs.length));
    expect(Object.entries(noPairedComparison(1)).filter(([, v]) => v !== null)).toEqual([['n', 1]]);
  });

  it('matches scipy.stats.ttest_rel and hand-computed effect sizes', () => {
    const from = [2, 3, 3, 4, 2.5, 3.5];
    const to = [3, 3.5, 4, 4, 3, 5];
    const result = comparePairedScores({ pairs: from.map((f, i) => ({ from: f, to: to[i] ?? 0 })) });
    // Reference: scipy 1.17.1 (ttest_rel, t.ppf(0.975, 5)).
    const expected = {
      n: 6,
      meanFrom: 3,
      meanTo: 3.75,
      meanDiff: 0.75,
      sdDiff: 0.5244044240850758,
      se: 0.21408720964441885,
      t: 3.5032452487268535,
      df: 5,
      p: 0.01722454968034138,
      dz: 1.4301938838683883,
      gz: 1.2043737969418007,
      ciLow: 0.19967130764599328,
      ciHigh: 1.3003286923540067,
    };
    for (const [key, value] of Object.entries(expected)) {
      expectRelativelyClose(result[key as keyof typeof result] as number, value, 1e-12, key);
    }
  });

  it('zero variance: t, p, dz and gz are null, the CI collapses to the mean difference', () => {
    const result = comparePairedScores({
      pairs: [
        { from: 1, to: 2 },
        { from: 3, to: 4 },
        { from: 2, to: 3 },
      ],
    });
    expect(result).toMatchObject({
      n: 3,
      meanDiff: 1,
      sdDiff: 0,
      se: 0,
      t: null,
      p: null,
      dz: null,
      gz: null,
    });
    expect(result).toMatchObject({ df: 2, ciLow: 1, ciHigh: 1, meanFrom: 2, meanTo: 3 });
  });

  it('a negative change gives a negative t and the same two-sided p as its mirror', () => {
    const up = comparePairedScores({
      pairs: [
        { from: 1, to: 2 },
        { from: 1, to: 3 },
      ],
    });
    const down = comparePairedScores({
      pairs: [
        { from: 2, to: 1 },
        { from: 3, to: 1 },
      ],
    });
    expect(down.t).toBe(-(up.t ?? 0));
    expect(down.p).toBe(up.p);
    expect(down.gz).toBe(-(up.gz ?? 0));
  });
});
