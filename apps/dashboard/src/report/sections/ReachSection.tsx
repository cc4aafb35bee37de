import type { PublicMonthReach, PublicStateReach, ReportContent } from '@mintq/contract';
import {
  CascadeChart,
  CumulativeLineChart,
  DataTable,
  type DataTableColumn,
  MonthBarChart,
  StateTileMap,
} from '@mintq/ui';
import { hasVisible } from '../has-visible.js';
import { ReportChapter } from '../ReportChapter.js';
import { ReportFigure } from '../ReportFigure.js';
import { ReportValue } from '../ReportValue.js';
import { useReportLocale } from '../report-locale.js';

/** Props of {@link ReachSection}. */
export interface ReachSectionProps {
  content: ReportContent;
}

interface Stage {
  key: string;
  label: string;
  value: number | null;
  estimate: boolean;
}

/** Reichweite: the multiplier cascade, reach per state on a tile map, and activities per month. */
export function ReachSection({ content }: ReachSectionProps) {
  const { t, format, suppressedLabel, labels } = useReportLocale();
  const locale = format.locale;
  const { reach } = content;
  const stages: Stage[] = [
    { key: 'multipliers', label: t.kpiMultipliers, value: reach.multipliers, estimate: false },
    { key: 'activities', label: t.kpiActivities, value: reach.activities, estimate: false },
    { key: 'initiatives', label: t.kpiInitiatives, value: reach.initiativesReached, estimate: false },
    { key: 'educators', label: t.activitiesEducators, value: reach.educatorsReached, estimate: false },
    { key: 'youth', label: t.kpiYouth, value: reach.youthReachedEstimate, estimate: true },
  ];
  const stateName = (code: string) => t.states[code] ?? code;
  const stateSuppressed = (row: PublicStateReach) => row.suppressed;
  const states: DataTableColumn<PublicStateReach>[] = [
    { key: 'state', header: t.state, value: (row) => stateName(row.state), rowHeader: true },
    { key: 'networks', header: t.stateNetworks, value: (row) => row.networks },
    {
      key: 'networksReached',
      header: t.stateNetworksReached,
      value: (row) => row.networksReached,
      suppressed: stateSuppressed,
    },
    {
      key: 'initiatives',
      header: t.stateInitiatives,
      value: (row) => row.initiativesReached,
      suppressed: stateSuppressed,
    },
    {
      key: 'multipliers',
      header: t.stateMultipliers,
      value: (row) => row.multipliers,
      suppressed: stateSuppressed,
    },
  ];
  const monthSuppressed = (row: PublicMonthReach) => row.suppressed;
  const months: DataTableColumn<PublicMonthReach>[] = [
    { key: 'month', header: t.month, value: (row) => format.month(row.month), rowHeader: true },
    {
      key: 'activities',
      header: t.monthActivities,
      value: (row) => row.activities,
      suppressed: monthSuppressed,
    },
    {
      key: 'initiatives',
      header: t.monthInitiatives,
      value: (row) => row.initiativesReached,
      suppressed: monthSuppressed,
    },
    {
      key: 'cumulative',
      header: t.monthCumulative,
      value: (row) => row.cumulativeInitiativesReached,
      suppressed: monthSuppressed,
    },
  ];
  return (
    <ReportChapter id="reichweite" title={t.reachTitle} intro={t.reachIntro}>
      <ReportFigure
        title={t.cascadeTitle}
        description={t.cascadeDescription}
        layout="side"
        chart={
          !reach.suppressed ? (
            <CascadeChart
              data={stages}
              label={(d) => d.label}
              value={(d) => d.value}
              estimate={(d) => d.estimate}
              width={400}
              rowHeight={44}
              locale={locale}
              labels={{
                chart: t.cascadeTitle,
                suppressed: suppressedLabel,
                estimate: t.estimate,
                missing: t.missing,
              }}
            />
          ) : undefined
        }
        table={
          <>
            <DataTable
              caption={t.cascadeTitle}
              hideCaption
              columns={[
                { key: 'stage', header: t.cascadeStage, value: (row: Stage) => row.label, rowHeader: true },
                {
                  key: 'count',
                  header: t.cascadeCount,
                  value: (row: Stage) => row.value,
                  suppressed: () => reach.suppressed,
                },
              ]}
              rows={stages}
              rowKey={(row) => row.key}
              locale={locale}
              labels={labels}
            />
            <p className="rp-note">
              {t.kpiMultiplierFactor}:{' '}
              <ReportValue
                value={reach.multiplierFactor}
                suppressed={reach.suppressed}
                format={(v) => format.decimal(v, 1)}
              />
            </p>
          </>
        }
      />
      <ReportFigure
        title={t.stateMapTitle}
        description={t.stateMapDescription}
        layout="side"
        chart={
          hasVisible(reach.byState) ? (
            <StateTileMap
              data={reach.byState}
              state={(d) => d.state}
              // Null for suppressed states, so no hidden value can reach the colour scale or its legend.
              value={(d) => (d.suppressed ? null : d.initiativesReached)}
              suppressed={stateSuppressed}
              stateName={stateName}
              format="number"
              width={260}
              locale={locale}
              labels={{
                chart: t.stateMapTitle,
                value: t.stateInitiatives,
                suppressed: suppressedLabel,
                noData: t.noDataShort,
                legend: t.stateInitiatives,
              }}
            />
          ) : undefined
        }
        table={
          <DataTable
            caption={t.stateMapTitle}
            hideCaption
            columns={states}
            rows={reach.byState}
            rowKey={(row) => row.state}
            locale={locale}
            labels={labels}
          />
        }
      />
      <ReportFigure
        title={t.monthTitle}
        description={t.monthDescription}
        chart={
          hasVisible(reach.byMonth) ? (
            <div className="rp-chart-stack">
              <MonthBarChart
                data={reach.byMonth}
                month={(row) => row.month}
                series={[
                  {
                    key: 'activities',
                    label: t.monthActivities,
                    value: (row) => (row.suppressed ? null : row.activities),
                  },
                  {
                    key: 'initiatives',
                    label: t.monthInitiatives,
                    value: (row) => (row.suppressed ? null : row.initiativesReached),
                  },
                ]}
                suppressed={monthSuppressed}
                width={640}
                height={190}
                locale={locale}
                labels={{ chart: t.monthTitle, suppressed: suppressedLabel, legend: t.month }}
              />
              <CumulativeLineChart
                data={reach.byMonth}
                month={(row) => row.month}
                value={(row) => (row.suppressed ? null : row.cumulativeInitiativesReached)}
                suppressed={monthSuppressed}
                width={640}
                height={170}
                locale={locale}
                labels={{ chart: t.cumulativeTitle, value: t.cumulativeTitle, suppressed: suppressedLabel }}
              />
            </div>
          ) : undefined
        }
        table={
          <DataTable
            caption={t.monthTitle}
            hideCaption
            columns={months}
            rows={reach.byMonth}
            rowKey={(row) => row.month}
            locale={locale}
            labels={labels}
          />
        }
      />
    </ReportChapter>
  );
}
