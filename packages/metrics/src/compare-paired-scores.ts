import type { DimensionOutcome } from '@mintq/contract';
import { computeMean } from './compute-mean.js';
import { computeSampleVariance } from './compute-sample-variance.js';
import { computeStudentTCdf } from './compute-student-t-cdf.js';
import { computeStudentTQuantile } from './compute-student-t-quantile.js';

/** One participant's scores in the from-wave and the to-wave. */
export interface ScorePair {
  from: number;
  to: number;
}

/** Paired comparison (DOMAIN.md "Paired comparison"): a dimension's outcome fields, plus n and se. */
export type PairedComparison = Pick<
  DimensionOutcome,
  'meanFrom' | 'meanTo' | 'meanDiff' | 'sdDiff' | 't' | 'df' | 'p' | 'dz' | 'gz' | 'ciLow' | 'ciHigh'
> & {
  n: number;
  /** Standard error sdDiff/√n. */
  se: number | null;
};

/** The comparison of fewer than two pairs: every field but n is null. */
export function noPairedComparison(n: number): PairedComparison {
  return {
    n,
    meanFrom: null,
    meanTo: null,
    meanDiff: null,
    sdDiff: null,
    se: null,
    t: null,
    df: null,
    p: null,
    dz: null,
    gz: null,
    ciLow: null,
    ciHigh: null,
  };
}

export interface ComparePairedScoresOptions {
  pairs: readonly ScorePair[];
  /** Confidence level of the interval; default 0.95. */
  confidence?: number;
}

/** Paired t-test with effect sizes and CI; n < 2 leaves all but n null, sdDiff = 0 leaves t, p, dz, gz null, e.g. `comparePairedScores({ pairs: [{ from: 2, to: 3 }, { from: 3, to: 3 }] }).meanDiff` = 0.5. */
export function comparePairedScores({
  pairs,
  confidence = 0.95,
}: ComparePairedScoresOptions): PairedComparison {
  const n = pairs.length;
  if (n < 2) return noPairedComparison(n);
  const differences = pairs.map((pair) => pair.to - pair.from);
  const meanDiff = computeMean({ values: differences }) ?? 0;
  const sdDiff = Math.sqrt(computeSampleVariance({ values: differences }) ?? 0);
  const se = sdDiff / Math.sqrt(n);
  const df = n - 1;
  const margin = computeStudentTQuantile({ p: 1 - (1 - confidence) / 2, df }) * se;
  const base = {
    n,
    meanFrom: computeMean({ values: pairs.map((pair) => pair.from) }),
    meanTo: computeMean({ values: pairs.map((pair) => pair.to) }),
    meanDiff,
    sdDiff,
    se,
    df,
    ciLow: meanDiff - margin,
    ciHigh: meanDiff + margin,
  };
  if (sdDiff === 0) return { ...base, t: null, p: null, dz: null, gz: null };
  const t = meanDiff / se;
  const dz = meanDiff / sdDiff;
  return {
    ...base,
    t,
    p: 2 * computeStudentTCdf({ t: -Math.abs(t), df }),
    dz,
    gz: dz * (1 - 3 / (4 * df - 1)),
  };
}
