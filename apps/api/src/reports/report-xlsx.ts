import type { ReportSnapshot } from '@mintq/contract';
import { zoneOffset } from '@mintq/metrics';
import { buildReportModel, type ReportCell, SUPPRESSED_MARK } from '@mintq/report-model';
import ExcelJS from 'exceljs';

/** Excel's date formats of a report language (Excel keeps no time zone: dates are Berlin's wall clock). */
const DATE_FORMATS = {
  de: { date: 'dd.mm.yyyy', dateTime: 'dd.mm.yyyy hh:mm' },
  en: { date: 'dd/mm/yyyy', dateTime: 'dd/mm/yyyy hh:mm' },
} as const;

/** The wall-clock time in Germany of an instant, as a Date whose UTC fields hold it (what Excel stores). */
function berlinWallClock(instant: string): Date {
  const epoch = Date.parse(instant);
  return new Date(epoch + zoneOffset(epoch, 'Europe/Berlin'));
}

/**
 * What a model cell is written as: numbers stay numbers, dates and the creation instant become
 * Excel dates (a calendar date as that day, an instant as its time in Germany), with the formats
 * the PDF shows them in; months (YYYY-MM) and texts stay text.
 */
function excelCell(cell: ReportCell, language: 'de' | 'en'): { value: unknown; numFmt?: string } {
  if (typeof cell.value === 'string' && cell.format === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(cell.value))
    return { value: new Date(`${cell.value}T00:00:00Z`), numFmt: DATE_FORMATS[language].date };
  if (typeof cell.value === 'string' && cell.format === 'dateTime' && !Number.isNaN(Date.parse(cell.value)))
    return { value: berlinWallClock(cell.value), numFmt: DATE_FORMATS[language].dateTime };
  return { value: cell.value, numFmt: typeof cell.value === 'number' ? numberFormat(cell) : undefined };
}

/** The Excel number format of a model cell: numbers stay numbers, shown as the PDF shows them. */
function numberFormat(cell: ReportCell): string | undefined {
  const decimals = cell.digits > 0 ? `.${'0'.repeat(cell.digits)}` : '';
  switch (cell.format) {
    case 'count':
      return '#,##0';
    case 'decimal':
      return `0${decimals}`;
    case 'signed':
      return `+0${decimals};-0${decimals};0${decimals}`;
    case 'percent':
      return `0${decimals}%`;
    case 'pValue':
      return '0.000';
    default:
      return undefined;
  }
}

/** Widest cell of a column in characters, within reason, so every sheet reads without resizing. */
function columnWidth(texts: readonly string[]): number {
  return Math.min(110, Math.max(12, ...texts.map((text) => text.length + 2)));
}

/**
 * The XLSX annex of a report as bytes: the sheets of the report model (@mintq/report-model),
 * the same headings, labels and numbers as the PDF, one sheet per table, numbers as numbers with
 * Excel formats, suppressed cells as • with a note (the value is not in the snapshot to begin with).
 */
export async function renderReportXlsx(snapshot: ReportSnapshot): Promise<Uint8Array> {
  const model = buildReportModel(snapshot);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mintq';
  workbook.created = new Date(snapshot.meta.createdAt);
  workbook.modified = new Date(snapshot.meta.createdAt);
  workbook.title = model.documentTitle;
  for (const { name, table } of model.annex) {
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = table.columns.map((column, i) => ({
      header: column.header,
      width: columnWidth([
        column.header,
        ...table.rows.map((row) => {
          const cell = row.cells[i];
          return typeof cell?.value === 'string' ? cell.value : (cell?.text ?? '');
        }),
      ]),
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      const written = row.cells.map((cell) => excelCell(cell, model.language));
      const added = worksheet.addRow(
        row.cells.map((cell, index) => (cell.hidden ? SUPPRESSED_MARK : written[index]?.value)),
      );
      row.cells.forEach((cell, index) => {
        const target = added.getCell(index + 1);
        if (cell.hidden) {
          target.note = model.suppressedLabel;
          target.alignment = { horizontal: 'right' };
          return;
        }
        const format = written[index]?.numFmt;
        if (format) target.numFmt = format;
      });
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
