import { computeLogBeta } from './compute-log-beta.js';

const MAX_ITERATIONS = 100_000;
const EPSILON = 3e-16; // about one ulp of 1: the fraction has converged to double precision
const TINY = 1e-300;

export interface ComputeRegularizedIncompleteBetaOptions {
  /** Upper limit of integration, 0 ≤ x ≤ 1. */
  x: number;
  /** Shape a > 0. */
  a: number;
  /** Shape b > 0. */
  b: number;
  /** 1 − x, when the caller knows it more precisely than `1 - x` (e.g. t²/(ν + t²)). */
  complement?: number;
}

/** Regularized incomplete beta I_x(a, b) by a continued fraction (modified Lentz), e.g. `computeRegularizedIncompleteBeta({ x: 0.5, a: 2, b: 2 })` = 0.5. */
export function computeRegularizedIncompleteBeta({
  x,
  a,
  b,
  complement,
}: ComputeRegularizedIncompleteBetaOptions): number {
  if (!(a > 0) || !(b > 0)) throw new RangeError(`computeRegularizedIncompleteBeta: a, b must be > 0`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`computeRegularizedIncompleteBeta: x must lie in [0, 1]`);
  const y = complement ?? 1 - x;
  if (x === 0) return 0;
  if (y === 0) return 1;
  // x^a (1−x)^b / B(a, b), in logs to survive large shapes; ln x = log1p(−y) keeps precision near 1.
  const logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  const logFront = a * logX + b * logY - computeLogBeta({ a, b });
  const front = Math.exp(logFront);
  // The fraction converges fast for x < (a + 1)/(a + b + 2); otherwise use I_x(a, b) = 1 − I_{1−x}(b, a).
  if (x < (a + 1) / (a + b + 2)) return (front * continuedFraction(x, a, b)) / a;
  return 1 - (front * continuedFraction(y, b, a)) / b;
}

function continuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    // Even step.
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    // Odd step.
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPSILON) return h;
  }
  throw new Error(`computeRegularizedIncompleteBeta: no convergence for a=${a}, b=${b}, x=${x}`);
}
