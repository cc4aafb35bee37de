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
  if (responses.some((row) => row.length !== k)) {
    throw new RangeError('computeCronbachAlpha: every response needs one value per item');
  }
  const matrix = Float64Array.from(responses.flatMap((row) => row.map((value) => value ?? Number.NaN)));
  return cronbachAlphaOfColumns({ matrix, rows: responses.length, stride: k, columns: [...Array(k).keys()] });
}

export interface CronbachAlphaOfColumnsOptions {
  /** `rows` × `stride` values, row by row; NaN where not answered. */
  matrix: Float64Array;
  rows: number;
  stride: number;
  /** The items: column positions within a row. */
  columns: readonly number[];
}

/**
 * {@link computeCronbachAlpha} over some columns of a response matrix (what survey outcomes
 * hold per wave: tens of thousands of responses, without an array per response). Two passes
 * over the complete rows, accumulating per item: the two-pass sample variances of each column
 * and of the row sums.
 */
export function cronbachAlphaOfColumns({
  matrix,
  rows,
  stride,
  columns,
}: CronbachAlphaOfColumnsOptions): CronbachAlpha {
  const k = columns.length;
  const complete: number[] = [];
  for (let r = 0; r < rows; r++) {
    let answered = true;
    for (const column of columns) if (Number.isNaN(matrix[r * stride + column] as number)) answered = false;
    if (answered) complete.push(r * stride);
  }
  const n = complete.length;
  if (k < 2 || n < 2) return { alpha: null, responses: n };
  const itemSums = new Float64Array(k);
  let totalSum = 0;
  for (const offset of complete) {
    let total = 0;
    for (let i = 0; i < k; i++) {
      const value = matrix[offset + (columns[i] as number)] as number;
      itemSums[i] = (itemSums[i] as number) + value;
      total += value;
    }
    totalSum += total;
  }
  const itemSquares = new Float64Array(k);
  let totalSquares = 0;
  const totalMean = totalSum / n;
  for (const offset of complete) {
    let total = 0;
    for (let i = 0; i < k; i++) {
      const value = matrix[offset + (columns[i] as number)] as number;
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
