import { computeSampleVariance } from './compute-sample-variance.js';

export interface ComputeCronbachAlphaOptions {
  /** One row per response, one (reverse-coded) value per item, null when not answered. */
  responses: readonly (readonly (number | null)[])[];
}

export interface CronbachAlpha {
  /** α = k/(k−1)·(1 − Σ var(itemᵢ)/var(sum)); null when k < 2, fewer than 2 complete responses or var(sum) = 0. */
  alpha: number | null;
  /** Complete responses (all k items answered) that entered α. */
  responses: number;
}

/** Cronbach's α over the responses that answer all items, e.g. `computeCronbachAlpha({ responses: [[1, 2], [2, 3], [3, 3]] }).alpha` = 0.8571428571428571. */
export function computeCronbachAlpha({ responses }: ComputeCronbachAlphaOptions): CronbachAlpha {
  const k = responses[0]?.length ?? 0;
  const complete = responses.filter(
    (row): row is readonly number[] => row.length === k && row.every((value) => value !== null),
  );
  if (responses.some((row) => row.length !== k)) {
    throw new RangeError('computeCronbachAlpha: every response needs one value per item');
  }
  if (k < 2 || complete.length < 2) return { alpha: null, responses: complete.length };
  const sumVariance =
    computeSampleVariance({ values: complete.map((row) => row.reduce((a, b) => a + b, 0)) }) ?? 0;
  if (sumVariance === 0) return { alpha: null, responses: complete.length };
  let itemVariances = 0;
  for (let i = 0; i < k; i++) {
    itemVariances += computeSampleVariance({ values: complete.map((row) => row[i] ?? 0) }) ?? 0;
  }
  return { alpha: (k / (k - 1)) * (1 - itemVariances / sumVariance), responses: complete.length };
}
