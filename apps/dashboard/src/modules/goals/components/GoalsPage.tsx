import { todayInBerlin } from '@mintq/ui';
import { KpiCards, type KpiSpec } from '../../../common/components/Kpi.js';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import { useScopeFilters } from '../../filters/hooks/useScopeFilters.js';
import { type GoalAttainment, useGoalAttainment } from '../hooks/useGoalAttainment.js';
import { GasLevelsChart } from './GasLevelsChart.js';
import { GoalRateKpis } from './GoalRateKpis.js';
import { OverdueGoalsTable } from './OverdueGoalsTable.js';
import { StaircaseLevelsChart } from './StaircaseLevelsChart.js';

/** The goal counts, one card each, in the order the page shows them. */
const COUNT_KPIS: readonly KpiSpec<GoalAttainment>[] = [
  { testId: 'kpi-goals', label: 'goals.goals', value: 'goals', definition: 'goalAttainment' },
  { testId: 'kpi-goals-attained', label: 'goals.attained', value: 'attained', definition: 'goalAttainment' },
  {
    testId: 'kpi-goals-not-attained',
    label: 'goals.notAttained',
    value: 'notAttained',
    definition: 'goalAttainment',
  },
  { testId: 'kpi-goals-no-data', label: 'goals.noData', value: 'noData', definition: 'goalAttainment' },
  { testId: 'kpi-goals-overdue', label: 'goals.overdue', value: 'overdue', definition: 'goalAttainment' },
];

/**
 * Wirkungsziele: counts, GAS levels, Wirkungstreppe and the mean T-score with its n; for those
 * who follow goals up (not funders) the overdue goals one by one.
 */
export function GoalsPage() {
  const { t, format } = useI18n();
  const { asOf: asOfDate, scope } = useScopeFilters();
  const { goals, loading, error, refetch } = useGoalAttainment(scope);
  const { viewer } = useViewer();
  const asOf = t('goals.asOf', { date: format.date(asOfDate ?? todayInBerlin()) });

  return (
    <>
      <PageHeader title={t('goals.title')} intro={t('goals.intro')} asOf={asOf} />
      <div className="mq-app-stack">
        <div>
          <QueryState data={goals} loading={loading} error={error} onRetry={refetch}>
            {(goals) => (
              <>
                <div className="mq-app-kpis">
                  <KpiCards of={goals} cards={COUNT_KPIS} />
                  <GoalRateKpis
                    goals={goals}
                    tScore={{ label: 'goals.tScoreTitle', description: 'goals.tScoreN' }}
                  />
                </div>
                <p className="mq-app-note">{t('goals.tScoreDescription')}</p>
                <div className="mq-app-grid-2">
                  <GasLevelsChart levels={goals.levels} />
                  <StaircaseLevelsChart steps={goals.byStaircaseLevel} />
                </div>
              </>
            )}
          </QueryState>
        </div>
        {viewer?.can.readPseudonymisedRows ? (
          <OverdueGoalsTable scope={scope} withNames={viewer.can.readPersonalData} />
        ) : null}
      </div>
    </>
  );
}
