import { Kpi } from '../../../common/components/Kpi.js';
import { QueryState } from '../../../common/components/QueryState.js';
import type { ScopeInput } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useEventFeedback } from '../hooks/useEventFeedback.js';
import type { Instrument } from '../hooks/useInstruments.js';

/** Responses and NPS of one event questionnaire. */
export function EventFeedbackCard({ instrument, scope }: { instrument: Instrument; scope: ScopeInput }) {
  const { t, format } = useI18n();
  const { feedback, loading, error, refetch } = useEventFeedback(instrument.key, scope);
  return (
    <section className="mq-app-card" aria-labelledby={`event-${instrument.key}`}>
      <h2 className="mq-app-section-title" id={`event-${instrument.key}`}>
        {t('surveys.eventTitle')}
      </h2>
      <p className="mq-app-note">{instrument.name}</p>
      <QueryState data={feedback} loading={loading} error={error} onRetry={() => void refetch()}>
        {(feedback) => (
          <div className="mq-app-kpis">
            <Kpi
              testId="kpi-event-responses"
              label={t('surveys.eventResponses')}
              value={feedback.responses ?? null}
              suppressed={feedback.suppressed}
            />
            <Kpi
              testId="kpi-nps"
              label={t('surveys.nps')}
              value={feedback.nps ?? null}
              suppressed={feedback.suppressed}
              format={(v) => format.signed(v, 0)}
              description={t('surveys.npsHint')}
            />
          </div>
        )}
      </QueryState>
    </section>
  );
}
