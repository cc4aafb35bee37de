import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import type { MyGoalFieldsFragment } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import { myGoalsQuery, myParticipationQuery } from '../graphql/myEntriesQueries.js';
import { draftEntryKeys } from '../hooks/useFormDraft.js';
import { CheckinForm } from './CheckinForm.js';
import { GoalCard } from './GoalCard.js';
import { GoalForm } from './GoalForm.js';
import '../coordinator.css';

/** Which form is open: a new goal, a goal's edit, or a goal's check-in. */
type OpenForm = { kind: 'goal'; key: string | null } | { kind: 'checkin'; key: string } | null;

/**
 * /mein-wirkungsziel: the coordinator's goals with their GAS tables and check-ins, the goal form
 * (Wirkungsziel) and the check-in form (Zielüberprüfung). A form with a draft opens again when
 * the page is opened again.
 */
export function MyGoalsPage() {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const goals = useQuery(myGoalsQuery);
  const participation = useQuery(myParticipationQuery);
  const [open, setOpen] = useState<OpenForm>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const restoredOnce = useRef(false);

  // A reload in the middle of typing: open the form whose draft is waiting.
  useEffect(() => {
    if (restoredOnce.current || !viewer || !goals.data) return;
    restoredOnce.current = true;
    const known = new Set(goals.data.myGoals.map((g) => g.key));
    const goalDraft = draftEntryKeys(viewer.email, 'goal').find((k) => k === null || known.has(k));
    if (goalDraft !== undefined) return setOpen({ kind: 'goal', key: goalDraft });
    const checkinDraft = draftEntryKeys(viewer.email, 'checkin').find((k) => k !== null && known.has(k));
    if (checkinDraft) setOpen({ kind: 'checkin', key: checkinDraft });
  }, [viewer, goals.data]);

  const enrollments = participation.data?.myParticipation.enrollments ?? [];
  const open_ = enrollments.filter((e) => e.status !== 'WITHDRAWN');
  const labelOf = (cohortKey: string) =>
    enrollments.find((e) => e.cohortKey === cohortKey)?.cohortLabel ?? cohortKey;
  const reload = async (key: string) => {
    const result = await goals.refetch();
    return result.data?.myGoals.find((g) => g.key === key);
  };
  // Goals are not normalised in the cache (their id is `key`): the list and the timeline are loaded afresh.
  const done = (goal: MyGoalFieldsFragment) => {
    setOpen(null);
    setSaved(goal.key);
    void goals.refetch();
    void participation.refetch();
  };

  return (
    <>
      <PageHeader
        title={t('nav.myGoals')}
        intro={t('my.goals.intro')}
        tools={
          open_.length > 0 && open?.kind !== 'goal' ? (
            <button
              type="button"
              className="mq-button"
              onClick={() => {
                setSaved(null);
                setOpen({ kind: 'goal', key: null });
              }}
            >
              {t('my.goals.new')}
            </button>
          ) : null
        }
      />
      {saved ? (
        <p className="mq-app-ok" role="status" data-testid="goal-saved">
          {t('my.form.saved')}
        </p>
      ) : null}
      <QueryState
        data={goals.data?.myGoals}
        loading={goals.loading}
        error={goals.error}
        onRetry={goals.refetch}
      >
        {(list) => (
          <div className="mq-app-stack">
            {open?.kind === 'goal' && open.key === null ? (
              <GoalForm
                goal={null}
                enrollments={open_}
                onSaved={done}
                onCancel={() => setOpen(null)}
                reload={async () => undefined}
              />
            ) : null}
            {list.length === 0 && open === null ? <p>{t('my.goals.none')}</p> : null}
            {list.map((goal) =>
              open?.key === goal.key && open.kind === 'goal' ? (
                <GoalForm
                  key={goal.key}
                  goal={goal}
                  enrollments={enrollments}
                  onSaved={done}
                  onCancel={() => setOpen(null)}
                  reload={() => reload(goal.key)}
                />
              ) : (
                <div key={goal.key} className="mq-app-stack">
                  <GoalCard
                    goal={goal}
                    cohortLabel={labelOf(goal.cohortKey)}
                    onEdit={() => {
                      setSaved(null);
                      setOpen({ kind: 'goal', key: goal.key });
                    }}
                    onCheckin={() => {
                      setSaved(null);
                      setOpen({ kind: 'checkin', key: goal.key });
                    }}
                  />
                  {open?.kind === 'checkin' && open.key === goal.key ? (
                    <CheckinForm goal={goal} onSaved={done} onCancel={() => setOpen(null)} />
                  ) : null}
                </div>
              ),
            )}
          </div>
        )}
      </QueryState>
    </>
  );
}
