import type { MyParticipationQuery, TimelineStepState } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';

type Step = MyParticipationQuery['myParticipation']['enrollments'][number]['timeline'][number];

/** Each state has a symbol beside its word: the state is never told by colour alone. */
const STATE_SYMBOL: Record<TimelineStepState, string> = { DONE: '✓', OPEN: '●', UPCOMING: '○', MISSED: '✕' };

/** A step's name, its date (or range) and its state, in one line. */
export function TimelineStepText({ step }: { step: Step }) {
  const { t, format } = useI18n();
  const when = step.on
    ? step.until && step.until !== step.on
      ? t('my.step.range', { from: format.date(step.on), to: format.date(step.until) })
      : format.date(step.on)
    : t('my.step.noDate');
  return (
    <p className={`my-step my-step--${step.state.toLowerCase()}`}>
      <span className="my-step__symbol" aria-hidden="true">
        {STATE_SYMBOL[step.state]}
      </span>
      <span className="my-step__name">{t(`my.step.${step.kind}`)}</span>
      <span className="my-step__when">{when}</span>
      <span className="my-step__state">{t(`my.stepState.${step.state}`)}</span>
    </p>
  );
}

/** The cohort's steps as a vertical list, in the API's order (by date, undated last). */
export function TimelineList({ steps }: { steps: readonly Step[] }) {
  return (
    <ol className="my-timeline" data-testid="timeline">
      {steps.map((step) => (
        <li
          key={`${step.kind}-${step.goalKey ?? ''}-${step.on ?? ''}`}
          data-state={step.state}
          data-kind={step.kind}
        >
          <TimelineStepText step={step} />
        </li>
      ))}
    </ol>
  );
}
