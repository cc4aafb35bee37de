import { computeLogBeta } from './compute-log-beta.js';
import { computeStudentTCdf } from './compute-student-t-cdf.js';

export interface ComputeStudentTQuantileOptions {
  /** Probability, 0 ≤ p ≤ 1. */
  p: number;
  /** Degrees of freedom ν > 0 (need not be an integer). */
  df: number;
}

/** The t with P(T ≤ t) = p for Student's t, e.g. `computeStudentTQuantile({ p: 0.975, df: 10 })` ≈ 2.228138851986274. */
export function computeStudentTQuantile({ p, df }: ComputeStudentTQuantileOptions): number {
  if (!(df > 0) || !Number.isFinite(df))
    throw new RangeError(`computeStudentTQuantile: df must be finite and > 0`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`computeStudentTQuantile: p must lie in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  // Work on the lower tail q ≤ ½ (1 − p is exact for p ≥ ½) and mirror.
  const q = p < 0.5 ? p : 1 - p;
  const t = solveLowerTail(q, df);
  return p < 0.5 ? t : -t;
}

/** The t ≤ 0 with P(T ≤ t) = q, for 0 < q < ½. */
function solveLowerTail(q: number, df: number): number {
  if (df === 1) return -1 / Math.tan(Math.PI * q);
  let t = -hillInitialGuess(2 * q, df);
  if (!Number.isFinite(t) || t >= 0) t = -1;
  // Bracket [lo, hi] with cdf(lo) ≤ q ≤ cdf(hi); hi = 0 has cdf ½.
  let hi = 0;
  let lo = t;
  while (computeStudentTCdf({ t: lo, df }) > q) {
    hi = lo;
    lo *= 2;
    if (!Number.isFinite(lo)) return Number.NEGATIVE_INFINITY;
  }
  const logQ = Math.log(q);
  // ln of the density's constant Γ((ν+1)/2) / (Γ(ν/2) √(νπ)) = −ln B(ν/2, ½) − ½ ln ν.
  const logNorm = -computeLogBeta({ a: df / 2, b: 0.5 }) - 0.5 * Math.log(df);
  // Newton's method on ln F(t) − ln q (well conditioned in the far tail), falling back to
  // bisection whenever a step leaves the bracket.
  for (let i = 0; i < 200; i++) {
    const cdf = computeStudentTCdf({ t, df });
    if (cdf === q) return t;
    if (cdf < q) lo = t;
    else hi = t;
    const logPdf = logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df);
    const step = (Math.log(cdf) - logQ) * Math.exp(Math.log(cdf) - logPdf);
    let next = t - step;
    if (!(next > lo && next < hi)) next = lo / 2 + hi / 2;
    if (Math.abs(next - t) <= 2 * Number.EPSILON * Math.abs(t) || next === lo || next === hi) return next;
    t = next;
  }
  return t;
}

/**
 * G. W. Hill (1970), Algorithm 396: Student's t-quantiles, CACM 13(10). Returns t > 0 with
 * two-sided tail probability `p2`; accurate to several digits, then polished by Newton.
 */
function hillInitialGuess(p2: number, n: number): number {
  if (n === 2) return Math.sqrt(2 / (p2 * (2 - p2)) - 2);
  const a = 1 / (n - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * n;
  let x = d * p2;
  let y = x ** (2 / n);
  if (y > 0.05 + a) {
    x = normalQuantile(0.5 * p2);
    y = x * x;
    if (n < 5) c += 0.3 * (n - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = a * y * y;
    y = Math.expm1(y);
  } else {
    y = ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1) * (n + 1);
    y = y / (n + 2) + 1 / y;
  }
  return Math.sqrt(n * y);
}

/** Standard normal quantile, P. J. Acklam's rational approximation (relative error < 1.2e-9). */
function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const low = 0.02425;
  if (p < low) {
    const r = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c0 * r + c1) * r + c2) * r + c3) * r + c4) * r + c5) /
      ((((d0 * r + d1) * r + d2) * r + d3) * r + 1)
    );
  }
  if (p > 1 - low) {
    const r = Math.sqrt(-2 * Math.log1p(-p));
    return (
      -(((((c0 * r + c1) * r + c2) * r + c3) * r + c4) * r + c5) /
      ((((d0 * r + d1) * r + d2) * r + d3) * r + 1)
    );
  }
  const r0 = p - 0.5;
  const r = r0 * r0;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * r0) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}
