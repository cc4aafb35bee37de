// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportSheet } from './exportSheet.js';
import { xlsxOf } from './xlsxFile.js';

const sheet: ExportSheet = {
  title: "'Rücklauf: je Welle [Prä/Post]'",
  header: ['Durchgang', 'Quote', 'Änderung', 'Stand'],
  rows: [
    [
      { kind: 'text', text: '2024/25 & <neu>' },
      { kind: 'number', value: 0.71, digits: 0, fixed: true, percent: true, signed: false },
      { kind: 'number', value: 0.33, digits: 2, fixed: true, percent: false, signed: true },
      { kind: 'date', date: { year: 2025, month: 3, day: 31, time: null } },
    ],
    [
      { kind: 'text', text: '2025/26' },
      { kind: 'text', text: '•' },
      { kind: 'number', value: 1234, digits: 0, fixed: false, percent: false, signed: false },
      { kind: 'date', date: { year: 2026, month: 12, day: 5, time: { hour: 14, minute: 5 } } },
    ],
  ],
  note: '• weniger als 5 Personen',
};

describe('xlsxOf', () => {
  it('writes a workbook Excel readers open: numbers as numbers with the shown format, • as text, dates as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsxOf(sheet, 'de-DE')) as unknown as ArrayBuffer);
    const ws = workbook.worksheets[0];
    expect(ws?.name).toBe('Rücklauf  je Welle  Prä Post');
    const cell = (ref: string) => ws?.getCell(ref);
    expect(cell('A1')?.value).toBe('Durchgang');
    expect(cell('A2')?.value).toBe('2024/25 & <neu>');
    expect([cell('B2')?.value, cell('B2')?.numFmt]).toEqual([0.71, '0%']);
    expect([cell('C2')?.value, cell('C2')?.numFmt]).toEqual([0.33, '+#,##0.00;-#,##0.00;#,##0.00']);
    expect([cell('D2')?.value, cell('D2')?.numFmt]).toEqual([new Date(Date.UTC(2025, 2, 31)), 'dd.mm.yyyy']);
    expect(cell('B3')?.value).toBe('•');
    expect([cell('C3')?.value, cell('C3')?.numFmt]).toEqual([1234, '#,##0']);
    expect(cell('D3')?.value).toEqual(new Date(Date.UTC(2026, 11, 5, 14, 5)));
    expect(cell('A5')?.value).toBe('• weniger als 5 Personen');
  });
});
