import { computeLogGamma } from './compute-log-gamma.js';

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

export interface ComputeLogBetaOptions {
  /** Shape a > 0. */
  a: number;
  /** Shape b > 0. */
  b: number;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), without cancellation for large shapes, e.g. `computeLogBeta({ a: 2, b: 3 })` = ln(1/12). */
export function computeLogBeta({ a, b }: ComputeLogBetaOptions): number {
  if (!(a > 0) || !(b > 0)) throw new RangeError('computeLogBeta: a, b must be > 0');
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  // The split of R's nmath lbeta(): the large ln Γ terms cancel analytically, leaving the
  // Stirling remainders, so that ln B keeps full relative precision for shapes in the millions.
  if (p >= 10) {
    const correction = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return (
      -0.5 * Math.log(q) +
      LN_SQRT_2PI +
      correction +
      (p - 0.5) * Math.log(p / (p + q)) +
      q * Math.log1p(-p / (p + q))
    );
  }
  if (q >= 10) {
    const correction = stirlingRemainder(q) - stirlingRemainder(p + q);
    return (
      computeLogGamma({ x: p }) + correction + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q))
    );
  }
  return computeLogGamma({ x: p }) + computeLogGamma({ x: q }) - computeLogGamma({ x: p + q });
}

/** ln Γ(x) − [(x − ½) ln x − x + ln √(2π)] for x ≥ 10, by the Stirling series (8 terms: error < 1e-17). */
function stirlingRemainder(x: number): number {
  const inverse = 1 / x;
  const z = inverse * inverse;
  return (
    inverse *
    (1 / 12 +
      z *
        (-1 / 360 +
          z *
            (1 / 1260 +
              z * (-1 / 1680 + z * (1 / 1188 + z * (-691 / 360360 + z * (1 / 156 + z * (-3617 / 122400))))))))
  );
}
