import type { ValueFormat } from '../format/applyValueFormat.js';
import type { DataTableColumn } from './DataTable.js';

/**
 * What one cell of a {@link DataTable} holds, before it is drawn or written to a file: hidden
 * (`•`), missing (`–`), a text, or a number with its column's format. One home for the table on
 * screen and its CSV/XLSX export, so a file never holds more than the screen.
 */
export type TableCell =
  | { kind: 'hidden' }
  | { kind: 'missing' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; format: ValueFormat; digits: number | undefined };

/** The cell of `row` in `column`: the API's hiding first, so a hidden value is never read. */
export function tableCell<T>(column: DataTableColumn<T>, row: T): TableCell {
  if (column.suppressed?.(row)) return { kind: 'hidden' };
  const value = column.value(row);
  if (value === null) return { kind: 'missing' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  return { kind: 'number', value, format: column.format ?? 'number', digits: column.digits };
}
