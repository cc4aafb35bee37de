export interface ReverseScoreOptions {
  value: number;
  scaleMin: number;
  scaleMax: number;
}

/** A reversed item's value counted as scale_min + scale_max − v, e.g. `reverseScore({ value: 2, scaleMin: 1, scaleMax: 5 })` = 4. */
export function reverseScore({ value, scaleMin, scaleMax }: ReverseScoreOptions): number {
  return scaleMin + scaleMax - value;
}
