import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { entryHistoryQuery } from '../graphql/entryHistoryQuery.js';
import { type CompletenessRow, personName } from './CompletenessTable.js';

/** Changes per page. */
const PAGE_SIZE = 20;

/** Props of {@link EntryHistorySection}. */
export interface EntryHistorySectionProps {
  cohort: string;
  /** The cohort's coordinators, to filter by and to name. */
  people: readonly CompletenessRow[];
}

/**
 * Verlauf: every change to the cohort's entries, newest first, a page at a time, optionally of one
 * coordinator: when, who, App or Import, what (entity, key, version) and each field old → new.
 */
export function EntryHistorySection({ cohort, people }: EntryHistorySectionProps) {
  const { t, format } = useI18n();
  const [person, setPerson] = useState('');
  const [offset, setOffset] = useState(0);
  const personId = useId();
  const { data, loading, error, refetch } = useQuery(entryHistoryQuery, {
    variables: { cohort, participantKey: person === '' ? null : person, first: PAGE_SIZE, offset },
    fetchPolicy: 'cache-and-network',
  });
  const names = new Map(people.map((p) => [p.participantKey, personName(p)]));
  const page = data?.entryHistory;

  return (
    <SectionCard title={t('completeness.history.title')} testId="entry-history">
      <p className="mq-app-note">{t('completeness.history.intro')}</p>
      <div className="ac-field cp-history__filter">
        <label htmlFor={personId}>{t('completeness.history.person')}</label>
        <select
          id={personId}
          className="mq-app-select"
          value={person}
          onChange={(event) => {
            setPerson(event.target.value);
            setOffset(0);
          }}
          data-testid="history-person"
        >
          <option value="">{t('completeness.history.allPeople')}</option>
          {people.map((p) => (
            <option key={p.participantKey} value={p.participantKey}>
              {personName(p)} ({p.participantKey})
            </option>
          ))}
        </select>
      </div>
      <QueryState data={page} loading={loading} error={error} onRetry={refetch}>
        {(history) =>
          history.totalCount === 0 ? (
            <p data-testid="history-empty">{t('completeness.history.empty')}</p>
          ) : (
            <>
              <p className="cp-count" data-testid="history-count">
                {t('completeness.history.count', {
                  from: format.number(offset + 1, 0),
                  to: format.number(offset + history.entries.length, 0),
                  total: format.number(history.totalCount, 0),
                })}
              </p>
              <div className="mq-table-wrap cp-table-wrap">
                <table className="mq-table cp-table" data-testid="history-table">
                  <caption className="mq-sr-only">{t('completeness.history.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('completeness.history.at')}</th>
                      <th scope="col">{t('completeness.history.entry')}</th>
                      <th scope="col">{t('completeness.history.person')}</th>
                      <th scope="col">{t('completeness.history.who')}</th>
                      <th scope="col">{t('completeness.history.source')}</th>
                      <th scope="col">{t('completeness.history.version')}</th>
                      <th scope="col">{t('completeness.history.changes')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {history.entries.map((entry) => (
                      <tr key={entry.id} data-testid="history-row" data-entity-key={entry.entityKey}>
                        <td data-label={t('completeness.history.at')}>{format.dateTime(entry.at)}</td>
                        <th scope="row" data-label={t('completeness.history.entry')}>
                          {t(`completeness.history.entity.${entry.entity}`)}{' '}
                          {t(`completeness.history.action.${entry.action}`)}{' '}
                          <span className="cp-table__key">{entry.entityKey}</span>
                        </th>
                        <td data-label={t('completeness.history.person')}>
                          {names.get(entry.participantKey) ?? entry.participantKey}
                        </td>
                        <td data-label={t('completeness.history.who')} className="cp-history__who">
                          {entry.actor}
                        </td>
                        <td data-label={t('completeness.history.source')}>
                          {t(`completeness.history.source.${entry.source}`)}
                        </td>
                        <td data-label={t('completeness.history.version')}>
                          {entry.version === null || entry.version === undefined
                            ? '–'
                            : format.number(entry.version, 0)}
                        </td>
                        <td data-label={t('completeness.history.changes')}>
                          <ul className="cp-changes">
                            {entry.changes.map((c) => (
                              <li key={c.field}>
                                <span className="cp-changes__field">{c.field}</span>: {c.old ?? '–'} →{' '}
                                {c.new ?? '–'}
                              </li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="mq-app-actions">
                <button
                  type="button"
                  className="mq-button mq-button--quiet"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
                >
                  {t('completeness.history.newer')}
                </button>
                <button
                  type="button"
                  className="mq-button mq-button--quiet"
                  disabled={offset + PAGE_SIZE >= history.totalCount}
                  onClick={() => setOffset(offset + PAGE_SIZE)}
                  data-testid="history-older"
                >
                  {t('completeness.history.older')}
                </button>
              </div>
            </>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
