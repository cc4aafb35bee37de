import { ACTIVITY_EDIT_DAYS_RANGE, ENTRY_LIMITS } from '@mintq/contract';
import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de.js';
import { translate } from '../../i18n/translate.js';
import {
  berlinWallTimeToIso,
  EMPTY_REMINDER_FORM,
  editWindowSchema,
  reminderFormSchema,
  reminderInput,
  suggestedKind,
} from './completenessForms.js';

const t = (key: keyof typeof de, params?: Record<string, string | number>) => translate(de, key, params);
/** 5 December 2026, 12:00 in Berlin (11:00 UTC). */
const NOW = Date.parse('2026-12-05T11:00:00Z');

describe('German wall time to an instant', () => {
  it('reads the time as Berlin time in winter and in summer', () => {
    expect(berlinWallTimeToIso('2026-12-05T08:00')).toBe('2026-12-05T07:00:00.000Z');
    expect(berlinWallTimeToIso('2026-07-01T08:00')).toBe('2026-07-01T06:00:00.000Z');
  });

  it('handles the nights the clocks change', () => {
    // 29 March 2026: 02:00 → 03:00; 25 October 2026: 03:00 → 02:00.
    expect(berlinWallTimeToIso('2026-03-29T01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(berlinWallTimeToIso('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(berlinWallTimeToIso('2026-10-25T04:00')).toBe('2026-10-25T03:00:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(berlinWallTimeToIso('')).toBeNull();
    expect(berlinWallTimeToIso('2026-02-30T08:00')).toBeNull();
    expect(berlinWallTimeToIso('05.12.2026 08:00')).toBeNull();
  });
});

describe('the reminder form', () => {
  const schema = reminderFormSchema(t, () => NOW);

  it('sends now without a time', () => {
    expect(schema.safeParse(EMPTY_REMINDER_FORM).success).toBe(true);
  });

  it('wants a time still to come when sent later, at the field, in German', () => {
    const missing = schema.safeParse({ ...EMPTY_REMINDER_FORM, when: 'later' });
    expect(missing.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['sendAt'], 'Bitte geben Sie Datum und Uhrzeit an.'],
    ]);
    const past = schema.safeParse({ ...EMPTY_REMINDER_FORM, when: 'later', sendAt: '2026-12-05T11:59' });
    expect(past.error?.issues[0]?.message).toBe('Dieser Zeitpunkt ist schon vorbei.');
    expect(
      schema.safeParse({ ...EMPTY_REMINDER_FORM, when: 'later', sendAt: '2026-12-05T12:01' }).success,
    ).toBe(true);
  });

  it('refuses a message longer than the contract allows', () => {
    const long = schema.safeParse({
      ...EMPTY_REMINDER_FORM,
      message: 'x'.repeat(ENTRY_LIMITS.textMaxChars + 1),
    });
    expect(long.error?.issues[0]?.path).toEqual(['message']);
    expect(long.error?.issues[0]?.message).toContain(`höchstens ${ENTRY_LIMITS.textMaxChars} Zeichen`);
  });

  it('gives the API the instant, and no message when none was typed', () => {
    expect(reminderInput('K1', ['P1', 'P2'], { ...EMPTY_REMINDER_FORM, message: '  ' })).toEqual({
      cohort: 'K1',
      participantKeys: ['P1', 'P2'],
      kind: 'SET_GOAL',
      message: null,
      sendAt: null,
    });
    expect(
      reminderInput('K1', ['P1'], {
        kind: 'GOAL_OVERDUE',
        message: ' Bitte bis Freitag. ',
        when: 'later',
        sendAt: '2026-12-07T08:00',
      }),
    ).toMatchObject({
      kind: 'GOAL_OVERDUE',
      message: 'Bitte bis Freitag.',
      sendAt: '2026-12-07T07:00:00.000Z',
    });
  });
});

describe('the edit window form', () => {
  const schema = editWindowSchema(t);

  it('takes whole days within the range', () => {
    expect(schema.parse({ days: ' 21 ' })).toEqual({ days: 21 });
    expect(schema.parse({ days: String(ACTIVITY_EDIT_DAYS_RANGE.min) })).toEqual({ days: 0 });
    expect(schema.parse({ days: String(ACTIVITY_EDIT_DAYS_RANGE.max) })).toEqual({
      days: ACTIVITY_EDIT_DAYS_RANGE.max,
    });
  });

  it('refuses fractions, negatives, text and too many days with one sentence', () => {
    const message = `Bitte geben Sie eine ganze Zahl von ${ACTIVITY_EDIT_DAYS_RANGE.min} bis ${ACTIVITY_EDIT_DAYS_RANGE.max} ein.`;
    for (const days of ['1.5', '-1', 'zwei', '', String(ACTIVITY_EDIT_DAYS_RANGE.max + 1)]) {
      const result = schema.safeParse({ days });
      expect(result.error?.issues[0]?.message, days).toBe(message);
    }
  });
});

describe('the reason offered first', () => {
  const none = { goals: 0, checkinDue: false, checkinOverdue: false };
  const due = { goals: 1, checkinDue: true, checkinOverdue: false };
  const overdue = { goals: 1, checkinDue: false, checkinOverdue: true };

  it('is the one that fits everyone chosen', () => {
    expect(suggestedKind([none, none])).toBe('SET_GOAL');
    expect(suggestedKind([overdue])).toBe('GOAL_OVERDUE');
    expect(suggestedKind([due, due])).toBe('GOAL_DUE_SOON');
  });

  it('is "log activities" for a mixed choice, which fits anyone', () => {
    expect(suggestedKind([none, due])).toBe('LOG_ACTIVITY');
    expect(suggestedKind([due, overdue])).toBe('LOG_ACTIVITY');
    expect(suggestedKind([])).toBe('LOG_ACTIVITY');
  });
});
