import { useApolloClient, useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import type { ReminderFieldsFragment, ReminderPreviewQuery } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { SelectControl, TextField } from '../../accounts/components/FormField.js';
import {
  EMPTY_REMINDER_FORM,
  REMINDER_KIND_OPTIONS,
  type ReminderFormValues,
  reminderFormSchema,
  reminderInput,
  suggestedKind,
} from '../completenessForms.js';
import { reminderPreviewQuery, sendRemindersMutation } from '../graphql/reminderOperations.js';
import { type CompletenessRow, personName } from './CompletenessTable.js';

/** Props of {@link ReminderPanel}. */
export interface ReminderPanelProps {
  cohort: string;
  /** Whom the reminder goes to, chosen when the panel opened. */
  people: readonly CompletenessRow[];
  onClose(): void;
}

type Mail = ReminderPreviewQuery['reminderPreview'][number];

/**
 * Writes a reminder: reason, an optional message, now or at a time. "Vorschau" shows each mail
 * as it will go out (and who has no address); only then "Senden" queues them. A change after the
 * preview takes it back, so what is sent is what was seen. A failed send keeps everything typed.
 */
export function ReminderPanel({ cohort, people, onClose }: ReminderPanelProps) {
  const { t, format } = useI18n();
  const client = useApolloClient();
  const heading = useRef<HTMLSpanElement>(null);
  const schema = useMemo(() => reminderFormSchema(t), [t]);
  const { register, handleSubmit, formState, watch } = useForm<ReminderFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { ...EMPTY_REMINDER_FORM, kind: suggestedKind(people) },
  });
  const [preview, setPreview] = useState<readonly Mail[] | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [values, setValues] = useState<ReminderFormValues | null>(null);
  const [queued, setQueued] = useState<readonly ReminderFieldsFragment[] | null>(null);
  const [send, sending] = useMutation(sendRemindersMutation, {
    refetchQueries: ['EntryCompleteness', 'Reminders'],
  });
  const keys = people.map((p) => p.participantKey);
  const names = new Map(people.map((p) => [p.participantKey, personName(p)]));
  const when = watch('when');
  const messageId = useId();
  const messageHintId = useId();
  const messageError = formState.errors.message?.message;

  useEffect(() => {
    heading.current?.focus();
  }, []);
  // Anything changed after the preview: the preview no longer shows what would be sent.
  useEffect(() => {
    const subscription = watch(() => {
      setPreview(null);
      setValues(null);
    });
    return () => subscription.unsubscribe();
  }, [watch]);

  const onPreview = handleSubmit(async (form) => {
    setPreviewError(null);
    setQueued(null);
    setPreviewing(true);
    try {
      const result = await client.query({
        query: reminderPreviewQuery,
        variables: { input: reminderInput(cohort, keys, form) },
        fetchPolicy: 'no-cache',
      });
      if (result.data) {
        setPreview(result.data.reminderPreview);
        setValues(form);
      }
    } catch (error) {
      setPreviewError(error);
    } finally {
      setPreviewing(false);
    }
  });
  const onSend = () => {
    if (!values) return;
    void send({ variables: { input: reminderInput(cohort, keys, values) } })
      .then((result) => {
        if (!result.data) return;
        setQueued(result.data.sendReminders);
        setPreview(null);
      })
      // Shown from the mutation state; the form and its preview stay.
      .catch(() => undefined);
  };
  const failure = previewError ?? sending.error;

  return (
    <SectionCard
      title={
        // Focused when the panel opens: keyboard and screen-reader users land where they work now.
        <span ref={heading} tabIndex={-1} className="cp-panel__title">
          {t('completeness.reminder.title', { count: format.number(people.length, 0) })}
        </span>
      }
      className="cp-panel"
      testId="reminder-panel"
      headerClassName="ac-card__header"
      tools={
        <button type="button" className="mq-button mq-button--quiet" onClick={onClose}>
          {t('completeness.close')}
        </button>
      }
    >
      <p className="cp-panel__to">
        {t('completeness.reminder.to', { names: people.map(personName).join(', ') })}
      </p>
      <form className="ac-form" onSubmit={onPreview} noValidate aria-busy={previewing}>
        <SelectControl
          label={t('completeness.reminder.kind')}
          options={REMINDER_KIND_OPTIONS.map((k) => ({
            value: k,
            label: t(`completeness.reminderKind.${k}`),
          }))}
          data-testid="reminder-kind"
          {...register('kind')}
        />
        <div className="ac-field">
          <label htmlFor={messageId}>{t('completeness.reminder.message')}</label>
          <p className="ac-field__hint" id={messageHintId}>
            {t('completeness.reminder.messageHint')}
          </p>
          <textarea
            id={messageId}
            className="mq-app-input cp-textarea"
            rows={4}
            aria-invalid={messageError ? true : undefined}
            aria-describedby={messageError ? `${messageHintId} ${messageId}-error` : messageHintId}
            data-testid="reminder-message"
            {...register('message')}
          />
          {messageError ? (
            <p className="ac-field__error" id={`${messageId}-error`}>
              {messageError}
            </p>
          ) : null}
        </div>
        <fieldset className="cp-when">
          <legend>{t('completeness.reminder.when')}</legend>
          <label>
            <input type="radio" value="now" data-testid="reminder-now" {...register('when')} />{' '}
            {t('completeness.reminder.now')}
          </label>
          <label>
            <input type="radio" value="later" data-testid="reminder-later" {...register('when')} />{' '}
            {t('completeness.reminder.later')}
          </label>
        </fieldset>
        {when === 'later' ? (
          <TextField
            label={t('completeness.reminder.sendAt')}
            type="datetime-local"
            error={formState.errors.sendAt?.message}
            data-testid="reminder-send-at"
            {...register('sendAt')}
          />
        ) : null}
        <div className="mq-app-actions">
          <button type="submit" className="mq-button" disabled={previewing} data-testid="reminder-preview">
            {previewing ? t('completeness.reminder.previewing') : t('completeness.reminder.preview')}
          </button>
        </div>
      </form>
      {failure ? (
        <p className="mq-app-error" role="alert">
          {t('completeness.failed', { message: graphqlErrorText(failure, t) })}
        </p>
      ) : null}
      {preview ? (
        <div className="cp-preview" data-testid="reminder-mails">
          <h3 className="cp-preview__title">{t('completeness.reminder.previewTitle')}</h3>
          <p className="mq-app-note">{t('completeness.reminder.previewHint')}</p>
          <ul className="ac-outbox">
            {preview.map((mail) => (
              <li key={mail.participantKey} className="mq-app-card" data-testid="reminder-mail">
                <dl className="ac-mail__facts">
                  <dt>{t('completeness.reminder.recipient')}</dt>
                  <dd data-testid="mail-recipient">
                    {names.get(mail.participantKey) ?? mail.participantKey}
                    {mail.recipient ? (
                      ` <${mail.recipient}>`
                    ) : (
                      <strong className="cp-no-email" data-testid="mail-no-email">
                        {' '}
                        – {t('completeness.reminder.noEmail')}
                      </strong>
                    )}
                  </dd>
                  <dt>{t('completeness.reminder.subject')}</dt>
                  <dd data-testid="mail-subject">{mail.subject}</dd>
                </dl>
                <details>
                  <summary>{t('completeness.reminder.body')}</summary>
                  <pre className="ac-mail__body" lang={mail.language}>
                    {mail.body}
                  </pre>
                </details>
              </li>
            ))}
          </ul>
          <div className="mq-app-actions">
            <button
              type="button"
              className="mq-button"
              disabled={sending.loading}
              onClick={onSend}
              data-testid="reminder-send"
            >
              {sending.loading ? t('completeness.reminder.sending') : t('completeness.reminder.send')}
            </button>
          </div>
        </div>
      ) : null}
      {queued ? (
        <div role="status" data-testid="reminder-queued">
          <p className="mq-app-ok">
            {t('completeness.reminder.queued', { count: format.number(queued.length, 0) })}
          </p>
          <ul className="cp-result__list">
            {queued.map((r) => (
              <li key={r.key}>
                {names.get(r.participantKey) ?? r.participantKey}: {format.dateTime(r.sendAfter)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </SectionCard>
  );
}
