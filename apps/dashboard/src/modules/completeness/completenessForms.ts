import { ACTIVITY_EDIT_DAYS_RANGE, ENTRY_LIMITS } from '@mintq/contract';
import { BERLIN_TIME_ZONE } from '@mintq/ui';
import { z } from '../../common/zod.js';
import type { I18nValue } from '../../i18n/I18nContext.js';
import type { CompletenessPerson } from './completenessRows.js';

/** The reasons a project lead can remind of, in the order the form offers them (GraphQL `ReminderKind`). */
export const REMINDER_KIND_OPTIONS = ['SET_GOAL', 'GOAL_DUE_SOON', 'GOAL_OVERDUE', 'LOG_ACTIVITY'] as const;

/** The reminder form's rules, worded in the reader's language; "at a time" needs a time still to come. */
export function reminderFormSchema(t: I18nValue['t'], now: () => number = Date.now) {
  return z
    .object({
      kind: z.enum(REMINDER_KIND_OPTIONS),
      message: z
        .string()
        .max(
          ENTRY_LIMITS.textMaxChars,
          t('completeness.reminder.messageTooLong', { max: ENTRY_LIMITS.textMaxChars }),
        ),
      when: z.enum(['now', 'later']),
      sendAt: z.string(),
    })
    .superRefine((values, context) => {
      if (values.when !== 'later') return;
      const instant = berlinWallTimeToIso(values.sendAt);
      if (instant === null) {
        context.addIssue({
          code: 'custom',
          path: ['sendAt'],
          message: t('completeness.reminder.sendAtRequired'),
        });
      } else if (Date.parse(instant) <= now()) {
        context.addIssue({
          code: 'custom',
          path: ['sendAt'],
          message: t('completeness.reminder.sendAtPast'),
        });
      }
    });
}

/** What the reminder form holds. */
export type ReminderFormValues = z.infer<ReturnType<typeof reminderFormSchema>>;

/** The form's start: a reminder to set a goal, sent now. */
export const EMPTY_REMINDER_FORM: ReminderFormValues = {
  kind: 'SET_GOAL',
  message: '',
  when: 'now',
  sendAt: '',
};

/**
 * The reason the form offers first for these people: the one that fits them all (no goal, check-in
 * overdue, check-in due), else "log activities", which fits everyone. The API refuses a goal
 * reminder that does not fit one of them.
 */
export function suggestedKind(
  people: readonly Pick<CompletenessPerson, 'goals' | 'checkinDue' | 'checkinOverdue'>[],
): ReminderFormValues['kind'] {
  if (people.length === 0) return 'LOG_ACTIVITY';
  if (people.every((p) => p.goals === 0)) return 'SET_GOAL';
  if (people.every((p) => p.checkinOverdue)) return 'GOAL_OVERDUE';
  if (people.every((p) => p.checkinDue)) return 'GOAL_DUE_SOON';
  return 'LOG_ACTIVITY';
}

/** The GraphQL `ReminderInput` of the form's values for a cohort and the chosen people. */
export function reminderInput(
  cohort: string,
  participantKeys: readonly string[],
  values: ReminderFormValues,
) {
  const message = values.message.trim();
  return {
    cohort,
    participantKeys: [...participantKeys],
    kind: values.kind,
    message: message === '' ? null : message,
    sendAt: values.when === 'later' ? berlinWallTimeToIso(values.sendAt) : null,
  };
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant of a `datetime-local` value read as German time (the programme's clock, whatever
 * the browser's zone), as ISO 8601; null when it is no such value. The 02:00–03:00 gap of the
 * spring change reads as the hour after it.
 */
export function berlinWallTimeToIso(value: string): string | null {
  const match = WALL_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(asUtc).getUTCDate() !== day) return null;
  // Berlin is UTC+1 or +2: its offset at the guess, then once more at the corrected instant.
  let instant = asUtc - berlinOffset(asUtc);
  instant = asUtc - berlinOffset(instant);
  return new Date(instant).toISOString();
}

const berlinParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: BERLIN_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Milliseconds Berlin's wall clock is ahead of UTC at an instant. */
function berlinOffset(instant: number): number {
  const parts = Object.fromEntries(berlinParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return wall - Math.floor(instant / 60_000) * 60_000;
}

/** The edit window form's rule: a whole number of days within the contract's range. */
export function editWindowSchema(t: I18nValue['t']) {
  const message = t('completeness.window.invalid', ACTIVITY_EDIT_DAYS_RANGE);
  return z.object({
    days: z
      .string()
      .trim()
      .regex(/^\d+$/, message)
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(ACTIVITY_EDIT_DAYS_RANGE.min, message)
          .max(ACTIVITY_EDIT_DAYS_RANGE.max, message),
      ),
  });
}
