import { csvCell } from '../demo/csv-text.js';
import type { AuditEntryType } from './audit.types.js';

export type CsvLanguage = 'de' | 'en';

/** The columns of the audit CSV, in each language, in the order of {@link auditCsvRow}. */
export const AUDIT_CSV_HEADER: Record<CsvLanguage, readonly string[]> = {
  de: ['Zeitpunkt', 'Aktion', 'Person', 'Betrifft', 'Details'],
  en: ['Time', 'Action', 'Actor', 'Subject', 'Details'],
};

/** UTF-8 byte-order mark: Excel reads the file as UTF-8 only with it. */
export const BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@` (or a tab or return) as a
 * formula; an e-mail or reference in the log is text, so such a cell gets a leading `'`.
 */
function inert(value: string | null): string | null {
  return value !== null && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One line of the CSV (`;`-separated, as German Excel reads it), with its line end. */
export function auditCsvLine(cells: readonly (string | null)[]): string {
  return `${cells.map((cell) => csvCell(inert(cell))).join(';')}\r\n`;
}

export function auditCsvRow(entry: AuditEntryType): string {
  return auditCsvLine([entry.at, entry.action, entry.actor, entry.subject, entry.details]);
}
