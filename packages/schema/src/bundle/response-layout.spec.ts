import { describe, expect, it } from 'vitest';
import { readResponseHeader, readResponseRow } from './response-layout.js';

const scales = new Map([
  ['KO01', { min: 1, max: 5 }],
  ['KO02', { min: 1, max: 5 }],
]);

describe('readResponseHeader', () => {
  it("recognises mintq's own format", () => {
    const { layout, problems } = readResponseHeader([
      'response_id',
      'participant_key',
      'submitted_at',
      'KO01',
      'KO02',
    ]);
    expect(problems).toEqual([]);
    expect(layout.format).toBe('mintq');
    expect(layout.columns.filter((c) => c.role === 'item').map((c) => c.itemCode)).toEqual(['KO01', 'KO02']);
  });

  it("recognises LimeSurvey's export: id, token, submitdate, GROUP[ITEM], bookkeeping ignored", () => {
    const { layout, problems } = readResponseHeader([
      'id',
      'submitdate',
      'lastpage',
      'startlanguage',
      'seed',
      'token',
      'SA[KO01]',
      'SA[KO02]',
    ]);
    expect(problems).toEqual([]);
    expect(layout.format).toBe('limesurvey');
    expect(layout.columns.map((c) => c.itemCode ?? c.role)).toEqual([
      'response_id',
      'submitted_at',
      'ignored',
      'ignored',
      'ignored',
      'participant_key',
      'KO01',
      'KO02',
    ]);
  });

  it("recognises SoSci Survey's export: CASE, SERIAL, LASTDATA, FINISHED, TIME* ignored", () => {
    const { layout } = readResponseHeader([
      'CASE',
      'SERIAL',
      'REF',
      'QUESTNNR',
      'KO01',
      'TIME001',
      'MISSING',
      'FINISHED',
      'LASTDATA',
    ]);
    expect(layout.format).toBe('sosci');
    expect(layout.columns.map((c) => c.itemCode ?? c.role)).toEqual([
      'response_id',
      'participant_key',
      'ignored',
      'ignored',
      'KO01',
      'ignored',
      'ignored',
      'finished',
      'submitted_at',
    ]);
  });

  it('requires the response id and refuses a column twice', () => {
    expect(readResponseHeader(['participant_key', 'KO01', 'KO01']).problems).toMatchObject([
      { column: 'response_id', message: 'missing required column' },
      { column: 'KO01', message: 'duplicate column' },
    ]);
  });
});

describe('readResponseRow', () => {
  it('reads answers and leaves empty cells out', () => {
    const { layout } = readResponseHeader(['response_id', 'participant_key', 'submitted_at', 'KO01', 'KO02']);
    const { row, problems } = readResponseRow(['7', 'P0003', '2024-12-02T08:51:00', '4', ''], layout, scales);
    expect(problems).toEqual([]);
    expect(row).toEqual({
      responseId: '7',
      participantKey: 'P0003',
      submittedAt: '2024-12-02T07:51:00.000Z',
      skipped: false,
      answers: [['KO01', 4]],
    });
  });

  it('skips an incomplete LimeSurvey response (no submitdate)', () => {
    const { layout } = readResponseHeader(['id', 'submitdate', 'token', 'SA[KO01]']);
    expect(readResponseRow(['3', '', 'P1', '2'], layout, scales).row.skipped).toBe(true);
  });

  it('skips an unfinished SoSci response and reads negative codes as missing answers', () => {
    const { layout } = readResponseHeader(['CASE', 'SERIAL', 'KO01', 'KO02', 'FINISHED', 'LASTDATA']);
    const finished = readResponseRow(['101', 'P1', '-9', '3', '1', '2025-12-04 20:32:00'], layout, scales);
    expect(finished.row.answers).toEqual([['KO02', 3]]);
    expect(finished.row.skipped).toBe(false);
    expect(readResponseRow(['102', 'P2', '-1', '3', '0', ''], layout, scales).row.skipped).toBe(true);
  });

  it('rejects answers outside the scale and values that are not whole numbers', () => {
    const { layout } = readResponseHeader(['response_id', 'KO01', 'KO02']);
    expect(readResponseRow(['1', '6', 'x'], layout, scales).problems).toMatchObject([
      { column: 'KO01', message: "answer 6 outside the item's scale 1…5" },
      { column: 'KO02', message: 'invalid answer "x" (expected a whole number)' },
    ]);
    // Outside SoSci, a negative number is an answer like any other, and out of range here.
    expect(readResponseRow(['1', '-9', ''], layout, scales).problems).toMatchObject([
      { column: 'KO01', message: "answer -9 outside the item's scale 1…5" },
    ]);
  });
});
