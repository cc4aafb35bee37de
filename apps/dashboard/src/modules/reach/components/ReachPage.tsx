import { CascadeChart, StateTileMap } from '@mintq/ui';
import { ChartCard } from '../../../common/components/ChartCard.js';
import { KpiCards, type KpiSpec } from '../../../common/components/Kpi.js';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { metricColumn } from '../../../common/components/Table.js';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import type { MessageKey } from '../../../i18n/de.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import { useScope } from '../../filters/hooks/useScope.js';
import { isStateCode } from '../../filters/states.js';
import { type Reach, useReach } from '../hooks/useReach.js';
import { MonthActivityChart } from './MonthActivityChart.js';
import { StateDrillDown } from './StateDrillDown.js';

interface Stage {
  key: string;
  label: MessageKey;
  value: number | null;
  estimate: boolean;
}

function stagesOf(reach: Reach): Stage[] {
  return [
    {
      key: 'multipliers',
      label: 'reach.stage.multipliers',
      value: reach.multipliers ?? null,
      estimate: false,
    },
    {
      key: 'activeMultipliers',
      label: 'reach.stage.activeMultipliers',
      value: reach.activeMultipliers ?? null,
      estimate: false,
    },
    {
      key: 'initiatives',
      label: 'reach.stage.initiatives',
      value: reach.initiativesReached ?? null,
      estimate: false,
    },
    {
      key: 'educators',
      label: 'reach.stage.educators',
      value: reach.educatorsReached ?? null,
      estimate: false,
    },
    { key: 'youth', label: 'reach.stage.youth', value: reach.youthReachedEstimate ?? null, estimate: true },
  ];
}

/** The figures the cascade does not show, one card each. */
const REACH_KPIS: readonly KpiSpec<Reach>[] = [
  { testId: 'kpi-activities', label: 'kpi.activities', value: 'activities', definition: 'activities' },
  {
    testId: 'kpi-multiplier-factor',
    label: 'kpi.multiplierFactor',
    value: 'multiplierFactor',
    format: 'decimal',
    digits: 1,
    description: 'kpi.multiplierFactorHint',
    definition: 'multiplierFactor',
  },
];

type StateRow = Reach['byState'][number];

/** Coverage of a state: the share of its networks with a reached initiative (both counts from the API). */
function coverage(row: StateRow): number | null {
  if (row.suppressed || row.networksReached === null || row.networksReached === undefined) return null;
  return row.networks > 0 ? row.networksReached / row.networks : null;
}

/** Reichweite: the cascade, the state tile map by coverage, activities and initiatives by month. */
export function ReachPage() {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  const scope = useScope();
  const { reach, loading, error, refetch } = useReach(scope);
  const { viewer } = useViewer();
  const stateName = (code: string) => (isStateCode(code) ? t(code) : code);

  return (
    <>
      <PageHeader title={t('reach.title')} intro={t('reach.intro')} />
      <QueryState data={reach} loading={loading} error={error} onRetry={refetch}>
        {(reach) => {
          const stages = stagesOf(reach);
          return (
            <>
              <div className="mq-app-kpis">
                <KpiCards of={reach} cards={REACH_KPIS} />
              </div>
              <ChartCard
                title={t('reach.cascadeTitle')}
                description={t('reach.cascadeDescription')}
                definition="cascade"
                table={{
                  columns: [
                    {
                      key: 'stage',
                      header: t('reach.stage'),
                      value: (s: Stage) => t(s.label),
                      rowHeader: true,
                    },
                    {
                      key: 'value',
                      header: t('reach.value'),
                      value: (s: Stage) => s.value,
                      suppressed: () => reach.suppressed,
                    },
                  ],
                  rows: stages,
                  rowKey: (s) => s.key,
                }}
              >
                {(width) => (
                  <CascadeChart
                    data={stages}
                    label={(s) => t(s.label)}
                    value={(s) => s.value}
                    suppressed={() => reach.suppressed}
                    estimate={(s) => s.estimate}
                    width={width}
                    locale={format.locale}
                    labels={{ chart: t('reach.cascadeTitle'), suppressed, estimate: t('kpi.estimate') }}
                  />
                )}
              </ChartCard>
              <div className="mq-app-grid-2">
                <ChartCard
                  title={t('reach.mapTitle')}
                  description={t('reach.mapDescription')}
                  definition="byState"
                  table={{
                    columns: [
                      {
                        key: 'state',
                        header: t('reach.state'),
                        value: (r: StateRow) => stateName(r.state),
                        rowHeader: true,
                      },
                      { key: 'networks', header: t('reach.networks'), value: (r: StateRow) => r.networks },
                      metricColumn(
                        'networksReached',
                        t('reach.networksReached'),
                        (r: StateRow) => r.networksReached,
                      ),
                      metricColumn('coverage', t('reach.coverage'), coverage, { format: 'percent' }),
                      metricColumn(
                        'initiatives',
                        t('reach.initiativesReached'),
                        (r: StateRow) => r.initiativesReached,
                      ),
                      metricColumn(
                        'multipliers',
                        t('reach.stateMultipliers'),
                        (r: StateRow) => r.multipliers,
                      ),
                    ],
                    rows: reach.byState,
                    rowKey: (r) => r.state,
                  }}
                >
                  {(width) => (
                    <StateTileMap
                      data={reach.byState}
                      state={(r) => r.state}
                      value={coverage}
                      suppressed={(r) => r.suppressed}
                      stateName={stateName}
                      details={(r) => [
                        `${t('reach.networksReached')}: ${format.number(r.networksReached)} / ${format.number(r.networks)}`,
                        `${t('reach.initiativesReached')}: ${format.number(r.initiativesReached)}`,
                        `${t('reach.stateMultipliers')}: ${format.number(r.multipliers)}`,
                      ]}
                      width={width}
                      locale={format.locale}
                      labels={{
                        chart: t('reach.mapTitle'),
                        value: t('reach.coverage'),
                        suppressed,
                        noData: t('status.empty'),
                        legend: t('reach.coverage'),
                      }}
                    />
                  )}
                </ChartCard>
                <MonthActivityChart months={reach.byMonth} />
              </div>
              {viewer?.can.readPseudonymisedRows ? (
                <StateDrillDown byState={reach.byState} scope={scope} />
              ) : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
