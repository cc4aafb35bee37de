import { useQuery } from '@apollo/client/react';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { mailOutboxQuery } from '../graphql/mailOutboxQuery.js';
import '../accounts.css';

/**
 * Postausgang: the mails mintq wrote, sent or waiting. Without SMTP an admin opens an invitation
 * here and passes its link on; the body is folded away so a list of links is not on show.
 */
export function OutboxPage() {
  const { t, format } = useI18n();
  const { data, loading, error, refetch } = useQuery(mailOutboxQuery, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader title={t('outbox.title')} intro={t('outbox.intro')} />
      <QueryState
        data={data?.mailOutbox}
        loading={loading}
        error={error}
        onRetry={refetch}
        isEmpty={(mails) => mails.length === 0}
      >
        {(mails) => (
          <ol className="ac-outbox" data-testid="outbox">
            {mails.map((mail) => (
              <li key={mail.id} className="mq-app-card ac-mail" data-testid="outbox-mail">
                <h2 className="mq-app-section-title">{mail.subject}</h2>
                <dl className="ac-mail__facts">
                  <dt>{t('outbox.recipient')}</dt>
                  <dd>{mail.recipient}</dd>
                  <dt>{t('outbox.created')}</dt>
                  <dd>{format.dateTime(mail.createdAt)}</dd>
                </dl>
                <p
                  className={mail.sentAt ? 'ac-mail__state' : 'ac-mail__state ac-mail__state--waiting'}
                  data-testid="outbox-state"
                >
                  {mail.sentAt
                    ? t('outbox.sent', { date: format.dateTime(mail.sentAt) })
                    : mail.error
                      ? t('outbox.failed', { error: mail.error })
                      : t('outbox.waiting')}
                </p>
                <details>
                  <summary>{t('outbox.body')}</summary>
                  <pre className="ac-mail__body">{mail.body}</pre>
                </details>
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </>
  );
}
