import { todayInBerlin } from '@mintq/ui';
import { ChartCard } from '../../../common/components/ChartCard.js';
import { KpiCards, type KpiSpec } from '../../../common/components/Kpi.js';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import type { OverviewQuery } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useScopeFilters } from '../../filters/hooks/useScopeFilters.js';
import { GoalRateKpis } from '../../goals/components/GoalRateKpis.js';
import { CumulativeReachChart } from '../../reach/components/CumulativeReachChart.js';
import { useMonthTable } from '../../reach/hooks/useMonthTable.js';
import { useInstruments } from '../../surveys/hooks/useInstruments.js';
import { useSurveyOutcomes } from '../../surveys/hooks/useSurveyOutcomes.js';
import { useOverview } from '../hooks/useOverview.js';
import { CohortChangeTable } from './CohortChangeTable.js';
import { CohortHeadlinesTable } from './CohortHeadlinesTable.js';
import { MeanChangeCard } from './MeanChangeCard.js';

/** The reach figures of the overview, one card each. */
const REACH_KPIS: readonly KpiSpec<OverviewQuery['reach']>[] = [
  {
    testId: 'kpi-multipliers',
    label: 'kpi.multipliers',
    value: 'multipliers',
    description: 'kpi.multipliersHint',
    definition: 'multipliers',
  },
  {
    testId: 'kpi-active-multipliers',
    label: 'kpi.activeMultipliers',
    value: 'activeMultipliers',
    description: 'kpi.activeMultipliersHint',
    definition: 'activities',
  },
  {
    testId: 'kpi-initiatives',
    label: 'kpi.initiatives',
    value: 'initiativesReached',
    description: 'kpi.initiativesHint',
    definition: 'initiativesReached',
  },
  {
    testId: 'kpi-educators',
    label: 'kpi.educators',
    value: 'educatorsReached',
    description: 'kpi.educatorsHint',
    definition: 'educatorsYouth',
  },
  {
    testId: 'kpi-youth',
    label: 'kpi.youth',
    hint: 'kpi.estimate',
    value: 'youthReachedEstimate',
    description: 'kpi.youthHint',
    definition: 'educatorsYouth',
  },
];

/**
 * Übersicht: the key figures of reach and goals, the as-of date, the cumulative reach curve,
 * and the key figures and the change per cohort side by side.
 */
export function OverviewPage() {
  const { t, format } = useI18n();
  const { asOf: asOfDate, scope } = useScopeFilters();
  const { overview, loading, error, refetch } = useOverview(scope);
  const { selfAssessments } = useInstruments();
  const instrument = selfAssessments[0]?.key ?? null;
  const change = useSurveyOutcomes(instrument, 'PRE', 'POST', scope);
  const monthTable = useMonthTable(overview?.reach.byMonth ?? []);
  const asOf = asOfDate
    ? t('overview.asOf', { date: format.date(asOfDate) })
    : t('overview.asOfToday', { date: format.date(todayInBerlin()) });

  return (
    <>
      <PageHeader title={t('overview.title')} intro={t('overview.intro')} asOf={asOf} />
      <QueryState data={overview} loading={loading} error={error} onRetry={refetch}>
        {({ reach, goalAttainment: goals }) => (
          <>
            <h2 className="mq-app-section-title">{t('overview.reachSection')}</h2>
            <div className="mq-app-kpis">
              <KpiCards of={reach} cards={REACH_KPIS} />
            </div>
            <h2 className="mq-app-section-title">{t('overview.goalsSection')}</h2>
            <div className="mq-app-kpis">
              <GoalRateKpis
                goals={goals}
                tScore={{ label: 'kpi.meanTScore', description: 'kpi.meanTScoreHint' }}
              />
              <MeanChangeCard
                dimensions={change.outcomes?.dimensions ?? []}
                loading={change.loading || (!instrument && !selfAssessments.length)}
              />
            </div>
            <ChartCard
              title={t('overview.cumulativeTitle')}
              description={t('overview.cumulativeDescription')}
              definition="byMonth"
              footnote={asOf}
              table={monthTable}
            >
              {(width) => <CumulativeReachChart months={reach.byMonth} width={width} />}
            </ChartCard>
          </>
        )}
      </QueryState>
      <CohortHeadlinesTable scope={scope} />
      {instrument && <CohortChangeTable instrument={instrument} scope={scope} />}
    </>
  );
}
