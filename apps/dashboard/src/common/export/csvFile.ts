import type { ExportCell, ExportDate, ExportSheet } from './exportSheet.js';

/**
 * CSV for German Excel, whatever the reader's language: `;` between cells (the comma is the
 * decimal mark), de-DE numbers without grouping, a UTF-8 byte order mark so Excel does not read
 * umlauts and `•` as Latin-1, and CRLF line ends.
 */
const SEPARATOR = ';';
const BOM = '\uFEFF';

const pad = (n: number) => String(n).padStart(2, '0');

/** `31.03.2025` or `31.03.2025 14:05`, which German Excel reads as a date. */
function dateText({ year, month, day, time }: ExportDate): string {
  const date = `${pad(day)}.${pad(month)}.${year}`;
  return time ? `${date} ${pad(time.hour)}:${pad(time.minute)}` : date;
}

/** A cell's text: numbers in de-DE, a percentage with `%`, text guarded against formulas. */
function cellText(cell: ExportCell): string {
  if (cell.kind === 'date') return dateText(cell.date);
  if (cell.kind === 'text') {
    // A text starting like a formula would run in Excel (CSV injection): a leading ' keeps it text.
    return /^[=+\-@\t\r]/.test(cell.text) ? `'${cell.text}` : cell.text;
  }
  const number = new Intl.NumberFormat('de-DE', {
    minimumFractionDigits: cell.fixed ? cell.digits : 0,
    maximumFractionDigits: cell.digits,
    useGrouping: false,
    signDisplay: cell.signed ? 'exceptZero' : 'auto',
  })
    .format(cell.percent ? cell.value * 100 : cell.value)
    .replace(/\u2212/g, '-');
  return cell.percent ? `${number}%` : number;
}

/** Quotes a field that holds the separator, a quote or a line break. */
function field(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The sheet as CSV text (BOM included): headings, rows, and the key to `•` after a blank line. */
export function csvOf(sheet: ExportSheet): string {
  const lines = [
    sheet.header.map((h) => field(cellText({ kind: 'text', text: h }))),
    ...sheet.rows.map((row) => row.map((cell) => field(cellText(cell)))),
    ...(sheet.note ? [[], [field(sheet.note)]] : []),
  ];
  return `${BOM}${lines.map((line) => line.join(SEPARATOR)).join('\r\n')}\r\n`;
}
