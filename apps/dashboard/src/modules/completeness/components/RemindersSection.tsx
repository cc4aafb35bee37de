import { useMutation, useQuery } from '@apollo/client/react';
import { REMINDER_CANCEL_REASONS, type ReminderCancelReason } from '@mintq/contract';
import { useState } from 'react';
import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { cancelReminderMutation, remindersQuery } from '../graphql/reminderOperations.js';

function isCancelReason(value: string): value is ReminderCancelReason {
  return (REMINDER_CANCEL_REASONS as readonly string[]).includes(value);
}

/** Props of {@link RemindersSection}. */
export interface RemindersSectionProps {
  cohort: string;
  /** Names by participant key. */
  names: ReadonlyMap<string, string>;
}

/** Geplante und gesendete Erinnerungen: the cohort's reminders, latest first; unsent ones can be cancelled. */
export function RemindersSection({ cohort, names }: RemindersSectionProps) {
  const { t, format } = useI18n();
  const { data, loading, error, refetch } = useQuery(remindersQuery, {
    variables: { cohort },
    fetchPolicy: 'cache-and-network',
  });
  const [cancel, cancelling] = useMutation(cancelReminderMutation, { refetchQueries: ['EntryCompleteness'] });
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const nameOf = (key: string) => names.get(key) ?? key;
  const because = (reason: string | null | undefined) =>
    !reason ? '' : ` (${isCancelReason(reason) ? t(`completeness.cancelReason.${reason}`) : reason})`;

  const onCancel = (key: string, participantKey: string) => {
    setDone(null);
    setBusy(key);
    void cancel({ variables: { key } })
      .then((result) => {
        if (result.data) setDone(t('completeness.reminders.cancelled', { name: nameOf(participantKey) }));
      })
      // Shown from the mutation state.
      .catch(() => undefined)
      .finally(() => setBusy(null));
  };

  return (
    <SectionCard title={t('completeness.reminders.title')} testId="reminders">
      {done ? (
        <p className="mq-app-ok" role="status">
          {done}
        </p>
      ) : null}
      {cancelling.error ? (
        <p className="mq-app-error" role="alert">
          {t('completeness.failed', { message: graphqlErrorText(cancelling.error, t) })}
        </p>
      ) : null}
      <QueryState
        data={data?.reminders}
        loading={loading}
        error={error}
        onRetry={refetch}
        isEmpty={(rows) => rows.length === 0}
      >
        {(rows) => (
          <div className="mq-table-wrap cp-table-wrap">
            <table className="mq-table cp-table" data-testid="reminders-table">
              <caption className="mq-sr-only">{t('completeness.reminders.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('completeness.col.person')}</th>
                  <th scope="col">{t('completeness.reminders.kind')}</th>
                  <th scope="col">{t('completeness.reminders.sendAfter')}</th>
                  <th scope="col">{t('completeness.reminders.state')}</th>
                  <th scope="col">{t('completeness.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const kind = t(`completeness.reminderKind.${r.kind}`);
                  const open = !r.sentAt && !r.cancelledAt;
                  return (
                    <tr key={r.key} data-testid="reminder-row" data-key={r.key}>
                      <th scope="row" data-label={t('completeness.col.person')}>
                        {nameOf(r.participantKey)} <span className="cp-table__key">{r.participantKey}</span>
                      </th>
                      <td data-label={t('completeness.reminders.kind')}>
                        {kind}
                        {r.goalKey ? <span className="cp-table__key"> {r.goalKey}</span> : null}
                      </td>
                      <td data-label={t('completeness.reminders.sendAfter')}>
                        {format.dateTime(r.sendAfter)}
                      </td>
                      <td data-label={t('completeness.reminders.state')} data-testid="reminder-state">
                        {r.sentAt
                          ? t('completeness.reminders.sent', { date: format.dateTime(r.sentAt) })
                          : r.cancelledAt
                            ? `${t('completeness.reminders.cancelledAt', { date: format.dateTime(r.cancelledAt) })}${because(r.cancelReason)}`
                            : t('completeness.reminders.scheduled')}
                      </td>
                      <td data-label={t('completeness.col.actions')}>
                        {open ? (
                          <button
                            type="button"
                            className="mq-button mq-button--quiet"
                            aria-label={t('completeness.reminders.cancelLabel', {
                              name: nameOf(r.participantKey),
                              kind,
                            })}
                            disabled={busy === r.key}
                            onClick={() => onCancel(r.key, r.participantKey)}
                          >
                            {t('completeness.reminders.cancel')}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </SectionCard>
  );
}
