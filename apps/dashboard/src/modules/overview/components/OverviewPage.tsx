import { ChartFrame, DataTable, todayInBerlin } from '@mintq/ui';
import { Kpi } from '../../../common/components/Kpi.js';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { Responsive } from '../../../common/components/Responsive.js';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useScopeFilters } from '../../filters/hooks/useScopeFilters.js';
import { CumulativeReachChart } from '../../reach/components/CumulativeReachChart.js';
import { useInstruments } from '../../surveys/hooks/useInstruments.js';
import { useSurveyOutcomes } from '../../surveys/hooks/useSurveyOutcomes.js';
import { useOverview } from '../hooks/useOverview.js';
import { MeanChangeCard } from './MeanChangeCard.js';

/** Übersicht: the key figures of reach and goals, the as-of date and the cumulative reach curve. */
export function OverviewPage() {
  const { t, format } = useI18n();
  const suppressedLabel = useSuppressedLabel();
  const { asOf: asOfDate, scope } = useScopeFilters();
  const { overview, loading, error, refetch } = useOverview(scope);
  const { selfAssessments } = useInstruments();
  const instrument = selfAssessments[0]?.key ?? null;
  const change = useSurveyOutcomes(instrument, 'PRE', 'POST', scope);
  const asOf = asOfDate
    ? t('overview.asOf', { date: format.date(asOfDate) })
    : t('overview.asOfToday', { date: format.date(todayInBerlin()) });

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        intro={t('overview.intro')}
        tools={
          <p className="mq-app-as-of" data-testid="as-of">
            {asOf}
          </p>
        }
      />
      <QueryState data={overview} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ reach, goalAttainment: goals }) => (
          <>
            <h2 className="mq-app-section-title">{t('overview.reachSection')}</h2>
            <div className="mq-app-kpis">
              <Kpi
                testId="kpi-multipliers"
                label={t('kpi.multipliers')}
                value={reach.multipliers ?? null}
                suppressed={reach.suppressed}
                description={t('kpi.multipliersHint')}
              />
              <Kpi
                testId="kpi-active-multipliers"
                label={t('kpi.activeMultipliers')}
                value={reach.activeMultipliers ?? null}
                suppressed={reach.suppressed}
                description={t('kpi.activeMultipliersHint')}
              />
              <Kpi
                testId="kpi-initiatives"
                label={t('kpi.initiatives')}
                value={reach.initiativesReached ?? null}
                suppressed={reach.suppressed}
                description={t('kpi.initiativesHint')}
              />
              <Kpi
                testId="kpi-educators"
                label={t('kpi.educators')}
                value={reach.educatorsReached ?? null}
                suppressed={reach.suppressed}
                description={t('kpi.educatorsHint')}
              />
              <Kpi
                testId="kpi-youth"
                label={t('kpi.youth')}
                hint={t('kpi.estimate')}
                value={reach.youthReachedEstimate ?? null}
                suppressed={reach.suppressed}
                description={t('kpi.youthHint')}
              />
            </div>
            <h2 className="mq-app-section-title">{t('overview.goalsSection')}</h2>
            <div className="mq-app-kpis">
              <Kpi
                testId="kpi-attainment-rate"
                label={t('kpi.attainmentRate')}
                value={goals.attainmentRate ?? null}
                suppressed={goals.suppressed}
                format="percent"
                digits={0}
                description={t('kpi.attainmentRateHint')}
              />
              <Kpi
                testId="kpi-mean-t-score"
                label={t('kpi.meanTScore')}
                value={goals.meanTScore ?? null}
                suppressed={goals.suppressed}
                format="decimal"
                digits={1}
                description={t('kpi.meanTScoreHint', {
                  n: goals.suppressed ? '•' : format.number(goals.tScoreParticipants),
                })}
              />
              <MeanChangeCard
                dimensions={change.outcomes?.dimensions ?? []}
                loading={change.loading || (!instrument && !selfAssessments.length)}
              />
            </div>
            <ChartFrame
              title={t('overview.cumulativeTitle')}
              description={t('overview.cumulativeDescription')}
              labels={{ showTable: t('chart.showTable'), showChart: t('chart.showChart') }}
              footnote={asOf}
              table={
                <DataTable
                  caption={t('overview.cumulativeTitle')}
                  hideCaption
                  columns={[
                    {
                      key: 'month',
                      header: t('reach.month'),
                      value: (m) => format.month(m.month),
                      rowHeader: true,
                    },
                    {
                      key: 'cumulative',
                      header: t('reach.cumulative'),
                      value: (m) => m.cumulativeInitiativesReached ?? null,
                      suppressed: (m) => m.suppressed,
                    },
                  ]}
                  rows={reach.byMonth}
                  rowKey={(m) => m.month}
                  locale={format.locale}
                  labels={{ suppressed: suppressedLabel }}
                />
              }
            >
              <Responsive>
                {(width) => <CumulativeReachChart months={reach.byMonth} width={width} />}
              </Responsive>
            </ChartFrame>
          </>
        )}
      </QueryState>
    </>
  );
}
