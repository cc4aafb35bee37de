import { useMutation, useQuery } from '@apollo/client/react';
import { MAIL_LANGUAGES, type MailLanguage } from '@mintq/contract';
import { useId, useMemo, useState } from 'react';
import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import type { InviteParticipantsMutation } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import {
  type CompletenessFilter,
  filterCounts,
  filterPeople,
  keepVisible,
  summarize,
} from '../completenessRows.js';
import { inviteParticipantsMutation } from '../graphql/completenessMutations.js';
import { entryCompletenessQuery } from '../graphql/entryCompletenessQuery.js';
import { CompletenessSummary } from './CompletenessSummary.js';
import { type CompletenessRow, CompletenessTable, personName } from './CompletenessTable.js';
import { EditWindowForm } from './EditWindowForm.js';
import { EntryHistorySection } from './EntryHistorySection.js';
import { FilterChips } from './FilterChips.js';
import { InviteResult } from './InviteResult.js';
import { ReminderPanel } from './ReminderPanel.js';
import { RemindersSection } from './RemindersSection.js';

/** A reminder being written: to whom, fixed when the panel opened (the list may change meanwhile). */
interface ReminderDraft {
  /** Distinguishes two openings for the same people: a fresh form each time. */
  id: number;
  people: CompletenessRow[];
}

/** One cohort's completeness: counts, the filtered list with its actions, reminders, window, history. */
export function CohortCompletenessView({ cohort }: { cohort: string }) {
  const { t, format } = useI18n();
  const { data, loading, error, refetch } = useQuery(entryCompletenessQuery, {
    variables: { cohort },
    fetchPolicy: 'cache-and-network',
  });
  const [filters, setFilters] = useState<Set<CompletenessFilter>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [language, setLanguage] = useState<MailLanguage>('de');
  const [invitation, setInvitation] = useState<InviteParticipantsMutation['inviteParticipants'] | null>(null);
  const [reminder, setReminder] = useState<ReminderDraft | null>(null);
  const [invite, inviting] = useMutation(inviteParticipantsMutation, {
    refetchQueries: ['EntryCompleteness'],
  });
  const languageId = useId();
  const hintId = useId();

  const completeness = data?.entryCompleteness;
  const people = completeness?.people ?? [];
  const shown = useMemo(() => filterPeople(people, filters), [people, filters]);
  // Only who is listed stays chosen: an action never reaches someone the lead no longer sees.
  const chosen = useMemo(() => keepVisible(selected, shown), [selected, shown]);
  const chosenPeople = shown.filter((p) => chosen.has(p.participantKey));
  const names = new Map(people.map((p) => [p.participantKey, personName(p)]));

  const onInvite = () => {
    setInvitation(null);
    void invite({ variables: { cohort, participantKeys: [...chosen], language } })
      .then((result) => {
        if (result.data) setInvitation(result.data.inviteParticipants);
      })
      // Shown from the mutation state.
      .catch(() => undefined);
  };
  const openReminder = (to: CompletenessRow[]) =>
    setReminder((previous) => ({ id: (previous?.id ?? 0) + 1, people: to }));

  return (
    <QueryState data={completeness} loading={loading} error={error} onRetry={refetch}>
      {(cc) => (
        <div className="mq-app-stack">
          <p className="cp-as-of" data-testid="completeness-as-of">
            {t('completeness.asOf', { date: format.date(cc.asOf) })}
          </p>
          <CompletenessSummary summary={summarize(cc.people)} />
          <SectionCard title={t('completeness.listTitle')} testId="completeness-list">
            <FilterChips active={filters} counts={filterCounts(cc.people)} onChange={setFilters} />
            <p className="cp-count" data-testid="completeness-count">
              {t('completeness.shown', {
                shown: format.number(shown.length, 0),
                total: format.number(cc.people.length, 0),
              })}
            </p>
            <CompletenessTable
              people={shown}
              selected={chosen}
              onSelect={setSelected}
              onRemind={(person) => openReminder([person])}
            />
            <div className="cp-actions" data-testid="selection-actions">
              <p className="cp-actions__count" id={hintId} aria-live="polite">
                {chosen.size > 0
                  ? t('completeness.selected', { count: format.number(chosen.size, 0) })
                  : t('completeness.selectFirst')}
              </p>
              <div className="cp-actions__language">
                <label htmlFor={languageId}>{t('completeness.inviteLanguage')}</label>
                <select
                  id={languageId}
                  className="mq-app-select"
                  value={language}
                  onChange={(event) => setLanguage(event.target.value as MailLanguage)}
                  data-testid="invite-language"
                >
                  {MAIL_LANGUAGES.map((l) => (
                    <option key={l} value={l}>
                      {t(`language.${l}`)}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="mq-button"
                disabled={chosen.size === 0 || inviting.loading}
                aria-describedby={hintId}
                onClick={onInvite}
                data-testid="invite-selected"
              >
                {inviting.loading ? t('completeness.inviting') : t('completeness.invite')}
              </button>
              <button
                type="button"
                className="mq-button"
                disabled={chosen.size === 0}
                aria-describedby={hintId}
                onClick={() => openReminder(chosenPeople)}
                data-testid="remind-selected"
              >
                {t('completeness.remind')}
              </button>
            </div>
            {inviting.error ? (
              <p className="mq-app-error" role="alert">
                {t('completeness.failed', { message: graphqlErrorText(inviting.error, t) })}
              </p>
            ) : null}
          </SectionCard>
          {invitation ? (
            <InviteResult result={invitation} names={names} onClose={() => setInvitation(null)} />
          ) : null}
          {reminder ? (
            <ReminderPanel
              key={reminder.id}
              cohort={cohort}
              people={reminder.people}
              onClose={() => setReminder(null)}
            />
          ) : null}
          <RemindersSection cohort={cohort} names={names} />
          <EditWindowForm cohort={cohort} days={cc.activityEditDays} />
          <EntryHistorySection cohort={cohort} people={cc.people} />
        </div>
      )}
    </QueryState>
  );
}
