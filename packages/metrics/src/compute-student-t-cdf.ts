import { computeRegularizedIncompleteBeta } from './compute-regularized-incomplete-beta.js';

export interface ComputeStudentTCdfOptions {
  /** The t value (±Infinity allowed). */
  t: number;
  /** Degrees of freedom ν > 0 (need not be an integer). */
  df: number;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom, e.g. `computeStudentTCdf({ t: 2.228138851986274, df: 10 })` ≈ 0.975. */
export function computeStudentTCdf({ t, df }: ComputeStudentTCdfOptions): number {
  if (!(df > 0) || !Number.isFinite(df))
    throw new RangeError(`computeStudentTCdf: df must be finite and > 0`);
  if (Number.isNaN(t)) throw new RangeError('computeStudentTCdf: t is NaN');
  if (t === 0) return 0.5;
  // The lower tail of −|t| is computed directly, so that small tail probabilities keep full
  // relative precision; the other side is 1 − tail.
  const u = Math.abs(t);
  const tail = computeLowerTail(u, df);
  return t < 0 ? tail : 1 - tail;
}

/** P(T ≤ −u) for u > 0. */
function computeLowerTail(u: number, df: number): number {
  if (u === Number.POSITIVE_INFINITY) return 0;
  // Closed forms: Cauchy (ν = 1) and ν = 2, written without cancellation.
  if (df === 1) return Math.atan2(1, u) / Math.PI;
  if (df === 2) {
    const s = Math.sqrt(2 + u * u);
    return 1 / (s * (s + u));
  }
  // P(T ≤ −u) = ½ · I_x(ν/2, ½) with x = ν/(ν + u²); 1 − x = u²/(ν + u²) is passed exactly.
  let x: number;
  let complement: number;
  if (u > 1e150) {
    const r = df / u;
    x = r / u;
    complement = 1;
  } else {
    const u2 = u * u;
    x = df / (df + u2);
    complement = u2 / (df + u2);
  }
  return 0.5 * computeRegularizedIncompleteBeta({ x, a: df / 2, b: 0.5, complement });
}
