import type { ReportSnapshot } from '@mintq/contract';
import { buildReportModel, type ReportCell, SUPPRESSED_MARK } from '@mintq/report-model';
import ExcelJS from 'exceljs';

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
      // Dates (YYYY-MM-DD) and months (YYYY-MM) stay ISO text: sortable, and never re-read by Excel's locale.
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
      const added = worksheet.addRow(row.cells.map((cell) => (cell.hidden ? SUPPRESSED_MARK : cell.value)));
      row.cells.forEach((cell, index) => {
        const target = added.getCell(index + 1);
        if (cell.hidden) {
          target.note = model.suppressedLabel;
          target.alignment = { horizontal: 'right' };
          return;
        }
        const format = typeof cell.value === 'number' ? numberFormat(cell) : undefined;
        if (format) target.numFmt = format;
      });
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
