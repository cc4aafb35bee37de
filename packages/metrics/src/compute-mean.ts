export interface ComputeMeanOptions {
  values: readonly number[];
}

/** Arithmetic mean, null for no values, e.g. `computeMean({ values: [1, 2, 6] })` = 3. */
export function computeMean({ values }: ComputeMeanOptions): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
