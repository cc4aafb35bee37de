import type { MyGoalFieldsFragment } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { gasLevelLabel, gasLevelSign } from '../gasLevels.js';
import { GasTable } from './GasTable.js';
import { ProgressBadge } from './ProgressBadge.js';

/** Props of {@link GoalCard}. */
export interface GoalCardProps {
  goal: MyGoalFieldsFragment;
  cohortLabel: string;
  onEdit(): void;
  onCheckin(): void;
}

/** One goal as the coordinator reads it: progress, dates, the GAS table and the check-ins so far. */
export function GoalCard({ goal, cohortLabel, onEdit, onCheckin }: GoalCardProps) {
  const { t, format } = useI18n();
  return (
    <article
      className="mq-app-card my-card"
      data-testid="my-goal"
      data-key={goal.key}
      aria-labelledby={`goal-${goal.key}`}
    >
      <div className="my-card__header">
        <h2 className="mq-app-section-title" id={`goal-${goal.key}`}>
          {goal.title}
        </h2>
        <ProgressBadge progress={goal.progress} />
      </div>
      <p className="mq-app-note">
        {cohortLabel} ·{' '}
        {t('my.goals.meta', {
          setOn: format.date(goal.setOn),
          dueOn: format.date(goal.dueOn),
          level: goal.staircaseLevel,
          weight: format.number(goal.weight, 1),
        })}
      </p>
      {goal.description ? (
        <>
          <h3 className="my-subtitle">{t('my.goals.description')}</h3>
          <p>{goal.description}</p>
        </>
      ) : null}
      {goal.measurementPlan ? (
        <>
          <h3 className="my-subtitle">{t('my.goals.measurementPlan')}</h3>
          <p>{goal.measurementPlan}</p>
        </>
      ) : null}
      <GasTable goal={goal} />
      <h3 className="my-subtitle">{t('my.goals.checkins')}</h3>
      {goal.checkins.length === 0 ? (
        <p>{t('my.goals.noCheckins')}</p>
      ) : (
        <ul className="my-checkins" data-testid="goal-checkins">
          {goal.checkins.map((c) => (
            <li key={c.position}>
              <strong>{format.date(c.checkedOn)}</strong> ·{' '}
              {c.interim ? t('my.goals.interim') : t('my.goals.final')} · {gasLevelSign(c.gasLevel)}{' '}
              {t(gasLevelLabel(c.gasLevel))}
              {c.note ? <span className="my-checkins__note"> – {c.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <div className="mq-app-actions my-actions">
        <button type="button" className="mq-button" onClick={onCheckin}>
          {t('my.goals.checkinButton')}
          <span className="mq-sr-only">: {goal.title}</span>
        </button>
        <button type="button" className="mq-button mq-button--quiet" onClick={onEdit}>
          {t('my.goals.editButton')}
          <span className="mq-sr-only">: {goal.title}</span>
        </button>
      </div>
    </article>
  );
}
