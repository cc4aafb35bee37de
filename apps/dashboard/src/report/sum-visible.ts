/** A total over rows of which some may be suppressed. */
export interface VisibleSum {
  /** Sum of the rows that are shown; null when every row is suppressed. */
  value: number | null;
  /** True when at least one row was left out because it is suppressed. */
  partial: boolean;
}

/**
 * Sums a count over the rows that are not suppressed, e.g. enrolments over cohorts; a
 * suppressed row cannot be added without revealing it, so it is left out and the total is
 * marked partial. Example: `sumVisible([{ v: 12, s: false }, { v: null, s: true }], …)` → `{ value: 12, partial: true }`.
 */
export function sumVisible<T>(
  rows: readonly T[],
  value: (row: T) => number | null,
  suppressed: (row: T) => boolean,
): VisibleSum {
  let total = 0;
  let shown = 0;
  for (const row of rows) {
    const v = value(row);
    if (suppressed(row) || v === null) continue;
    total += v;
    shown += 1;
  }
  const partial = shown < rows.length;
  return { value: rows.length > 0 && shown === 0 ? null : total, partial };
}
