import type { ReportFormat } from './format.js';
import { MISSING } from './format.js';
import type { CellFormat, ReportCell, ReportColumn, ReportRow, ReportTable } from './model.js';

/** The printed mark of a suppressed number, in the PDF as in the annex. */
export const SUPPRESSED_MARK = '•';

/** A number as a stored report holds it: older reports may lack the field altogether. */
export type StoredNumber = number | null | undefined;

/** Makes the cells of one report language: `cells.count(12).text` → "12", `cells.count(3, true).text` → "•". */
export interface CellMaker {
  count(value: StoredNumber, hidden?: boolean): ReportCell;
  decimal(value: StoredNumber, digits: number, hidden?: boolean): ReportCell;
  signed(value: StoredNumber, digits: number, hidden?: boolean): ReportCell;
  percent(value: StoredNumber, digits: number, hidden?: boolean): ReportCell;
  pValue(value: StoredNumber, hidden?: boolean): ReportCell;
  /** A date `YYYY-MM-DD`, or an instant whose date in Germany is printed. */
  date(value: string | null | undefined, instant?: boolean): ReportCell;
  /** An instant (ISO 8601), printed as its date and time in Germany, e.g. `25.11.2026, 18:48`. */
  dateTime(value: string | null | undefined): ReportCell;
  month(value: string | null | undefined): ReportCell;
  /** A text; `null` prints as the missing mark, `hidden` as •. */
  text(value: string | null | undefined, hidden?: boolean): ReportCell;
}

export function createCellMaker(format: ReportFormat): CellMaker {
  const make = (
    kind: CellFormat,
    digits: number,
    value: number | string | null | undefined,
    hidden: boolean,
    print: (value: never) => string,
  ): ReportCell => {
    // A hidden cell never carries its number, even when a snapshot wrongly held one.
    if (hidden) return { value: null, format: kind, digits, hidden: true, text: SUPPRESSED_MARK };
    const shown = value === undefined || (typeof value === 'number' && Number.isNaN(value)) ? null : value;
    return {
      value: shown,
      format: kind,
      digits,
      hidden: false,
      text: shown === null ? MISSING : print(shown as never),
    };
  };
  return {
    count: (value, hidden = false) => make('count', 0, value, hidden, (v: number) => format.number(v)),
    decimal: (value, digits, hidden = false) =>
      make('decimal', digits, value, hidden, (v: number) => format.decimal(v, digits)),
    signed: (value, digits, hidden = false) =>
      make('signed', digits, value, hidden, (v: number) => format.signed(v, digits)),
    percent: (value, digits, hidden = false) =>
      make('percent', digits, value, hidden, (v: number) => format.percent(v, digits)),
    pValue: (value, hidden = false) => make('pValue', 3, value, hidden, (v: number) => format.pValue(v)),
    date: (value, instant = false) =>
      make('date', 0, value, false, (v: string) => (instant ? format.dateOf(v) : format.date(v))),
    dateTime: (value) => make('dateTime', 0, value, false, (v: string) => format.dateTime(v)),
    month: (value) => make('month', 0, value, false, (v: string) => format.month(v)),
    text: (value, hidden = false) => make('text', 0, value, hidden, (v: string) => v),
  };
}

/** One column of a table being built: its heading and how a row becomes its cell. */
export interface ColumnSpec<T> {
  key: string;
  header: string;
  cell: (row: T) => ReportCell;
  rowHeader?: boolean;
  /** Left-aligned even when it holds numbers (a level's number reads as its name). */
  text?: boolean;
}

/**
 * A table from rows and column specs. A column is numeric (right-aligned) when any of its
 * cells is a number or hidden, as the dashboard's tables decide.
 */
export function buildTable<T>(
  caption: string,
  specs: readonly ColumnSpec<T>[],
  rows: readonly T[],
  rowKey: (row: T, index: number) => string,
): ReportTable {
  const built: ReportRow[] = rows.map((row, index) => ({
    key: rowKey(row, index),
    cells: specs.map((spec) => spec.cell(row)),
  }));
  const columns: ReportColumn[] = specs.map((spec, i) => ({
    key: spec.key,
    header: spec.header,
    ...(spec.rowHeader ? { rowHeader: true } : {}),
    numeric:
      !spec.text &&
      built.some(({ cells }) => {
        const cell = cells[i];
        return cell !== undefined && (cell.hidden || typeof cell.value === 'number');
      }),
  }));
  return { caption, columns, rows: built, anyHidden: built.some((r) => r.cells.some((c) => c.hidden)) };
}

/** A labelled figure: one row of a two-column table of key figures. */
export interface Figure {
  key: string;
  label: string;
  cell: ReportCell;
}

/** A two-column table of key figures, e.g. "Kennzahl | Wert". */
export function figureTable(
  caption: string,
  headers: readonly [string, string],
  figures: readonly Figure[],
): ReportTable {
  return buildTable(
    caption,
    [
      { key: 'label', header: headers[0], cell: (f: Figure) => textCell(f.label), rowHeader: true },
      { key: 'value', header: headers[1], cell: (f: Figure) => f.cell },
    ],
    figures,
    (f) => f.key,
  );
}

/** A cell of a fixed text (a row's label), the same in every language's formats. */
function textCell(text: string): ReportCell {
  return { value: text, format: 'text', digits: 0, hidden: false, text };
}

/** The specs of `keys`, in that order, from a table's full set of columns. */
export function pick<T>(
  specs: Readonly<Record<string, ColumnSpec<T>>>,
  keys: readonly string[],
): ColumnSpec<T>[] {
  return keys.map((key) => {
    const spec = specs[key];
    if (!spec) throw new Error(`no column ${key}`);
    return spec;
  });
}

/**
 * Whether any entry of a list is not suppressed: a chart of nothing but suppressed marks says
 * no more than its table, so the report then prints the table only.
 */
export function hasVisible(rows: readonly { suppressed?: boolean }[]): boolean {
  return rows.some((row) => !row.suppressed);
}

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
 * marked partial. Example: two cohorts of 12 and • → `{ value: 12, partial: true }`.
 */
export function sumVisible<T extends { suppressed?: boolean }>(
  rows: readonly T[],
  value: (row: T) => StoredNumber,
): VisibleSum {
  let total = 0;
  let shown = 0;
  for (const row of rows) {
    const v = value(row);
    if (row.suppressed || v === null || v === undefined) continue;
    total += v;
    shown += 1;
  }
  return { value: rows.length > 0 && shown === 0 ? null : total, partial: shown < rows.length };
}
