// The shapes a funder release is protected and audited in (docs/privacy.md): every number of
// the release as a cell, the objects that show them, and the linear relations between cells
// that an attacker who knows DOMAIN.md can use.

/** An aggregate object: what is shown or hidden as a whole (a table row, a total, a month). */
export interface ReleaseObject {
  id: string;
  /** The enclosing object: hiding it hides this one too (rule 2). */
  parent: string | null;
  /** The counts of people behind the object; any of them in 1 … k−1 hides it (rule 1). */
  people: readonly number[];
}

/** One number of the release, identified by what it means, wherever it is shown. */
export interface ReleaseCell {
  id: string;
  /** The true (exact) value. */
  value: number;
  /** Whether the cell counts people: a hidden one with true value 1 … k−1 must stay protected. */
  people: boolean;
  /** The objects that show this number; none for a count that is never published (the people behind a month). */
  shownIn: readonly string[];
}

/** `Σ coefficient · cell (+ constant)` is `= 0` or `≥ 0`. */
export interface ReleaseRelation {
  name: string;
  terms: readonly (readonly [cell: string, coefficient: number])[];
  constant: number;
  op: '=' | '>=';
}

/** A linear programme over non-negative variables: `lower ≤ Σ aᵢxᵢ ≤ upper` per row. */
export interface LinearProgram {
  variables: number;
  rows: readonly { indices: readonly number[]; values: readonly number[]; lower: number; upper: number }[];
}

/** Solves `min` and `max` of single variables of one linear programme (HiGHS). */
export interface LinearBoundsSolver {
  /**
   * For each target variable, its smallest and largest feasible value (±Infinity when
   * unbounded). With `enough`, a bound may stop once proven to reach 0 (min) or `enough`
   * (max): the interval returned is then inside the true one, which is all an audit needs.
   * With `settleOnly` too, targets the joint solves cannot settle get NaN instead of an
   * exact solve of their own (cheap, and on the safe side: NaN counts as not protected).
   */
  bounds(
    program: LinearProgram,
    targets: readonly number[],
    enough?: number,
    settleOnly?: boolean,
  ): { min: number; max: number }[];
}

/** The attacker's interval for one hidden count of people. */
export interface AuditedCell {
  cell: string;
  value: number;
  min: number;
  max: number;
  protected: boolean;
}
