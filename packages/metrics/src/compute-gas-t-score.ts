/** One goal that has a GAS level. */
export interface GasGoal {
  /** GAS level −2…+2. */
  level: number;
  /** Weight w > 0 (default 1). */
  weight?: number;
}

export interface ComputeGasTScoreOptions {
  /** The participant's goals that have a level. */
  goals: readonly GasGoal[];
  /** Assumed inter-goal correlation ρ, 0 ≤ ρ < 1; default 0.3 (Kiresuk & Sherman 1968). */
  rho?: number;
}

/** GAS T-score T = 50 + 10·Σwx / √((1−ρ)Σw² + ρ(Σw)²), or null without goals, e.g. `computeGasTScore({ goals: [{ level: 1 }, { level: 1 }] })` ≈ 62.40. */
export function computeGasTScore({ goals, rho = 0.3 }: ComputeGasTScoreOptions): number | null {
  if (!(rho >= 0 && rho < 1)) throw new RangeError(`computeGasTScore: rho must lie in [0, 1), got ${rho}`);
  if (goals.length === 0) return null;
  let weightedSum = 0;
  let sumOfSquaredWeights = 0;
  let sumOfWeights = 0;
  for (const { level, weight = 1 } of goals) {
    if (!(weight > 0)) throw new RangeError(`computeGasTScore: weights must be > 0, got ${weight}`);
    weightedSum += weight * level;
    sumOfSquaredWeights += weight * weight;
    sumOfWeights += weight;
  }
  return (
    50 + (10 * weightedSum) / Math.sqrt((1 - rho) * sumOfSquaredWeights + rho * sumOfWeights * sumOfWeights)
  );
}
