import { type DataTableColumn, type TableCell, tableCell } from '@mintq/ui';
import type { ReactNode } from 'react';

/** A calendar date, or a date and time, as the table showed it. */
export interface ExportDate {
  year: number;
  month: number;
  day: number;
  /** Hours and minutes, when the table showed a time. */
  time: { hour: number; minute: number } | null;
}

/**
 * One cell of an exported table, as shown on screen: a number already rounded to the digits
 * shown, a date, or a text (`•` for a hidden value, `–` for a missing one).
 */
export type ExportCell =
  | { kind: 'text'; text: string }
  | {
      kind: 'number';
      value: number;
      /** Fraction digits shown (of the percentage, for a share). */
      digits: number;
      /** Always `digits` fraction digits, not at most. */
      fixed: boolean;
      /** A share in [0, 1], shown as a percentage. */
      percent: boolean;
      /** Shown with a plus sign when positive, e.g. a change. */
      signed: boolean;
    }
  | { kind: 'date'; date: ExportDate };

/** A table ready to be written to a file: its title, headings, cells and the key to `•`. */
export interface ExportSheet {
  title: string;
  header: string[];
  rows: ExportCell[][];
  /** What `•` means, when a cell is hidden; null when none is. */
  note: string | null;
}

/** Texts the sheet needs: the hidden and missing marks' meaning and look. */
export interface ExportLabels {
  suppressed: string;
  missing?: string;
}

const HIDDEN = '•';

/** Rounds to a number of fraction digits, as the screen does. */
function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The locale's grouping and decimal separators, e.g. `.` and `,` in de-DE. */
function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? '',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/**
 * The number in a text a column's own format wrote (`+0,33`, `−0,10`, `82 %`), or null when it
 * is no plain number (`< 0,001`): such a cell stays text, as shown.
 */
function shownNumber(text: string, locale: string): ExportCell | null {
  const { group, decimal } = separators(locale);
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-')
    .split(group)
    .join('')
    .replace(decimal, '.');
  const match = /^([+-]?)(\d+)(?:\.(\d+))?(%?)$/.exec(compact);
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '', percent = ''] = match;
  const magnitude = Number(`${whole}.${fraction || '0'}`) / (percent ? 100 : 1);
  return {
    kind: 'number',
    value: sign === '-' ? -magnitude : magnitude,
    digits: fraction.length,
    fixed: true,
    percent: percent !== '',
    signed: sign === '+',
  };
}

/** A date as the dashboard writes one in de-DE (`31.03.2025, 14:05`) or en-GB (`31/03/2025`). */
function shownDate(text: string): ExportCell | null {
  const match = /^(\d{2})[./](\d{2})[./](\d{4})(?:, (\d{2}):(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [, day, month, year, hour, minute] = match.map(Number) as number[];
  const time = hour === undefined || Number.isNaN(hour) ? null : { hour, minute: minute ?? 0 };
  return { kind: 'date', date: { year: year ?? 0, month: month ?? 0, day: day ?? 0, time } };
}

/** A table cell as it goes into a file: exactly what the screen shows, typed for a spreadsheet. */
function exportCell(cell: TableCell, locale: string, missing: string): ExportCell {
  if (cell.kind === 'hidden') return { kind: 'text', text: HIDDEN };
  if (cell.kind === 'missing') return { kind: 'text', text: missing };
  if (cell.kind === 'text') return shownDate(cell.text) ?? { kind: 'text', text: cell.text };
  const { value, format, digits } = cell;
  if (typeof format === 'function') {
    const text = format(value);
    return shownNumber(text, locale) ?? { kind: 'text', text };
  }
  // The defaults of applyValueFormat: what the table on screen shows.
  if (format === 'percent') {
    const shown = digits ?? 0;
    return {
      kind: 'number',
      value: round(value, shown + 2),
      digits: shown,
      fixed: true,
      percent: true,
      signed: false,
    };
  }
  const shown = digits ?? (format === 'decimal' ? 2 : 0);
  const fixed = format === 'decimal';
  return { kind: 'number', value: round(value, shown), digits: shown, fixed, percent: false, signed: false };
}

/** A column heading as text: the dashboard's headings are texts; anything else falls back to its key. */
function headingOf<T>(column: DataTableColumn<T>): string {
  const header: ReactNode = column.header;
  return typeof header === 'string' || typeof header === 'number' ? String(header) : column.key;
}

/** The sheet of a table: the same cells as the screen, hidden values as `•`. */
export function exportSheet<T>(
  title: string,
  columns: readonly DataTableColumn<T>[],
  rows: readonly T[],
  locale: string,
  labels: ExportLabels,
): ExportSheet {
  let anyHidden = false;
  const cells = rows.map((row) =>
    columns.map((column) => {
      const cell = tableCell(column, row);
      anyHidden ||= cell.kind === 'hidden';
      return exportCell(cell, locale, labels.missing ?? '–');
    }),
  );
  return {
    title,
    header: columns.map(headingOf),
    rows: cells,
    note: anyHidden ? `${HIDDEN} ${labels.suppressed}` : null,
  };
}
