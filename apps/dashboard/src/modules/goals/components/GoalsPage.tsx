import { todayInBerlin } from '@mintq/ui';
import { Kpi } from '../../../common/components/Kpi.js';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import type { MessageKey } from '../../../i18n/de.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import { useScopeFilters } from '../../filters/hooks/useScopeFilters.js';
import { type GoalAttainment, useGoalAttainment } from '../hooks/useGoalAttainment.js';
import { GasLevelsChart } from './GasLevelsChart.js';
import { OverdueGoalsTable } from './OverdueGoalsTable.js';
import { StaircaseLevelsChart } from './StaircaseLevelsChart.js';

/** The goal counts, one card each, in the order the page shows them. */
const COUNT_KPIS = [
  { testId: 'kpi-goals', label: 'goals.goals', count: 'goals' },
  { testId: 'kpi-goals-attained', label: 'goals.attained', count: 'attained' },
  { testId: 'kpi-goals-not-attained', label: 'goals.notAttained', count: 'notAttained' },
  { testId: 'kpi-goals-no-data', label: 'goals.noData', count: 'noData' },
  { testId: 'kpi-goals-overdue', label: 'goals.overdue', count: 'overdue' },
] as const satisfies readonly { testId: string; label: MessageKey; count: keyof GoalAttainment }[];

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
      <PageHeader
        title={t('goals.title')}
        intro={t('goals.intro')}
        tools={
          <p className="mq-app-as-of" data-testid="as-of">
            {asOf}
          </p>
        }
      />
      <div className="mq-app-stack">
        <div>
          <QueryState data={goals} loading={loading} error={error} onRetry={() => void refetch()}>
            {(goals) => (
              <>
                <div className="mq-app-kpis">
                  {COUNT_KPIS.map(({ testId, label, count }) => (
                    <Kpi
                      key={testId}
                      testId={testId}
                      label={t(label)}
                      value={goals[count] ?? null}
                      suppressed={goals.suppressed}
                    />
                  ))}
                  <Kpi
                    testId="kpi-attainment-rate"
                    label={t('kpi.attainmentRate')}
                    value={goals.attainmentRate ?? null}
                    suppressed={goals.suppressed}
                    format="percent"
                    description={t('kpi.attainmentRateHint')}
                  />
                  <Kpi
                    testId="kpi-mean-t-score"
                    label={t('goals.tScoreTitle')}
                    value={goals.meanTScore ?? null}
                    suppressed={goals.suppressed}
                    format="decimal"
                    digits={1}
                    // A hidden n is •, as every hidden number.
                    description={t('goals.tScoreN', {
                      n: goals.suppressed ? '•' : format.number(goals.tScoreParticipants),
                    })}
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
        {viewer?.can.readPseudonymisedRows ? <OverdueGoalsTable scope={scope} /> : null}
      </div>
    </>
  );
}
