import { describe, expect, it } from 'vitest';
import { parseImportReport } from './importReport.js';

describe('parseImportReport', () => {
  it('reads how many entries made in the app the bundle changes', () => {
    expect(parseImportReport({ ok: false, conflicts: 3, errors: [] })?.conflicts).toBe(3);
    expect(parseImportReport({ ok: false, conflicts: '3', errors: [] })?.conflicts).toBe(0);
  });

  it('reads the changed rows and each problem’s code and values', () => {
    const report = parseImportReport({
      ok: true,
      changes: {
        items: {
          rows: [{ key: 'selbstanalyse, KO01', fields: [{ column: 'text_de', old: 'Alt', new: 'Neu' }] }],
          more: 3,
        },
      },
      problems: [
        {
          file: 'checkins.csv',
          line: 2,
          column: 'gas_level',
          message: '3 is above the maximum 2',
          code: 'above_max',
          params: { value: 3, max: 2, bogus: { nested: true } },
        },
      ],
    });
    expect(report?.changes).toEqual({
      items: {
        rows: [{ key: 'selbstanalyse, KO01', fields: [{ column: 'text_de', old: 'Alt', new: 'Neu' }] }],
        more: 3,
      },
    });
    expect(report?.problems).toEqual([
      {
        file: 'checkins.csv',
        line: 2,
        column: 'gas_level',
        message: '3 is above the maximum 2',
        code: 'above_max',
        params: { value: 3, max: 2 },
      },
    ]);
  });

  it('leaves out what an older answer does not carry, without failing', () => {
    const report = parseImportReport({
      ok: false,
      errors: ['x.csv:1: -: broken'],
      problems: [{ file: 'x.csv' }],
    });
    expect(report?.changes).toEqual({});
    expect(report?.conflicts).toBe(0);
    expect(report?.problems[0]).toMatchObject({ code: '', params: {} });
    expect(parseImportReport({ ok: true, changes: { items: { rows: 'no' } } })?.changes).toEqual({
      items: { rows: [], more: 0 },
    });
  });
});
