import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import { useScopeFilters } from '../../filters/hooks/useScopeFilters.js';
import { Kpi } from '../../overview/components/Kpi.js';
import { useGoalAttainment } from '../hooks/useGoalAttainment.js';
import { OVERDUE_GOALS_ROLES } from '../overdueGoalsRoles.js';
import { GasLevelsChart } from './GasLevelsChart.js';
import { OverdueGoalsTable } from './OverdueGoalsTable.js';
import { StaircaseLevelsChart } from './StaircaseLevelsChart.js';

/**
 * Wirkungsziele: counts, GAS levels, Wirkungstreppe and the mean T-score with its n; for those
 * who follow goals up (not funders) the overdue goals one by one.
 */
export function GoalsPage() {
  const { t, format } = useI18n();
  const { filters, scope } = useScopeFilters();
  const { goals, loading, error, refetch } = useGoalAttainment(scope);
  const { viewer } = useViewer();
  const asOf = t('goals.asOf', { date: format.date(filters.to ?? new Date().toISOString().slice(0, 10)) });

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
                  <Kpi
                    testId="kpi-goals"
                    label={t('goals.goals')}
                    value={goals.goals ?? null}
                    suppressed={goals.suppressed}
                  />
                  <Kpi
                    testId="kpi-goals-attained"
                    label={t('goals.attained')}
                    value={goals.attained ?? null}
                    suppressed={goals.suppressed}
                  />
                  <Kpi
                    testId="kpi-goals-not-attained"
                    label={t('goals.notAttained')}
                    value={goals.notAttained ?? null}
                    suppressed={goals.suppressed}
                  />
                  <Kpi
                    testId="kpi-goals-no-data"
                    label={t('goals.noData')}
                    value={goals.noData ?? null}
                    suppressed={goals.suppressed}
                  />
                  <Kpi
                    testId="kpi-goals-overdue"
                    label={t('goals.overdue')}
                    value={goals.overdue ?? null}
                    suppressed={goals.suppressed}
                  />
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
                    description={t('goals.tScoreN', { n: format.number(goals.tScoreParticipants) })}
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
        {viewer && OVERDUE_GOALS_ROLES.includes(viewer.role) ? <OverdueGoalsTable scope={scope} /> : null}
      </div>
    </>
  );
}
