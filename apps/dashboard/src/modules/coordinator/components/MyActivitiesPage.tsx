import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import type { MyActivityFieldsFragment } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import {
  deleteMyActivityMutation,
  myActivitiesQuery,
  myInitiativesQuery,
  myParticipationQuery,
} from '../graphql/myEntriesQueries.js';
import { draftEntryKeys } from '../hooks/useFormDraft.js';
import { ActivityForm } from './ActivityForm.js';
import '../coordinator.css';

/** The form that is open: a new activity (key null) or an activity's edit. */
type OpenForm = { key: string | null } | null;

/**
 * /transferaktivitaeten: the coordinator's activities, newest first, and the form to log one or
 * change one (only their own app entries, within the cohort's edit window).
 */
export function MyActivitiesPage() {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const activities = useQuery(myActivitiesQuery);
  const initiatives = useQuery(myInitiativesQuery);
  const participation = useQuery(myParticipationQuery);
  const [open, setOpen] = useState<OpenForm>(null);
  const [notice, setNotice] = useState<'saved' | 'deleted' | null>(null);
  const restoredOnce = useRef(false);

  useEffect(() => {
    if (restoredOnce.current || !viewer || !activities.data) return;
    restoredOnce.current = true;
    const editable = new Set(activities.data.myActivities.filter((a) => a.editableUntil).map((a) => a.key));
    const waiting = draftEntryKeys(viewer.email, 'activity').find((k) => k === null || editable.has(k));
    if (waiting !== undefined) setOpen({ key: waiting });
  }, [viewer, activities.data]);

  const starts = participation.data?.myParticipation.enrollments.map((e) => e.startsOn) ?? [];
  const earliest = starts.length > 0 ? [...starts].sort()[0] : undefined;
  const initiativeList = initiatives.data?.myInitiatives ?? [];
  const refresh = () => {
    void activities.refetch();
    void initiatives.refetch();
  };
  const form = (activity: MyActivityFieldsFragment | null) => (
    <ActivityForm
      key={activity?.key ?? 'new'}
      activity={activity}
      initiatives={initiativeList}
      earliest={earliest}
      onSaved={() => {
        setOpen(null);
        setNotice('saved');
        refresh();
      }}
      onCancel={() => setOpen(null)}
    />
  );

  return (
    <>
      <PageHeader
        title={t('nav.myActivities')}
        intro={t('my.activities.intro')}
        tools={
          open?.key === null ? null : (
            <button
              type="button"
              className="mq-button"
              onClick={() => {
                setNotice(null);
                setOpen({ key: null });
              }}
            >
              {t('my.activities.new')}
            </button>
          )
        }
      />
      {notice ? (
        <p className="mq-app-ok" role="status" data-testid="activity-notice">
          {notice === 'saved' ? t('my.form.saved') : t('my.activities.deleted')}
        </p>
      ) : null}
      <div className="mq-app-stack">
        {open?.key === null ? form(null) : null}
        <QueryState
          data={activities.data?.myActivities}
          loading={activities.loading}
          error={activities.error}
          onRetry={activities.refetch}
        >
          {(list) => (
            <SectionCard title={t('my.activities.list')} className="my-card" testId="my-activities">
              {list.length === 0 ? <p>{t('my.activities.none')}</p> : null}
              <ul className="my-activities">
                {list.map((activity) =>
                  open?.key === activity.key ? (
                    <li key={activity.key}>{form(activity)}</li>
                  ) : (
                    <ActivityItem
                      key={activity.key}
                      activity={activity}
                      onEdit={() => {
                        setNotice(null);
                        setOpen({ key: activity.key });
                      }}
                      onDeleted={() => {
                        setNotice('deleted');
                        refresh();
                      }}
                    />
                  ),
                )}
              </ul>
            </SectionCard>
          )}
        </QueryState>
      </div>
    </>
  );
}

/** One activity: what, when, whom it reached, and until when it may be changed (with delete). */
function ActivityItem({
  activity,
  onEdit,
  onDeleted,
}: {
  activity: MyActivityFieldsFragment;
  onEdit(): void;
  onDeleted(): void;
}) {
  const { t, format } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useMutation(deleteMyActivityMutation);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const editable = activity.editableUntil !== null && activity.editableUntil !== undefined;
  const status = editable
    ? t('my.activities.editableUntil', { date: format.dateOf(activity.editableUntil) })
    : activity.enteredInApp
      ? t('my.activities.closed')
      : t('my.activities.imported');
  const title = activity.title ?? t(`my.format.${activity.format}`);
  const onDelete = async () => {
    const result = await remove({ variables: { key: activity.key } }).catch(() => null);
    if (result?.data?.deleteMyActivity) onDeleted();
  };
  return (
    <li className="my-activity" data-testid="my-activity" data-key={activity.key}>
      <h3 className="my-activity__title">{title}</h3>
      <p>
        {format.date(activity.occurredOn)} · {t(`my.format.${activity.format}`)}
      </p>
      {activity.initiatives.length > 0 ? (
        <p>{t('my.activities.initiatives', { names: activity.initiatives.map((i) => i.name).join(', ') })}</p>
      ) : null}
      <p>
        {t('my.activities.reached', {
          educators: format.number(activity.educatorsReached),
          youth: format.number(activity.youthReachedEstimate),
        })}
      </p>
      <p className="mq-app-note" data-testid="activity-editable">
        {status}
      </p>
      {editable ? (
        confirming ? (
          <div className="mq-app-notice my-confirm">
            <p>{t('my.activities.deleteConfirm', { title, date: format.date(activity.occurredOn) })}</p>
            <div className="mq-app-actions my-actions">
              <button
                ref={confirmButton}
                type="button"
                className="mq-button"
                disabled={loading}
                onClick={() => void onDelete()}
              >
                {t('my.activities.deleteYes')}
              </button>
              <button
                type="button"
                className="mq-button mq-button--quiet"
                onClick={() => setConfirming(false)}
              >
                {t('my.activities.deleteNo')}
              </button>
            </div>
          </div>
        ) : (
          <div className="mq-app-actions my-actions">
            <button type="button" className="mq-button mq-button--quiet" onClick={onEdit}>
              {t('my.activities.editButton')}
              <span className="mq-sr-only">: {title}</span>
            </button>
            <button type="button" className="mq-button mq-button--quiet" onClick={() => setConfirming(true)}>
              {t('my.activities.deleteButton')}
              <span className="mq-sr-only">: {title}</span>
            </button>
          </div>
        )
      ) : null}
      {error ? (
        <p className="mq-app-error" role="alert">
          {t('my.activities.deleteFailed', { message: graphqlErrorText(error, t) })}
        </p>
      ) : null}
    </li>
  );
}
