import { KpiCards } from '../../../common/components/Kpi.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import type { ScopeInput } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useEventFeedback } from '../hooks/useEventFeedback.js';
import type { Instrument } from '../hooks/useInstruments.js';

/** Responses and NPS of one event questionnaire. */
export function EventFeedbackCard({ instrument, scope }: { instrument: Instrument; scope: ScopeInput }) {
  const { t, format } = useI18n();
  const { feedback, loading, error, refetch } = useEventFeedback(instrument.key, scope);
  return (
    <SectionCard title={t('surveys.eventTitle')}>
      <p className="mq-app-note">{instrument.name}</p>
      <QueryState data={feedback} loading={loading} error={error} onRetry={refetch}>
        {(feedback) => (
          <div className="mq-app-kpis">
            <KpiCards
              of={feedback}
              cards={[
                {
                  testId: 'kpi-event-responses',
                  label: 'surveys.eventResponses',
                  value: 'responses',
                  definition: 'eventFeedback',
                },
                {
                  testId: 'kpi-nps',
                  label: 'surveys.nps',
                  value: 'nps',
                  format: (v) => format.signed(v, 0),
                  description: 'surveys.npsHint',
                  definition: 'nps',
                },
              ]}
            />
          </div>
        )}
      </QueryState>
    </SectionCard>
  );
}
