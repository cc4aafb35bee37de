import { EmptyState } from '@mintq/ui';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../../common/components/Field.js';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useScope } from '../../filters/hooks/useScope.js';
import { type Instrument, useInstruments } from '../hooks/useInstruments.js';
import { useSurveyOutcomes } from '../hooks/useSurveyOutcomes.js';
import { EventFeedbackCard } from './EventFeedbackCard.js';
import { ItemDistributionsChart } from './ItemDistributionsChart.js';
import { outcomeRows } from './OutcomeRows.js';
import { OutcomesForest } from './OutcomesForest.js';
import { ResponseRatesTable } from './ResponseRatesTable.js';

/** The range of an instrument's Likert items, e.g. `[1, 5]`: the axis its dimension means live on. */
function answerScale(instrument: Instrument | null): readonly [number, number] | null {
  const items = instrument?.items.filter((i) => i.role === 'likert' && i.dimension) ?? [];
  if (items.length === 0) return null;
  return [Math.min(...items.map((i) => i.scaleMin)), Math.max(...items.map((i) => i.scaleMax))];
}

/** Befragungen: change per dimension with CI, statistics, response rates and event feedback. */
export function SurveysPage() {
  const { t } = useI18n();
  const scope = useScope();
  const [params, setParams] = useSearchParams();
  const { instruments, selfAssessments, eventFeedback, loading, error, refetch } = useInstruments();
  const chosen = params.get('instrument');
  const chosenInstrument = selfAssessments.find((i) => i.key === chosen) ?? selfAssessments[0] ?? null;
  const instrument = chosenInstrument?.key ?? null;
  const scale = useMemo(() => answerScale(chosenInstrument), [chosenInstrument]);
  const post = useSurveyOutcomes(instrument, 'PRE', 'POST', scope);
  const followUp = useSurveyOutcomes(instrument, 'PRE', 'FOLLOW_UP', scope);
  const rows = outcomeRows([post.outcomes, followUp.outcomes]);

  const picker =
    selfAssessments.length > 1 ? (
      <SelectField
        label={t('surveys.instrument')}
        value={instrument ?? ''}
        options={selfAssessments.map((i) => ({ value: i.key, label: i.name }))}
        onChange={(value) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              next.set('instrument', value);
              return next;
            },
            { replace: true },
          )
        }
      />
    ) : null;

  return (
    <>
      <PageHeader title={t('surveys.title')} intro={t('surveys.intro')} tools={picker} />
      <QueryState data={instruments} loading={loading} error={error} onRetry={refetch}>
        {() =>
          selfAssessments.length === 0 && eventFeedback.length === 0 ? (
            <EmptyState title={t('surveys.noInstruments')} />
          ) : (
            <div className="mq-app-stack">
              {instrument ? (
                <QueryState
                  data={post.outcomes}
                  loading={post.loading}
                  error={post.error ?? followUp.error}
                  onRetry={() => {
                    void post.refetch();
                    void followUp.refetch();
                  }}
                  isEmpty={() => rows.length === 0}
                >
                  {(outcomes) => (
                    <>
                      <OutcomesForest rows={rows} scale={scale} />
                      <ResponseRatesTable rates={outcomes.responseRates} />
                      <ItemDistributionsChart instrument={instrument} scope={scope} />
                    </>
                  )}
                </QueryState>
              ) : null}
              {eventFeedback.map((i) => (
                <EventFeedbackCard key={i.key} instrument={i} scope={scope} />
              ))}
            </div>
          )
        }
      </QueryState>
    </>
  );
}
