import { type ReactNode, type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { SuppressedNote } from '../charts/SuppressedNote.js';
import { applyValueFormat, type ValueFormat } from '../format/applyValueFormat.js';
import { SuppressedValue } from './SuppressedValue.js';
import { type TableCell, tableCell } from './tableCell.js';

/** One column of a {@link DataTable}. */
export interface DataTableColumn<T> {
  /** Stable key of the column. */
  key: string;
  /** Column heading. */
  header: ReactNode;
  /** The cell's value: a number (formatted here), a text, or null. */
  value: (row: T) => number | string | null;
  /** True when the API suppressed this cell; it then shows `•`. */
  suppressed?: (row: T) => boolean;
  /** How numbers in this column are formatted (default `'number'`). */
  format?: ValueFormat;
  /** Fraction digits for the format. */
  digits?: number;
  /** Render the cells as row headings (`<th scope="row">`), e.g. the state or month column. */
  rowHeader?: boolean;
}

/** Props of {@link DataTable}. */
export interface DataTableProps<T> {
  /** Caption that names the table, e.g. the chart title. */
  caption: string;
  /** Keep the caption for screen readers only, e.g. when a {@link ChartFrame} already shows the title. */
  hideCaption?: boolean;
  /** Columns in display order. */
  columns: readonly DataTableColumn<T>[];
  /** The rows. */
  rows: readonly T[];
  /** Stable key per row. */
  rowKey: (row: T, index: number) => string;
  /** Locale of the numbers (default `'de-DE'`). */
  locale?: string;
  /** Texts: `suppressed` explains `•` (also as footnote); `missing` stands for null (default "–"). */
  labels: { suppressed: string; missing?: string };
}

/** The content of one cell: `•` when suppressed, the missing mark for null, else the formatted value. */
function renderCell(cell: TableCell, locale: string, labels: DataTableProps<unknown>['labels']): ReactNode {
  if (cell.kind === 'hidden') return <SuppressedValue label={labels.suppressed} />;
  if (cell.kind === 'missing') return labels.missing ?? '–';
  if (cell.kind === 'text') return cell.text;
  return applyValueFormat(cell.value, cell.format, locale, cell.digits);
}

/**
 * Whether the element is narrower than its content, i.e. scrolls sideways. Re-measured when it
 * or its content (the table) changes size, e.g. in a half-width card or on a phone.
 */
function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}

/** An accessible table of numbers: numeric columns right-aligned, suppressed cells as `•` with a footnote. */
export function DataTable<T>({
  caption,
  hideCaption = false,
  columns,
  rows,
  rowKey,
  locale = 'de-DE',
  labels,
}: DataTableProps<T>) {
  const wrapRef = useRef<HTMLDivElement>(null);
  // A wrapper that scrolls must be reachable by keyboard (WCAG 2.1.1) and then needs a role and
  // a name; one that fits stays out of the tab order. A group, not a region: inside a ChartFrame
  // (a region with the same title) a second landmark of that name would only repeat it.
  const scrollable = useScrollsSideways(wrapRef);
  let anySuppressed = false;
  // A column of numbers is right-aligned, heading included, so digits line up under it.
  const numeric = columns.map((column) =>
    rows.some((row) => (column.suppressed?.(row) ?? false) || typeof column.value(row) === 'number'),
  );
  const body = rows.map((row, index) => (
    <tr key={rowKey(row, index)}>
      {columns.map((column, i) => {
        const cell = tableCell(column, row);
        anySuppressed ||= cell.kind === 'hidden';
        const content = renderCell(cell, locale, labels);
        const className = numeric[i] ? 'mq-table__number' : undefined;
        return column.rowHeader ? (
          <th key={column.key} scope="row" className={className}>
            {content}
          </th>
        ) : (
          <td key={column.key} className={className}>
            {content}
          </td>
        );
      })}
    </tr>
  ));
  return (
    <div
      ref={wrapRef}
      className="mq-table-wrap"
      {...(scrollable ? { tabIndex: 0, role: 'group', 'aria-label': caption } : {})}
    >
      <table className="mq-table">
        <caption className={hideCaption ? 'mq-sr-only' : 'mq-table__caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={column.key} scope="col" className={numeric[i] ? 'mq-table__number' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
      {anySuppressed ? <SuppressedNote label={labels.suppressed} className="mq-table__note" /> : null}
    </div>
  );
}
