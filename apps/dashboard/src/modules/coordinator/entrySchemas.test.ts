import { ENTRY_LIMITS } from '@mintq/contract';
import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de.js';
import { translate } from '../../i18n/translate.js';
import { activitySchema, checkinSchema, goalSchema, parseCount, parseDecimal } from './entrySchemas.js';

const t = (key: keyof typeof de, params?: Record<string, string | number>) => translate(de, key, params);
const formatDate = (v: string) => v.split('-').reverse().join('.');

/** The messages of a failed parse by field path (`levels.2`), or {} when it passed. */
function errorsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

const goal = {
  expectedVersion: null,
  cohortKey: 'K2026',
  title: 'Mehr Schulen im Netzwerk',
  description: 'Schulen kennen das Netzwerk',
  staircaseLevel: '4',
  weight: '1',
  levels: ['keine', 'eine', 'zwei', 'drei', 'vier'] as [string, string, string, string, string],
  measurementPlan: 'Teilnahmelisten',
  dueOn: '2027-06-01',
};
const goalContext = { cohortKeys: ['K2026'], earliestDueOn: '2026-12-05', formatDate };

describe('goalSchema', () => {
  it('accepts a complete goal', () => {
    expect(errorsOf(goalSchema(t, goalContext).safeParse(goal))).toEqual({});
  });

  it('says at each empty field that it must be filled in, the five levels one by one', () => {
    const empty = {
      ...goal,
      title: ' ',
      description: '',
      levels: ['a', '', 'c', '  ', 'e'],
      measurementPlan: '',
    };
    expect(errorsOf(goalSchema(t, goalContext).safeParse(empty))).toEqual({
      title: de['my.form.required'],
      description: de['my.form.required'],
      'levels.1': de['my.form.required'],
      'levels.3': de['my.form.required'],
      measurementPlan: de['my.form.required'],
    });
  });

  it('refuses too long texts, an unknown cohort or staircase level, a weight out of range, a due date before the set date', () => {
    const bad = {
      ...goal,
      cohortKey: 'K1999',
      title: 'x'.repeat(ENTRY_LIMITS.titleMaxChars + 1),
      staircaseLevel: '8',
      weight: '10,5',
      dueOn: '2026-12-04',
    };
    expect(errorsOf(goalSchema(t, goalContext).safeParse(bad))).toEqual({
      cohortKey: de['my.form.choose'],
      title: translate(de, 'my.form.tooLong', { max: ENTRY_LIMITS.titleMaxChars }),
      staircaseLevel: de['my.form.choose'],
      weight: translate(de, 'my.form.weight', { min: 0.1, max: 10 }),
      dueOn: translate(de, 'my.form.dateBefore', { date: '05.12.2026' }),
    });
    expect(errorsOf(goalSchema(t, goalContext).safeParse({ ...goal, dueOn: '2027-02-30' }))).toEqual({
      dueOn: de['my.form.date'],
    });
  });

  it('takes a decimal comma for the weight', () => {
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal('0.1')).toBe(0.1);
    expect(parseDecimal('abc')).toBeNaN();
    expect(errorsOf(goalSchema(t, goalContext).safeParse({ ...goal, weight: '0,1' }))).toEqual({});
  });
});

describe('checkinSchema', () => {
  const schema = checkinSchema(t, { setOn: '2026-06-01', today: '2026-12-05', formatDate });

  it('accepts an interim check-in with no note', () => {
    expect(errorsOf(schema.safeParse({ checkedOn: '2026-09-01', gasLevel: '-1', note: '' }))).toEqual({});
  });

  it('refuses a date in the future or before the goal was set, and a missing level', () => {
    expect(errorsOf(schema.safeParse({ checkedOn: '2026-12-06', gasLevel: '', note: '' }))).toEqual({
      checkedOn: de['my.form.dateFuture'],
      gasLevel: de['my.form.choose'],
    });
    expect(errorsOf(schema.safeParse({ checkedOn: '2026-05-31', gasLevel: '3', note: '' }))).toEqual({
      checkedOn: translate(de, 'my.form.dateBefore', { date: '01.06.2026' }),
      gasLevel: de['my.form.choose'],
    });
  });
});

describe('activitySchema', () => {
  const schema = activitySchema(t, {
    formats: ['WORKSHOP', 'OTHER'],
    kinds: ['SCHOOL'],
    earliest: '2026-01-15',
    today: '2026-12-05',
    formatDate,
  });
  const activity = {
    occurredOn: '2026-11-20',
    format: 'WORKSHOP',
    title: 'MINT-Tag',
    educatorsReached: '12',
    youthReachedEstimate: '',
    initiativeKeys: ['ini-1'],
    newInitiatives: [],
  };

  it('accepts an activity reaching an existing initiative, or only a new one', () => {
    expect(errorsOf(schema.safeParse(activity))).toEqual({});
    expect(
      errorsOf(
        schema.safeParse({
          ...activity,
          initiativeKeys: [],
          newInitiatives: [{ name: 'Schülerlabor Ost', kind: '' }],
        }),
      ),
    ).toEqual({});
  });

  it('wants at least one initiative', () => {
    expect(errorsOf(schema.safeParse({ ...activity, initiativeKeys: [] }))).toEqual({
      initiativeKeys: de['my.form.initiativeRequired'],
    });
  });

  it('says everything that is wrong about an empty form at once', () => {
    const empty = {
      ...activity,
      occurredOn: '',
      format: '',
      title: '',
      educatorsReached: '-1',
      initiativeKeys: [],
    };
    expect(errorsOf(schema.safeParse(empty))).toEqual({
      occurredOn: de['my.form.date'],
      format: de['my.form.choose'],
      title: de['my.form.required'],
      educatorsReached: translate(de, 'my.form.count', { max: ENTRY_LIMITS.reachedMax }),
      initiativeKeys: de['my.form.initiativeRequired'],
    });
  });

  it('refuses a date before the first cohort, a count above the limit, a new initiative without a name', () => {
    const bad = {
      ...activity,
      occurredOn: '2026-01-14',
      youthReachedEstimate: String(ENTRY_LIMITS.reachedMax + 1),
      newInitiatives: [{ name: '', kind: 'SCHOOL' }],
    };
    expect(errorsOf(schema.safeParse(bad))).toEqual({
      occurredOn: translate(de, 'my.form.dateBefore', { date: '15.01.2026' }),
      youthReachedEstimate: translate(de, 'my.form.count', { max: ENTRY_LIMITS.reachedMax }),
      'newInitiatives.0.name': de['my.form.required'],
    });
  });

  it('reads counts: empty is none, anything but a whole number is wrong', () => {
    expect(parseCount('')).toBeNull();
    expect(parseCount(' 7 ')).toBe(7);
    expect(parseCount('1.5')).toBeNaN();
  });
});
