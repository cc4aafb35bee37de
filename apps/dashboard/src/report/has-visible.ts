/**
 * Whether any entry of a list is not suppressed, e.g. any month of reach; a chart of nothing
 * but suppressed marks says no more than its table, so the report then prints the table only.
 * Example: `hasVisible([{ suppressed: true }])` → `false`.
 */
export function hasVisible(rows: readonly { suppressed: boolean }[]): boolean {
  return rows.some((row) => !row.suppressed);
}
