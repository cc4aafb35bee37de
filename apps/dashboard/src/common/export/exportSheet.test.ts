import type { DataTableColumn } from '@mintq/ui';
import { describe, expect, it } from 'vitest';
import { csvOf } from './csvFile.js';
import { exportSheet } from './exportSheet.js';

interface Row {
  state: string;
  count: number | null;
  share: number;
  change: number;
  since: string;
  suppressed: boolean;
}

const signed = (v: number) =>
  new Intl.NumberFormat('de-DE', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  })
    .format(v)
    .replace('-', '\u2212');

const columns: DataTableColumn<Row>[] = [
  { key: 'state', header: 'Land', value: (r) => r.state, rowHeader: true },
  { key: 'count', header: 'Anzahl', value: (r) => r.count, suppressed: (r) => r.suppressed },
  {
    key: 'share',
    header: 'Quote',
    value: (r) => r.share,
    format: 'percent',
    suppressed: (r) => r.suppressed,
  },
  { key: 'change', header: 'Änderung', value: (r) => r.change, format: signed },
  { key: 'since', header: 'Seit', value: (r) => r.since },
];

const rows: Row[] = [
  {
    state: '=Berlin; "Mitte"',
    count: 1234,
    share: 0.7149,
    change: -0.104,
    since: '31.03.2025, 14:05',
    suppressed: false,
  },
  { state: 'Bremen', count: 3, share: 0.5, change: 0.333, since: '01.01.2026', suppressed: true },
  { state: 'Hamburg', count: null, share: 0.001, change: 0, since: '–', suppressed: false },
];

describe('exportSheet and csvOf', () => {
  const sheet = exportSheet('Test', columns, rows, 'de-DE', { suppressed: 'weniger als 5 Personen' });

  it('types each cell as shown: numbers rounded to the digits shown, hidden values as •, dates as dates', () => {
    expect(sheet.rows[0]).toEqual([
      { kind: 'text', text: '=Berlin; "Mitte"' },
      { kind: 'number', value: 1234, digits: 0, fixed: false, percent: false, signed: false },
      { kind: 'number', value: 0.71, digits: 0, fixed: true, percent: true, signed: false },
      { kind: 'number', value: -0.1, digits: 2, fixed: true, percent: false, signed: false },
      { kind: 'date', date: { year: 2025, month: 3, day: 31, time: { hour: 14, minute: 5 } } },
    ]);
    expect(sheet.rows[1]?.slice(1, 3)).toEqual([
      { kind: 'text', text: '•' },
      { kind: 'text', text: '•' },
    ]);
    expect(sheet.note).toBe('• weniger als 5 Personen');
  });

  it('writes CSV for German Excel: BOM, ;, decimal comma, quoted fields, formulas kept as text', () => {
    const csv = csvOf(sheet);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Land;Anzahl;Quote;Änderung;Seit',
      `"'=Berlin; ""Mitte""";1234;71%;-0,10;31.03.2025 14:05`,
      'Bremen;•;•;+0,33;01.01.2026',
      'Hamburg;–;0%;0,00;–',
      '',
      '• weniger als 5 Personen',
      '',
    ]);
  });
});
