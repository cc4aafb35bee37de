import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { ENTRY_LIMITS, GAS_LEVELS, STAIRCASE_LEVELS } from '@mintq/contract';
import { todayInBerlin } from '@mintq/ui';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphqlErrorCode } from '../../../common/graphqlErrorCode.js';
import type { MyGoalFieldsFragment, MyParticipationQuery } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { SelectControl, TextField } from '../../accounts/components/FormField.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import { type GoalFormValues, goalSchema, parseDecimal } from '../entrySchemas.js';
import { gasLevelLabel, gasLevelSign } from '../gasLevels.js';
import { saveMyGoalMutation } from '../graphql/myEntriesQueries.js';
import { useFormDraft } from '../hooks/useFormDraft.js';
import { ChoiceGroup, DraftNotice, FormActions, SaveError, TextAreaField } from './EntryFields.js';

type Enrollment = MyParticipationQuery['myParticipation']['enrollments'][number];

/** Props of {@link GoalForm}. */
export interface GoalFormProps {
  /** The goal to change; null for a new one. */
  goal: MyGoalFieldsFragment | null;
  /** The cohorts the coordinator may set a goal in (enrolled, not withdrawn), newest first. */
  enrollments: readonly Enrollment[];
  onSaved(goal: MyGoalFieldsFragment): void;
  onCancel(): void;
  /** Loads the goals afresh; resolves to the goal as stored now (after a conflict). */
  reload(): Promise<MyGoalFieldsFragment | undefined>;
}

/** A goal's five expected outcomes as stored, −2 … +2. */
function storedLevels(goal: MyGoalFieldsFragment): GoalFormValues['levels'] {
  const text = (level: number) => goal.levels.find((l) => l.level === level)?.description ?? '';
  return [text(-2), text(-1), text(0), text(1), text(2)];
}

function defaultsOf(goal: MyGoalFieldsFragment | null, enrollments: readonly Enrollment[]): GoalFormValues {
  if (goal) {
    return {
      expectedVersion: goal.version,
      cohortKey: goal.cohortKey,
      title: goal.title,
      description: goal.description ?? '',
      staircaseLevel: String(goal.staircaseLevel),
      weight: String(goal.weight),
      levels: storedLevels(goal),
      measurementPlan: goal.measurementPlan ?? '',
      dueOn: goal.dueOn,
    };
  }
  const first = enrollments[0];
  return {
    expectedVersion: null,
    cohortKey: first?.cohortKey ?? '',
    title: '',
    description: '',
    staircaseLevel: '',
    weight: '1',
    levels: ['', '', '', '', ''],
    measurementPlan: '',
    dueOn: first?.defaultGoalDueOn ?? '',
  };
}

/**
 * Creates or changes a goal the way Goal Attainment Scaling wants it: what should change, the
 * staircase level and weight, the expected outcome at each of the five levels (frozen after the
 * first check-in), how it is measured, and when it is due. What is typed survives a failed save,
 * a lost connection and a reload (draft).
 */
