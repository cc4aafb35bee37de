import { useQuery } from '@apollo/client/react';
import { AUDIT_ACTIONS, type AuditAction } from '@mintq/contract';
import { useState } from 'react';
import { InputField } from '../../../common/components/Field.js';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import type { MessageKey } from '../../../i18n/de.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { CheckboxMenu } from '../../filters/components/CheckboxMenu.js';
import { type AuditFilterDraft, auditCsvUrl, auditFilterInput, EMPTY_AUDIT_FILTER } from '../auditFilter.js';
import { auditLogQuery } from '../graphql/auditLogQuery.js';
import { useAuditCsv } from '../hooks/useAuditCsv.js';
import '../accounts.css';

/** Entries per page: the API's default. */
const PAGE_SIZE = 50;

/** The catalogue's name of an action; the compiler checks each contract action has one. */
function actionKey(action: AuditAction): MessageKey {
  return `audit.action.${action}` satisfies MessageKey;
}

function isAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** Protokoll: the audit log, filtered by action, user and dates, a page at a time, and as CSV. */
export function AuditLogPage() {
  const { t, format, language } = useI18n();
  const [draft, setDraft] = useState<AuditFilterDraft>(EMPTY_AUDIT_FILTER);
  const [applied, setApplied] = useState<AuditFilterDraft>(EMPTY_AUDIT_FILTER);
  const { data, loading, error, refetch, fetchMore } = useQuery(auditLogQuery, {
    variables: { filter: auditFilterInput(applied), first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const csv = useAuditCsv();
  const actionName = (action: string) => (isAction(action) ? t(actionKey(action)) : action);
  const page = data?.auditLog;

  const loadMore = () => {
    if (!page?.endCursor) return;
    setLoadingMore(true);
    void fetchMore({
      variables: { after: page.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditLog: {
          ...fetchMoreResult.auditLog,
          nodes: [...(previous.auditLog?.nodes ?? []), ...fetchMoreResult.auditLog.nodes],
        },
      }),
    }).finally(() => setLoadingMore(false));
  };

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      <div className="mq-app-stack">
        <form
          className="mq-app-card mq-app-filters ac-audit-filter"
          aria-label={t('audit.filterTitle')}
          onSubmit={(event) => {
            event.preventDefault();
            setApplied(draft);
          }}
        >
          <CheckboxMenu
            label={t('audit.actions')}
            allLabel={t('audit.allActions')}
            selectedLabel={(count) => t('audit.selected', { count })}
            options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(actionKey(a)) }))}
            selected={draft.actions}
            onChange={(actions) => setDraft({ ...draft, actions })}
            testId="audit-actions"
          />
          <InputField
            label={t('audit.user')}
            type="search"
            value={draft.user}
            onChange={(user) => setDraft({ ...draft, user })}
            testId="audit-user"
          />
          <InputField
            label={t('audit.from')}
            type="date"
            value={draft.from}
            onChange={(from) => setDraft({ ...draft, from })}
          />
          <InputField
            label={t('audit.to')}
            type="date"
            value={draft.to}
            onChange={(to) => setDraft({ ...draft, to })}
          />
          <div className="mq-app-actions">
            <button type="submit" className="mq-button">
              {t('audit.apply')}
            </button>
            <button
              type="button"
              className="mq-button mq-button--quiet"
              onClick={() => {
                setDraft(EMPTY_AUDIT_FILTER);
                setApplied(EMPTY_AUDIT_FILTER);
              }}
            >
              {t('audit.reset')}
            </button>
          </div>
        </form>
        <SectionCard
          title={t('audit.tableTitle')}
          className="ac-card"
          headerClassName="ac-card__header"
          tools={
            <button
              type="button"
              className="mq-button mq-button--quiet"
              aria-label={t('audit.csvLabel')}
              disabled={csv.pending}
              onClick={() => void csv.download(auditCsvUrl(applied, language))}
              data-testid="audit-csv"
            >
              {t('audit.csv')}
            </button>
          }
        >
          {csv.failedStatus !== null ? (
            <p className="mq-app-error" role="alert">
              {t('audit.csvFailed', { status: csv.failedStatus })}
            </p>
          ) : null}
          <QueryState
            data={page}
            loading={loading}
            error={error}
            onRetry={refetch}
            isEmpty={(p) => p.totalCount === 0}
          >
            {(log) => (
              <>
                <p className="ac-audit__count" data-testid="audit-count">
                  {t('audit.count', {
                    shown: format.number(log.nodes.length, 0),
                    total: format.number(log.totalCount, 0),
                  })}
                </p>
                {/* Focusable as DataTable's box is: on a phone the table scrolls sideways, and keyboards must reach it. */}
                <div
                  className="mq-table-wrap"
                  {...{ tabIndex: 0, role: 'group', 'aria-label': t('audit.tableTitle') }}
                >
                  <table className="mq-table ac-audit" data-testid="audit-table">
                    <caption className="mq-sr-only">{t('audit.tableTitle')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('audit.at')}</th>
                        <th scope="col">{t('audit.action')}</th>
                        <th scope="col">{t('audit.actor')}</th>
                        <th scope="col">{t('audit.subject')}</th>
                        <th scope="col">{t('audit.details')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {log.nodes.map((entry) => (
                        <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
                          <td>{format.dateTime(entry.at)}</td>
                          <th scope="row">{actionName(entry.action)}</th>
                          <td className="ac-audit__who">{entry.actor ?? '–'}</td>
                          <td>{entry.subject ?? '–'}</td>
                          <td>
                            <code className="ac-audit__details">{entry.details}</code>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {log.endCursor && log.nodes.length < log.totalCount ? (
                  <div className="mq-app-actions">
                    <button
                      type="button"
                      className="mq-button mq-button--quiet"
                      disabled={loadingMore}
                      onClick={loadMore}
                    >
                      {loadingMore ? t('audit.loadingMore') : t('audit.more')}
                    </button>
                  </div>
                ) : null}
              </>
            )}
          </QueryState>
        </SectionCard>
      </div>
    </>
  );
}
