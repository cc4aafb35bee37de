import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { ACTIVITY_EDIT_DAYS_RANGE } from '@mintq/contract';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import type { z } from '../../../common/zod.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { TextField } from '../../accounts/components/FormField.js';
import { editWindowSchema } from '../completenessForms.js';
import { setActivityEditWindowMutation } from '../graphql/completenessMutations.js';

/** Props of {@link EditWindowForm}. */
export interface EditWindowFormProps {
  cohort: string;
  /** The cohort's window now. */
  days: number;
}

/** The cohort's edit window for activities coordinators entered, in days; a refusal keeps the number typed. */
export function EditWindowForm({ cohort, days }: EditWindowFormProps) {
  const { t } = useI18n();
  const schema = useMemo(() => editWindowSchema(t), [t]);
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof schema>,
    unknown,
    z.output<typeof schema>
  >({ resolver: zodResolver(schema), defaultValues: { days: String(days) } });
  const [save, { loading, error }] = useMutation(setActivityEditWindowMutation, {
    refetchQueries: ['EntryCompleteness'],
  });
  const [saved, setSaved] = useState<number | null>(null);
  const onSubmit = handleSubmit(async (values) => {
    setSaved(null);
    const result = await save({ variables: { cohort, days: values.days } }).catch(() => null);
    if (result?.data) setSaved(result.data.setActivityEditWindow.activityEditDays);
  });
  return (
    <SectionCard title={t('completeness.window.title')} testId="edit-window">
      <p>{t('completeness.window.text')}</p>
      <form className="ac-form ac-form--row" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <TextField
          label={t('completeness.window.days')}
          type="number"
          inputMode="numeric"
          min={ACTIVITY_EDIT_DAYS_RANGE.min}
          max={ACTIVITY_EDIT_DAYS_RANGE.max}
          error={formState.errors.days?.message}
          data-testid="edit-window-days"
          {...register('days')}
        />
        <div className="ac-form__submit">
          <button type="submit" className="mq-button" disabled={loading} data-testid="edit-window-save">
            {loading ? t('completeness.window.saving') : t('completeness.window.save')}
          </button>
        </div>
      </form>
      {saved !== null ? (
        <p className="mq-app-ok" role="status" data-testid="edit-window-saved">
          {t('completeness.window.saved', { days: saved })}
        </p>
      ) : null}
      {error ? (
        <p className="mq-app-error" role="alert">
          {t('completeness.failed', { message: graphqlErrorText(error, t) })}
        </p>
      ) : null}
    </SectionCard>
  );
}