export function GoalForm({ goal, enrollments, onSaved, onCancel, reload }: GoalFormProps) {
  const { t, format } = useI18n();
  const { viewer } = useViewer();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const today = todayInBerlin();
  const schema = useMemo(
    () =>
      goalSchema(t, {
        cohortKeys: goal ? [goal.cohortKey] : enrollments.map((e) => e.cohortKey),
        earliestDueOn: goal?.setOn ?? today,
        formatDate: format.date,
      }),
    [t, format, goal, enrollments, today],
  );
  const form = useForm<GoalFormValues>({
    resolver: zodResolver(schema),
    defaultValues: defaultsOf(goal, enrollments),
  });
  const { register, handleSubmit, formState, setValue } = form;
  const draft = useFormDraft({ form, email: viewer?.email, name: 'goal', entryKey: goal?.key ?? null });
  const [save, { loading, error, reset: resetMutation }] = useMutation(saveMyGoalMutation);
  const [reloaded, setReloaded] = useState(false);
  const [frozen, setFrozen] = useState(goal?.levelsFrozen ?? false);
  const errors = formState.errors;

  useEffect(() => heading.current?.focus(), []);

  // A draft from before the first check-in brings old level texts back: frozen ones show as stored.
  useEffect(() => {
    if (goal && frozen && draft.restored) setValue('levels', storedLevels(goal));
  }, [goal, frozen, draft.restored, setValue]);

  const onSubmit = handleSubmit(async (values) => {
    setReloaded(false);
    const result = await save({
      variables: {
        input: {
          key: goal?.key ?? null,
          expectedVersion: goal ? values.expectedVersion : null,
          cohortKey: values.cohortKey,
          title: values.title.trim(),
          description: values.description.trim(),
          staircaseLevel: Number(values.staircaseLevel),
          weight: parseDecimal(values.weight),
          // Frozen levels are sent as stored: a draft from before the first check-in cannot change them.
          levels: goal && frozen ? storedLevels(goal) : values.levels.map((l) => l.trim()),
          measurementPlan: values.measurementPlan.trim(),
          dueOn: values.dueOn,
        },
      },
    }).catch(() => null);
    const saved = result?.data?.saveMyGoal;
    if (!saved) return;
    draft.clear();
    onSaved(saved);
  });

  // Someone changed the goal meanwhile: load its version, keep every typed value, save again.
  const onReload = async () => {
    const fresh = await reload().catch(() => undefined);
    if (!fresh) return;
    setValue('expectedVersion', fresh.version);
    setFrozen(fresh.levelsFrozen);
    if (fresh.levelsFrozen) setValue('levels', storedLevels(fresh));
    resetMutation();
    setReloaded(true);
  };

  const title = goal ? t('my.goals.edit') : t('my.goals.new');
  const cohortOptions = enrollments.map((e) => ({ value: e.cohortKey, label: e.cohortLabel }));
  const fixedCohort = goal
    ? (enrollments.find((e) => e.cohortKey === goal.cohortKey)?.cohortLabel ?? goal.cohortKey)
    : null;
  return (
    <section className="mq-app-card my-card my-form-card" aria-labelledby={headingId} data-testid="goal-form">
      <h2 className="mq-app-section-title" id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <DraftNotice draft={draft} />
      <form className="ac-form my-form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        {fixedCohort !== null || cohortOptions.length === 1 ? (
          <p className="my-fixed">
            <span className="my-fixed__label">{t('my.goalForm.cohort')}: </span>
            {fixedCohort ?? cohortOptions[0]?.label}
          </p>
        ) : (
          <SelectControl
            label={t('my.goalForm.cohort')}
            options={cohortOptions}
            error={errors.cohortKey?.message}
            {...register('cohortKey', {
              // A new goal's suggested due date follows the chosen cohort, unless one was typed.
              onChange: (event: { target: { value: string } }) => {
                const enrollment = enrollments.find((e) => e.cohortKey === event.target.value);
                if (enrollment && !formState.dirtyFields.dueOn)
                  setValue('dueOn', enrollment.defaultGoalDueOn);
              },
            })}
          />
        )}
        <TextField
          label={t('my.goalForm.title')}
          maxLength={ENTRY_LIMITS.titleMaxChars}
          error={errors.title?.message}
          {...register('title')}
        />
        <TextAreaField
          label={t('my.goalForm.description')}
          maxLength={ENTRY_LIMITS.textMaxChars}
          error={errors.description?.message}
          {...register('description')}
        />
        <ChoiceGroup
          legend={t('my.goalForm.staircase')}
          error={errors.staircaseLevel?.message}
          testId="staircase"
        >
          {(describedBy, invalid) =>
            STAIRCASE_LEVELS.map((level) => (
              <label key={level} className="my-choice">
                <input
                  type="radio"
                  value={String(level)}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  {...register('staircaseLevel')}
                />
                <span>{t('my.goalForm.staircaseOption', { level, text: t(`goals.stair.${level}`) })}</span>
              </label>
            ))
          }
        </ChoiceGroup>
        <TextField
          label={t('my.goalForm.weight')}
          hint={t('my.goalForm.weightHint', {
            min: format.number(ENTRY_LIMITS.weightMin, 1),
            max: format.number(ENTRY_LIMITS.weightMax),
          })}
          inputMode="decimal"
          error={errors.weight?.message}
          {...register('weight')}
        />
        <fieldset className="my-choices my-levels" data-testid="goal-levels">
          <legend>{t('my.goalForm.levels')}</legend>
          <p className="ac-field__hint">
            {frozen ? t('my.goalForm.levelsFrozen') : t('my.goalForm.levelsHint')}
          </p>
          {GAS_LEVELS.map((level, i) => (
            <TextAreaField
              key={level}
              label={t('my.goalForm.level', { level: gasLevelSign(level), label: t(gasLevelLabel(level)) })}
              hint={frozen ? t('my.goalForm.levelsFrozen') : undefined}
              maxLength={ENTRY_LIMITS.textMaxChars}
              rows={2}
              readOnly={frozen}
              error={errors.levels?.[i]?.message}
              {...register(`levels.${i}` as `levels.0`)}
            />
          ))}
        </fieldset>
        <TextAreaField
          label={t('my.goalForm.measurementPlan')}
          maxLength={ENTRY_LIMITS.textMaxChars}
          error={errors.measurementPlan?.message}
          {...register('measurementPlan')}
        />
        <TextField
          label={t('my.goalForm.dueOn')}
          hint={goal ? undefined : t('my.goalForm.dueOnHint')}
          type="date"
          min={goal?.setOn ?? today}
          error={errors.dueOn?.message}
          {...register('dueOn')}
        />
        {reloaded ? (
          <p className="mq-app-notice" role="status">
            {t('my.form.reloaded')}
          </p>
        ) : null}
        <SaveError error={error}>
          {graphqlErrorCode(error) === 'CONFLICT' ? (
            <button type="button" className="mq-button mq-button--quiet" onClick={() => void onReload()}>
              {t('my.form.reload')}
            </button>
          ) : null}
        </SaveError>
        <FormActions saveLabel="my.goalForm.save" loading={loading} draft={draft} onCancel={onCancel} />
      </form>
    </section>
  );
}
