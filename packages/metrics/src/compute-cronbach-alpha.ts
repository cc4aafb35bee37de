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
  // Two passes over the rows, accumulating per item (no column arrays: a large wave has tens
  // of thousands of responses per dimension). The same sums in the same order as the sample
  // variance of each column and of the row sums.
  const n = complete.length;
  const itemSums = new Float64Array(k);
  let totalSum = 0;
  for (const row of complete) {
    let total = 0;
    for (let i = 0; i < k; i++) {
      const value = row[i] as number;
      itemSums[i] = (itemSums[i] as number) + value;
      total += value;
    }
    totalSum += total;
  }
  const itemSquares = new Float64Array(k);
  let totalSquares = 0;
  const totalMean = totalSum / n;
  for (const row of complete) {
    let total = 0;
    for (let i = 0; i < k; i++) {
      const value = row[i] as number;
      const deviation = value - (itemSums[i] as number) / n;
      itemSquares[i] = (itemSquares[i] as number) + deviation * deviation;
      total += value;
    }
    totalSquares += (total - totalMean) * (total - totalMean);
  }
  const sumVariance = totalSquares / (n - 1);
  if (sumVariance === 0) return { alpha: null, responses: n };
  let itemVariances = 0;
  for (let i = 0; i < k; i++) itemVariances += (itemSquares[i] as number) / (n - 1);
  return { alpha: (k / (k - 1)) * (1 - itemVariances / sumVariance), responses: n };
}
