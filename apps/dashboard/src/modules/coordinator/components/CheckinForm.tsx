import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { ENTRY_LIMITS, GAS_LEVELS } from '@mintq/contract';
import { todayInBerlin } from '@mintq/ui';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import type { MyGoalFieldsFragment } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { TextField } from '../../accounts/components/FormField.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import { type CheckinFormValues, checkinSchema } from '../entrySchemas.js';
import { gasLevelLabel, gasLevelSign } from '../gasLevels.js';
import { recordMyCheckinMutation } from '../graphql/myEntriesQueries.js';
import { useFormDraft } from '../hooks/useFormDraft.js';
import { ChoiceGroup, DraftNotice, FormActions, SaveError, TextAreaField } from './EntryFields.js';

/** Props of {@link CheckinForm}. */
export interface CheckinFormProps {
  goal: MyGoalFieldsFragment;
  onSaved(goal: MyGoalFieldsFragment): void;
  onCancel(): void;
}

/**
 * Zielüberprüfung: the date, the level reached picked by the outcome the coordinator described
 * for it, and a note. Before the due date it is an interim check-in, and the form says so.
 */
export function CheckinForm({ goal, onSaved, onCancel }: CheckinFormProps) {
  const { t, format } = useI18n();
  const { viewer } = useViewer();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const today = todayInBerlin();
  const schema = useMemo(
    () => checkinSchema(t, { setOn: goal.setOn, today, formatDate: format.date }),
    [t, format, goal.setOn, today],
  );
  const form = useForm<CheckinFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { checkedOn: today, gasLevel: '', note: '' },
  });
  const { register, handleSubmit, formState, watch } = form;
  const draft = useFormDraft({ form, email: viewer?.email, name: 'checkin', entryKey: goal.key });
  const [record, { loading, error }] = useMutation(recordMyCheckinMutation);
  const errors = formState.errors;
  const checkedOn = watch('checkedOn');
  const interim = /^\d{4}-\d{2}-\d{2}$/.test(checkedOn) && checkedOn < goal.dueOn;

  useEffect(() => heading.current?.focus(), []);

  const onSubmit = handleSubmit(async (values) => {
    const result = await record({
      variables: {
        input: {
          goalKey: goal.key,
          checkedOn: values.checkedOn,
          gasLevel: Number(values.gasLevel),
          note: values.note.trim() || null,
        },
      },
    }).catch(() => null);
    const saved = result?.data?.recordMyCheckin;
    if (!saved) return;
    draft.clear();
    onSaved(saved);
  });

  const described = (level: number) =>
    goal.levels.find((l) => l.level === level)?.description || t('my.gas.missing');
  return (
    <section
      className="mq-app-card my-card my-form-card"
      aria-labelledby={headingId}
      data-testid="checkin-form"
    >
      <h2 className="mq-app-section-title" id={headingId} ref={heading} tabIndex={-1}>
        {t('my.checkin.title')}: {goal.title}
      </h2>
      <DraftNotice draft={draft} />
      <form className="ac-form my-form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <TextField
          label={t('my.checkin.date')}
          type="date"
          min={goal.setOn}
          max={today}
          error={errors.checkedOn?.message}
          {...register('checkedOn')}
        />
        {interim ? (
          <p className="mq-app-notice" data-testid="checkin-interim">
            {t('my.checkin.interim', { date: format.date(goal.dueOn) })}
          </p>
        ) : null}
        <ChoiceGroup legend={t('my.checkin.level')} error={errors.gasLevel?.message} testId="checkin-level">
          {(describedBy, invalid) =>
            GAS_LEVELS.map((level) => (
              <label key={level} className="my-choice my-choice--gas">
                <input
                  type="radio"
                  value={String(level)}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  {...register('gasLevel')}
                />
                <span>
                  <strong>
                    {t('my.checkin.option', { level: gasLevelSign(level), label: t(gasLevelLabel(level)) })}
                  </strong>
                  <span className="my-choice__detail">{described(level)}</span>
                </span>
              </label>
            ))
          }
        </ChoiceGroup>
        <TextAreaField
          label={t('my.checkin.note')}
          maxLength={ENTRY_LIMITS.textMaxChars}
          error={errors.note?.message}
          {...register('note')}
        />
        <SaveError error={error} />
        <FormActions saveLabel="my.checkin.save" loading={loading} draft={draft} onCancel={onCancel} />
      </form>
    </section>
  );
}
