import { ENTRY_LIMITS, GAS_LEVELS, STAIRCASE_LEVELS } from '@mintq/contract';
import { z } from '../../common/zod.js';
import type { I18nValue } from '../../i18n/I18nContext.js';

type T = I18nValue['t'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date `YYYY-MM-DD` (not 2026-02-30). */
function isDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A text that must be given, at most `max` characters (spaces at the ends do not count). */
function requiredText(t: T, max: number) {
  return z
    .string()
    .trim()
    .min(1, { message: t('my.form.required') })
    .max(max, { message: t('my.form.tooLong', { max }) });
}

/** A text that may stay empty, at most `max` characters. */
function optionalText(t: T, max: number) {
  return z
    .string()
    .trim()
    .max(max, { message: t('my.form.tooLong', { max }) });
}

/** A number as typed in German or English, `1,5` or `1.5`; NaN when it is none. */
export function parseDecimal(value: string): number {
  const text = value.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** A count typed or left empty: null when empty, NaN when it is no whole number. */
export function parseCount(value: string): number | null {
  const text = value.trim();
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** A choice among radio buttons or options: its messages say "choose", not "fill in". */
function choice(t: T, values: readonly string[]) {
  return z.string().refine((v) => values.includes(v), { message: t('my.form.choose') });
}

/** What a goal form holds: every value as typed (strings), checked before it is sent. */
export interface GoalFormContext {
  cohortKeys: readonly string[];
  /** Earliest due date: the goal's set date, or today for a new goal. */
  earliestDueOn: string;
  /** Dates are shown in the reader's format in messages. */
  formatDate(value: string): string;
}

/** The goal form's rules (contract "Goal rules"), with messages in the reader's language. */
export function goalSchema(t: T, context: GoalFormContext) {
  const level = requiredText(t, ENTRY_LIMITS.textMaxChars);
  return z.object({
    expectedVersion: z.number().nullable(),
    cohortKey: choice(t, context.cohortKeys),
    title: requiredText(t, ENTRY_LIMITS.titleMaxChars),
    description: requiredText(t, ENTRY_LIMITS.textMaxChars),
    staircaseLevel: choice(
      t,
      STAIRCASE_LEVELS.map((l) => String(l)),
    ),
    weight: z.string().refine(
      (v) => {
        const n = parseDecimal(v);
        return n >= ENTRY_LIMITS.weightMin && n <= ENTRY_LIMITS.weightMax;
      },
      { message: t('my.form.weight', { min: ENTRY_LIMITS.weightMin, max: ENTRY_LIMITS.weightMax }) },
    ),
    levels: z.tuple([level, level, level, level, level]),
    measurementPlan: requiredText(t, ENTRY_LIMITS.textMaxChars),
    dueOn: z
      .string()
      .refine(isDate, { message: t('my.form.date') })
      .refine((v) => !isDate(v) || v >= context.earliestDueOn, {
        message: t('my.form.dateBefore', { date: context.formatDate(context.earliestDueOn) }),
      }),
  });
}
export type GoalFormValues = z.infer<ReturnType<typeof goalSchema>>;

/** The check-in form's rules: on or after the goal's set date, not after today, a level −2…+2. */
export function checkinSchema(
  t: T,
  { setOn, today, formatDate }: { setOn: string; today: string; formatDate(value: string): string },
) {
  return z.object({
    checkedOn: z
      .string()
      .refine(isDate, { message: t('my.form.date') })
      .refine((v) => !isDate(v) || v <= today, { message: t('my.form.dateFuture') })
      .refine((v) => !isDate(v) || v >= setOn, {
        message: t('my.form.dateBefore', { date: formatDate(setOn) }),
      }),
    gasLevel: choice(
      t,
      GAS_LEVELS.map((l) => String(l)),
    ),
    note: optionalText(t, ENTRY_LIMITS.textMaxChars),
  });
}
export type CheckinFormValues = z.infer<ReturnType<typeof checkinSchema>>;

/** A count field of the activity form: empty, or a whole number 0…reachedMax. */
function countField(t: T) {
  return z.string().refine(
    (v) => {
      const n = parseCount(v);
      return n === null || (n >= 0 && n <= ENTRY_LIMITS.reachedMax);
    },
    { message: t('my.form.count', { max: ENTRY_LIMITS.reachedMax }) },
  );
}

/** The activity form's rules (contract "Activity rules"): at least one initiative, picked or new. */
export function activitySchema(
  t: T,
  {
    formats,
    kinds,
    earliest,
    today,
    formatDate,
  }: {
    formats: readonly string[];
    /** Initiative kinds a new one may have; '' is "not given". */
    kinds: readonly string[];
    /** The coordinator's first cohort start, when known. */
    earliest: string | undefined;
    today: string;
    formatDate(value: string): string;
  },
) {
  return z
    .object({
      occurredOn: z
        .string()
        .refine(isDate, { message: t('my.form.date') })
        .refine((v) => !isDate(v) || v <= today, { message: t('my.form.dateFuture') })
        .refine((v) => !isDate(v) || earliest === undefined || v >= earliest, {
          message: t('my.form.dateBefore', { date: earliest ? formatDate(earliest) : '' }),
        }),
      format: choice(t, formats),
      title: requiredText(t, ENTRY_LIMITS.titleMaxChars),
      educatorsReached: countField(t),
      youthReachedEstimate: countField(t),
      initiativeKeys: z.array(z.string()),
      newInitiatives: z.array(
        z.object({ name: requiredText(t, ENTRY_LIMITS.titleMaxChars), kind: choice(t, ['', ...kinds]) }),
      ),
    })
    .refine((v) => v.initiativeKeys.length + v.newInitiatives.length > 0, {
      message: t('my.form.initiativeRequired'),
      path: ['initiativeKeys'],
    });
}
export type ActivityFormValues = z.infer<ReturnType<typeof activitySchema>>;
