import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import type { MyParticipationQuery } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { myActivitiesQuery, myGoalsQuery, myParticipationQuery } from '../graphql/myEntriesQueries.js';
import { MY_GOALS_PATH, stepPath } from '../myPaths.js';
import { ProgressBadge } from './ProgressBadge.js';
import { TimelineList, TimelineStepText } from './TimelineList.js';
import '../coordinator.css';

type Enrollment = MyParticipationQuery['myParticipation']['enrollments'][number];

/** /meine-teilnahme: the coordinator's cohorts (newest first), each with its timeline and next step. */
export function MyParticipationPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(myParticipationQuery);
  return (
    <>
      <PageHeader title={t('nav.myParticipation')} intro={t('my.participation.intro')} />
      <QueryState data={data?.myParticipation} loading={loading} error={error} onRetry={refetch}>
        {(me) => (
          <div className="mq-app-stack">
            <p data-testid="my-network">{t('my.participation.network', { name: me.network.name })}</p>
            <EntriesSummary />
            {me.enrollments.length === 0 ? <p>{t('my.participation.none')}</p> : null}
            {me.enrollments.map((enrollment) => (
              <EnrollmentCard key={enrollment.cohortKey} enrollment={enrollment} />
            ))}
          </div>
        )}
      </QueryState>
    </>
  );
}

/** One cohort: its dates and status, "Als Nächstes", and the timeline. */
function EnrollmentCard({ enrollment }: { enrollment: Enrollment }) {
  const { t, format } = useI18n();
  const next = enrollment.nextStep;
  const nextPath = next ? stepPath(next.kind) : null;
  return (
    <SectionCard
      title={enrollment.cohortLabel}
      className="my-card"
      testId={`enrollment-${enrollment.cohortKey}`}
    >
      <p>
        {t('my.participation.period', {
          from: format.date(enrollment.startsOn),
          to: format.date(enrollment.endsOn),
        })}
        {' · '}
        {t(`my.participation.status.${enrollment.status}`)}
      </p>
      {enrollment.transferWorkshopOn ? (
        <p>{t('my.participation.workshop', { date: format.date(enrollment.transferWorkshopOn) })}</p>
      ) : null}
      {enrollment.certifiedOn ? (
        <p>{t('my.participation.certified', { date: format.date(enrollment.certifiedOn) })}</p>
      ) : null}
      <section className="my-next" aria-labelledby={`next-${enrollment.cohortKey}`} data-testid="next-step">
        <h3 id={`next-${enrollment.cohortKey}`}>{t('my.participation.next')}</h3>
        {next ? (
          <>
            <TimelineStepText step={next} />
            {nextPath ? (
              <p>
                <Link className="mq-button my-link-button" to={nextPath}>
                  {t('my.participation.nextGoal')}
                </Link>
              </p>
            ) : null}
          </>
        ) : (
          <p>{t('my.participation.nextNone')}</p>
        )}
      </section>
      <h3>{t('my.participation.timeline')}</h3>
      <TimelineList steps={enrollment.timeline} />
    </SectionCard>
  );
}

/** How many goals (with their progress) and activities the coordinator has entered so far. */
function EntriesSummary() {
  const { t } = useI18n();
  const goals = useQuery(myGoalsQuery);
  const activities = useQuery(myActivitiesQuery);
  const goalList = goals.data?.myGoals;
  const activityCount = activities.data?.myActivities.length;
  return (
    <SectionCard title={t('my.participation.summary')} className="my-card" testId="my-summary">
      {goalList ? (
        goalList.length === 0 ? (
          <p>
            {t('my.participation.noGoal')} <Link to={MY_GOALS_PATH}>{t('my.participation.nextGoal')}</Link>
          </p>
        ) : (
          <>
            <p>{t('my.participation.goals', { count: goalList.length })}</p>
            <ul className="my-summary-goals">
              {goalList.map((goal) => (
                <li key={goal.key}>
                  <Link to={MY_GOALS_PATH}>{goal.title}</Link> <ProgressBadge progress={goal.progress} />
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
      {activityCount !== undefined ? (
        <p>
          {t('my.participation.activities', { count: activityCount })}{' '}
          <Link to="/transferaktivitaeten">{t('my.participation.toActivities')}</Link>
        </p>
      ) : null}
    </SectionCard>
  );
}
