import { computeMean } from './compute-mean.js';

export interface ComputeSampleVarianceOptions {
  values: readonly number[];
}

/** Sample variance (n − 1 denominator, two-pass), null for fewer than 2 values, e.g. `computeSampleVariance({ values: [1, 2, 3] })` = 1. */
export function computeSampleVariance({ values }: ComputeSampleVarianceOptions): number | null {
  if (values.length < 2) return null;
  const mean = computeMean({ values }) ?? 0;
  let sum = 0;
  for (const value of values) sum += (value - mean) * (value - mean);
  return sum / (values.length - 1);
}
